/**
 * The socio-economic valuation of an insats (<i>samhällsekonomisk kalkyl</i>): the change in the public
 * support of its participants, valued by the user's {@code ValuationParameters} and followed over a
 * horizon, set against what the insats cost each public payer. Exact decimals throughout; the method
 * and every formula are in {@code docs/valuation.md}.
 */
@NullMarked
package se.samverkan.metrics.valuation;

import org.jspecify.annotations.NullMarked;

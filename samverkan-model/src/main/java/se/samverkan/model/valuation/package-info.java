/**
 * The parameters of a socio-economic valuation (<i>samhällsekonomisk kalkyl</i>): what a person-year on
 * each income source costs the public and who pays it, the horizon, discount rate, persistence and
 * deadweight. The library never supplies a value of its own: every figure is the user's, and a source
 * that is not listed costs nothing. The calculation is in {@code se.samverkan.metrics.valuation}; the
 * method is described in {@code docs/valuation.md}.
 */
@ValueStyle
@NullMarked
package se.samverkan.model.valuation;

import org.jspecify.annotations.NullMarked;

import se.samverkan.model.internal.ValueStyle;

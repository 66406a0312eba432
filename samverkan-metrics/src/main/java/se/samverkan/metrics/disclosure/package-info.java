/**
 * Disclosure control (<i>röjandekontroll</i>, docs/metrics.md) of published count tables: small counts
 * hidden, with secondary suppression so that totals cannot reveal them.
 */
@NullMarked
package se.samverkan.metrics.disclosure;

import org.jspecify.annotations.NullMarked;

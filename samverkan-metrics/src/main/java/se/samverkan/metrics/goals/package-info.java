/**
 * Goal attainment (<i>måluppfyllelse</i>, docs/metrics.md): numerator, denominator and actual value of each
 * goal, whether its target is met, the 95 % Wilson score interval of shares, and the expected table's
 * cells next to their actual counts.
 */
@NullMarked
package se.samverkan.metrics.goals;

import org.jspecify.annotations.NullMarked;

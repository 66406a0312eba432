/**
 * Income transitions (<i>förändrad försörjning</i>, docs/metrics.md): public support at the start and end
 * of ended participations.
 */
@NullMarked
package se.samverkan.metrics.income;

import org.jspecify.annotations.NullMarked;

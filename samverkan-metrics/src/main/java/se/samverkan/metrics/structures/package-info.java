/**
 * Figures of the cooperation structures (<i>samverkansstruktur</i>) of the coordination associations: per
 * förbund, which member municipality each level of the structure covers, and per group and calendar year
 * the meetings held against the plan and the attendance of its members, in total and by the four member
 * types. Entry point: {@link se.samverkan.metrics.structures.StructureFigures}; the figures are
 * described in {@code docs/metrics.md}.
 */
@NullMarked
package se.samverkan.metrics.structures;

import org.jspecify.annotations.NullMarked;

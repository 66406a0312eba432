/**
 * Participant metrics of interventions (<i>insatser</i>, docs/metrics.md): the measurement scope and
 * window, and the {@link se.samverkan.metrics.ProjectMetrics} facade that computes each project's
 * participant summary, goal attainment and income transitions in one streaming pass.
 *
 * <p>Where the definitions in docs/metrics.md leave a choice, the metrics decide as follows (each decision is also documented where
 * it applies):
 * <ul>
 *   <li>A goal with its own period is measured over that period even when the caller gives another
 *       measurement period; the caller's {@code asOf} (or the measurement period's end) is capped at the
 *       goal period's end.</li>
 *   <li>{@code distinctPersons} counts participant records: two records sharing an id are a
 *       {@code DUPLICATE_ID} reporting-rule error and are not merged, which keeps streaming free of a
 *       set of ids.</li>
 *   <li>An ended participation without exit outcome (an {@code ENDED_WITHOUT_OUTCOME} error) counts as
 *       ended, in the durations and in the denominator of outcome shares, but in no outcome or report
 *       group.</li>
 *   <li>Ages that fall in a gap between caller-supplied age bands are counted in no band.</li>
 *   <li>In a {@code COUNT_ONLY} project person-level participations are ignored; a
 *       {@code PARTICIPANTS_STARTED} goal counts the participant counts of the years its period touches,
 *       and its expected-table cells stay 0 (counts carry no age).</li>
 *   <li>A {@code REPORTED} goal has an empty breakdown (no data counts its events); when both a number
 *       and {@code achieved} are reported, the number decides.</li>
 *   <li>Indicators or targets that validation rejects never make a metric throw: a survey indicator
 *       without question or threshold counts nothing, {@code BETWEEN} without upper bound leaves
 *       {@code attained} empty, and a table cell naming a missing age band is left out.</li>
 * </ul>
 */
@NullMarked
package se.samverkan.metrics;

import org.jspecify.annotations.NullMarked;

/**
 * The metrics output format (<i>nyckeltal som JSON</i>, docs/cli.md): {@link se.samverkan.json.metrics.MetricsJsonWriter}
 * writes the participant metrics, goal attainment, income transitions, cost sharing and reporting-rule
 * findings of a document as the JSON that the command-line tool's {@code metrics} command prints.
 */
@NullMarked
package se.samverkan.json.metrics;

import org.jspecify.annotations.NullMarked;

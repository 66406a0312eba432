package se.samverkan.metrics.series;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import se.samverkan.metrics.ProjectMeasurement;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.SourcePositions;

/**
 * A series of a document's metrics (<i>tidsserie</i>, see {@code docs/metrics.md}): the measurement period
 * cut into calendar periods of one {@link PeriodLength}, each measured on its own, and the reporting-rule
 * findings of the whole document. It is everything {@code metrics --by} writes.
 *
 * <p>The entries are in time order; periods that start after the series' as-of date are left out, so the
 * list is empty when that date comes before the first period. When {@link #disclosureMinimum()} is present
 * every period is the published view on its own (there is no protection across periods).
 *
 * <p>Instances are immutable and thread-safe; the lists are unmodifiable.
 *
 * @param by the length of the periods
 * @param entries the periods, in time order
 * @param findings the reporting-rule findings of the whole document, in document order
 * @param disclosureMinimum the minimum of the published view, or empty for the exact metrics
 */
public record MetricsSeries(PeriodLength by, List<SeriesEntry> entries, List<Problem> findings,
    OptionalInt disclosureMinimum) {

    /**
     * A series; the lists are copied.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the entries are not in time order without overlap, or a project is
     *     shown under another minimum than {@code disclosureMinimum} (1 when it is empty)
     */
    public MetricsSeries {
        Objects.requireNonNull(by, "by");
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
        Objects.requireNonNull(disclosureMinimum, "disclosureMinimum");
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0 && !entries.get(i - 1).period().getEnd().isBefore(entries.get(i).period().getStart())) {
                throw new IllegalArgumentException("series periods out of order: " + entries.get(i - 1).period()
                    + " before " + entries.get(i).period());
            }
            for (ProjectMeasurement project : entries.get(i).projects()) {
                if (project.published().minimum() != disclosureMinimum.orElse(1)) {
                    throw new IllegalArgumentException("project " + project.id() + " in " + entries.get(i).period()
                        + " is shown with minimum " + project.published().minimum());
                }
            }
        }
    }

    /**
     * This series with every finding at the line and column of its place in the input text, searched once.
     *
     * @param positions the positions of the text the document was read from, not null
     * @return the located series, never null
     * @throws NullPointerException if {@code positions} is null
     */
    public MetricsSeries locatedBy(SourcePositions positions) {
        Objects.requireNonNull(positions, "positions");
        Map<String, Position> found = positions.locateAll(findings.stream().map(Problem::pointer).toList());
        return new MetricsSeries(by, entries, findings.stream().map(problem -> {
            Position position = found.get(problem.pointer());
            return position == null ? problem : problem.at(position);
        }).toList(), disclosureMinimum);
    }
}

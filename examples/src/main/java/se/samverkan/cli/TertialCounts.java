package se.samverkan.cli;

import java.util.List;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.disclosure.DisclosedCell;
import se.samverkan.metrics.disclosure.DisclosedTable;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.series.MetricsSeries;
import se.samverkan.metrics.series.PeriodLength;
import se.samverkan.metrics.series.SeriesEntry;
import se.samverkan.metrics.series.SeriesMeasurement;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.Project;

/**
 * Participations started and ended per tertial (<i>tertial</i>: January–April, May–August,
 * September–December, the periods of a förbund's tertial reports) over one insats's measurement window,
 * as the report shows them.
 *
 * <p>A window that ends before it starts (a project period out of order) has no tertials. The counts are the
 * library's tertial series of the insats ({@link SeriesMeasurement} with
 * {@link PeriodLength#TERTIAL} over the window), so a tertial's figures are those of {@code metrics --by
 * TERTIAL} and equal what {@code metrics --from --to --as-of} gives for it. The tertials cut the window
 * without gap or overlap, so their started (and their ended) add up to the window's, which the report
 * publishes: each of the two rows is an additive table and passes through {@link DisclosureControl} (small
 * counts hidden, and one more where a single hidden count could be worked out from the total).
 */
final class TertialCounts {

    /** The tertials of the window, in time order, with their exact figures. */
    final List<SeriesEntry> tertials;
    /** Started per tertial, after disclosure control. */
    final List<DisclosedCell> started;
    /** Ended per tertial, after disclosure control. */
    final List<DisclosedCell> ended;

    private TertialCounts(List<SeriesEntry> tertials, List<DisclosedCell> started, List<DisclosedCell> ended) {
        this.tertials = List.copyOf(tertials);
        this.started = List.copyOf(started);
        this.ended = List.copyOf(ended);
    }

    /**
     * Measures each tertial of a project's window.
     *
     * @param document the document, not null
     * @param project the insats, not null
     * @param result the insats's result over the whole window (its window is read), not null
     * @param control the disclosure control, not null
     */
    static TertialCounts of(SamverkanDocument document, Project project, ProjectResult result,
        DisclosureControl control) {
        if (!result.window().period().isOrdered()) {
            return new TertialCounts(List.of(), List.of(), List.of());
        }
        MetricsSeries series = SeriesMeasurement.of(PeriodLength.TERTIAL,
            MeasurementScope.of(result.window().period(), result.window().asOf())).measure(document, List.of(project));
        List<SeriesEntry> entries = series.entries();
        int[][] started = new int[1][entries.size()];
        int[][] ended = new int[1][entries.size()];
        for (int t = 0; t < entries.size(); t++) {
            var summary = entries.get(t).projects().get(0).participants();
            started[0][t] = summary.started();
            ended[0][t] = summary.ended();
        }
        return new TertialCounts(entries, row(control.apply(started)), row(control.apply(ended)));
    }

    private static List<DisclosedCell> row(DisclosedTable table) {
        return table.rowCount() == 0 ? List.of() : table.rows().get(0);
    }
}

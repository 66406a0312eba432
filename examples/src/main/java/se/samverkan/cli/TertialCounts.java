package se.samverkan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.disclosure.DisclosedCell;
import se.samverkan.metrics.disclosure.DisclosedTable;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.time.Period;

/**
 * Participations started and ended per tertial (<i>tertial</i>: January–April, May–August,
 * September–December, the periods of a förbund's tertial reports) over one insats's measurement window,
 * as the report shows them.
 *
 * <p>The window is cut into tertials, each clipped to it; a tertial that starts after the window's as-of
 * date is left out, and each tertial is taken as of the earlier of its end and that date. Each tertial is
 * then measured exactly as a measurement period of its own ({@link ProjectMetrics} over
 * {@link MeasurementScope#of(Period, LocalDate)}), so a tertial's figures equal what {@code metrics --from
 * --to --as-of} gives for it. The tertials cut the window without gap or overlap, so their started (and
 * their ended) add up to the window's started (ended), which the report publishes: each of the two is an
 * additive row and passes through {@link DisclosureControl} (small counts hidden, and one more where a
 * single hidden count could be worked out from the total).
 *
 * <p>Kept small and package-private on purpose: once the library measures period series itself (a tertial
 * period length and a series measurement), this class is to be replaced by that.
 */
final class TertialCounts {

    /** One tertial of the window: its number in the year (1–3), its clipped period and its as-of date. */
    record Tertial(int year, int number, Period period, LocalDate asOf) {
    }

    final List<Tertial> tertials;
    /** Started per tertial, after disclosure control. */
    final List<DisclosedCell> started;
    /** Ended per tertial, after disclosure control. */
    final List<DisclosedCell> ended;

    private TertialCounts(List<Tertial> tertials, List<DisclosedCell> started, List<DisclosedCell> ended) {
        this.tertials = List.copyOf(tertials);
        this.started = List.copyOf(started);
        this.ended = List.copyOf(ended);
    }

    /** The tertials of a window, in time order (none when its as-of date is before its start). */
    static List<Tertial> cut(MeasurementWindow window) {
        Period period = window.period();
        List<Tertial> tertials = new ArrayList<>();
        LocalDate start = period.getStart().withDayOfMonth(1)
            .withMonth((period.getStart().getMonthValue() - 1) / 4 * 4 + 1);
        while (!start.isAfter(period.getEnd())) {
            LocalDate end = start.plusMonths(4).minusDays(1);
            LocalDate from = start.isBefore(period.getStart()) ? period.getStart() : start;
            LocalDate to = end.isAfter(period.getEnd()) ? period.getEnd() : end;
            if (from.isAfter(window.asOf())) {
                break;
            }
            tertials.add(new Tertial(start.getYear(), (start.getMonthValue() - 1) / 4 + 1, Period.of(from, to),
                to.isAfter(window.asOf()) ? window.asOf() : to));
            start = start.plusMonths(4);
        }
        return tertials;
    }

    /**
     * Measures each tertial of a project's window.
     *
     * @param document the document, not null
     * @param result the project's result over the whole window (its id and window are read), not null
     * @param control the disclosure control, not null
     */
    static TertialCounts of(SamverkanDocument document, ProjectResult result, DisclosureControl control) {
        List<Tertial> tertials = cut(result.window());
        int[][] started = new int[1][tertials.size()];
        int[][] ended = new int[1][tertials.size()];
        for (int t = 0; t < tertials.size(); t++) {
            Tertial tertial = tertials.get(t);
            ProjectResult measured = ProjectMetrics.of(MeasurementScope.of(tertial.period(), tertial.asOf()))
                .compute(document, result.projectId()).orElseThrow();
            started[0][t] = measured.participants().started();
            ended[0][t] = measured.participants().ended();
        }
        return new TertialCounts(tertials, row(control.apply(started)), row(control.apply(ended)));
    }

    private static List<DisclosedCell> row(DisclosedTable table) {
        return table.rowCount() == 0 ? List.of() : table.rows().get(0);
    }
}

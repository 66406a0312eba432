package se.samverkan.metrics.series;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.samverkan.metrics.ProjectMeasurement;
import se.samverkan.model.time.Period;

/**
 * One period of a series (<i>en period i en tidsserie</i>, see {@code docs/metrics.md}): a calendar period
 * clipped to the series' span, the day its figures are counted as of, and the measurement of each project
 * whose own measurement period overlaps it — each over its own part of the period, exactly as a single
 * measurement of that part would give it, but for the rules of a series (goals over the part of their
 * period inside it, no attainment for count goals, costs and annual counts only in whole-year periods).
 *
 * <p>Instances are immutable and thread-safe; the list is unmodifiable.
 *
 * @param period the calendar period, clipped to the series' span
 * @param asOf the earlier of the period's last day and the series' as-of date
 * @param projects the projects measured in this period, in document order
 */
public record SeriesEntry(Period period, LocalDate asOf, List<ProjectMeasurement> projects) {

    /**
     * A period of a series; the list is copied.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the period ends before it starts, the as-of date is outside it,
     *     or a project's period is not inside it
     */
    public SeriesEntry {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        projects = List.copyOf(projects);
        if (!period.isOrdered() || !period.contains(asOf)) {
            throw new IllegalArgumentException("a series period " + period + " as of " + asOf);
        }
        for (ProjectMeasurement project : projects) {
            if (!period.encloses(project.period())) {
                throw new IllegalArgumentException("project " + project.id() + " measured over " + project.period()
                    + " in the series period " + period);
            }
        }
    }
}

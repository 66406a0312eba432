package se.samverkan.metrics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.model.goal.Goal;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * What a metric measures over (<i>mätperiod och avstämningsdag</i>, docs/metrics.md): an optional
 * measurement period (default: the project period) and an optional {@code asOf} date (default: the
 * measurement period's end).
 *
 * <p>A scope is resolved against a project (or one of its goals) into a {@link MeasurementWindow} that
 * decides which participations count as started, ended and ongoing. A goal with its own period is
 * measured over that period instead of the scope's, with {@code asOf} capped at the goal period's end.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MeasurementScope {

    private static final MeasurementScope PROJECT_PERIOD = new MeasurementScope(null, null, false);

    private final Period period;
    private final LocalDate asOf;
    private final boolean goalsWithinPeriod;

    private MeasurementScope(Period period, LocalDate asOf, boolean goalsWithinPeriod) {
        this.period = period;
        this.asOf = asOf;
        this.goalsWithinPeriod = goalsWithinPeriod;
    }

    /**
     * The default scope: each project's own period, as of that period's end.
     *
     * @return the scope, never null
     */
    public static MeasurementScope projectPeriod() {
        return PROJECT_PERIOD;
    }

    /**
     * A scope over the given measurement period, as of its end.
     *
     * @param period the measurement period, not null
     * @return the scope, never null
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public static MeasurementScope of(Period period) {
        return new MeasurementScope(checked(period), null, false);
    }

    /**
     * A scope over the given measurement period (or the project period when {@code period} is null),
     * as of the given date (or the period's end when {@code asOf} is null). This is the shape of the
     * command line's {@code --from/--to/--as-of} options.
     *
     * @param period the measurement period, may be null
     * @param asOf the date the figures are taken at, may be null
     * @return the scope, never null
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public static MeasurementScope of(@Nullable Period period, @Nullable LocalDate asOf) {
        return new MeasurementScope(period == null ? null : checked(period), asOf, false);
    }

    private static Period checked(Period period) {
        Objects.requireNonNull(period, "period");
        if (!period.isOrdered()) {
            throw new IllegalArgumentException("measurement period ends before it starts: " + period);
        }
        return period;
    }

    /**
     * A copy of this scope taken at another date.
     *
     * @param date the date the figures are taken at, not null
     * @return the copy, never null
     * @throws NullPointerException if {@code date} is null
     */
    public MeasurementScope asOf(LocalDate date) {
        return new MeasurementScope(period, Objects.requireNonNull(date, "date"), goalsWithinPeriod);
    }

    /**
     * A copy of this scope that measures a goal with its own period over the part of that period inside
     * the measurement period (<i>målperioden inom mätperioden</i>), as a period of a series does, instead of
     * over the goal's whole period. The {@code asOf} date is capped at that part's last day. When the two
     * periods share no day, the goal's window is empty: its period ends before it starts, so it counts
     * nothing.
     *
     * @return the copy, never null
     */
    public MeasurementScope goalsWithinPeriod() {
        return new MeasurementScope(period, asOf, true);
    }

    /**
     * Whether a goal with its own period is measured only over the part of it inside the measurement
     * period ({@link #goalsWithinPeriod()}) rather than over its whole period.
     *
     * @return true when goals are clipped to the measurement period
     */
    public boolean measuresGoalsWithinPeriod() {
        return goalsWithinPeriod;
    }

    /**
     * The measurement period, when one was given.
     *
     * @return the period, or empty for the project period
     */
    public Optional<Period> period() {
        return Optional.ofNullable(period);
    }

    /**
     * The date the figures are taken at, when one was given.
     *
     * @return the date, or empty for the measurement period's end
     */
    public Optional<LocalDate> asOfDate() {
        return Optional.ofNullable(asOf);
    }

    /**
     * The window over which a project's participant figures are measured: this scope's period (or the
     * project's) and {@code asOf} date (or that period's end).
     *
     * @param project the project, not null
     * @return the window, never null
     * @throws NullPointerException if {@code project} is null
     */
    public MeasurementWindow windowFor(Project project) {
        Objects.requireNonNull(project, "project");
        Period measured = period != null ? period : project.getPeriod();
        return MeasurementWindow.of(project.getId(), measured, asOf != null ? asOf : measured.getEnd());
    }

    /**
     * The window over which a goal is measured: the goal's own period when it has one (or, for a scope
     * made by {@link #goalsWithinPeriod()}, the part of it inside the project window's period), with the
     * project window's {@code asOf} capped at that period's end; otherwise the project window.
     *
     * @param project the project the goal belongs to, not null
     * @param goal the goal, not null
     * @return the window, never null
     * @throws NullPointerException if an argument is null
     */
    public MeasurementWindow windowFor(Project project, Goal goal) {
        Objects.requireNonNull(goal, "goal");
        MeasurementWindow projectWindow = windowFor(project);
        if (goal.getPeriod().isEmpty()) {
            return projectWindow;
        }
        Period own = goal.getPeriod().get();
        if (goalsWithinPeriod) {
            Period measured = projectWindow.period();
            own = Period.of(later(own.getStart(), measured.getStart()), earlier(own.getEnd(), measured.getEnd()));
        }
        LocalDate capped = projectWindow.asOf().isAfter(own.getEnd()) ? own.getEnd() : projectWindow.asOf();
        return MeasurementWindow.of(project.getId(), own, capped);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeasurementScope
            && Objects.equals(period, ((MeasurementScope) other).period)
            && Objects.equals(asOf, ((MeasurementScope) other).asOf)
            && goalsWithinPeriod == ((MeasurementScope) other).goalsWithinPeriod;
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, asOf, goalsWithinPeriod);
    }

    @Override
    public String toString() {
        return "MeasurementScope[" + (period == null ? "project period" : period)
            + ", asOf " + (asOf == null ? "period end" : asOf) + (goalsWithinPeriod ? ", goals within period" : "")
            + "]";
    }
}

package se.samverkan.metrics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.model.participant.Participation;
import se.samverkan.model.time.Period;

/**
 * A resolved measurement window (<i>mätfönster</i>, DOMAIN.md §4): one project's participations measured
 * over a period as of a date. It decides which participations count and whether each is started,
 * ended or ongoing.
 *
 * <p>Only the project's own participations count, and a participation whose exit outcome is
 * {@code ERRONEOUS_REGISTRATION} is dropped before anything is counted, even when the correction was
 * registered after {@code asOf}: a registration in error never happened, so it must not reappear in
 * figures taken at an earlier date. Of the counted participations, one is
 * <ul>
 *   <li><i>started</i> when its start lies in the period and is on or before {@code asOf};</li>
 *   <li><i>ended</i> when its end lies in the period and is on or before {@code asOf};</li>
 *   <li><i>ongoing</i> when it started on or before {@code asOf} and has no end on or before
 *       {@code asOf}.</li>
 * </ul>
 * A participation can be both started and ended, so {@code started = ended + ongoing} does not hold in
 * general.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MeasurementWindow {

    private final String project;
    private final Period period;
    private final LocalDate asOf;

    private MeasurementWindow(String project, Period period, LocalDate asOf) {
        this.project = project;
        this.period = period;
        this.asOf = asOf;
    }

    /**
     * A window over a project's participations.
     *
     * @param project the project's id, not null
     * @param period the measurement period, not null
     * @param asOf the date the figures are taken at, not null
     * @return the window, never null
     * @throws NullPointerException if an argument is null
     */
    public static MeasurementWindow of(String project, Period period, LocalDate asOf) {
        return new MeasurementWindow(Objects.requireNonNull(project, "project"),
            Objects.requireNonNull(period, "period"), Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * The id of the project measured.
     *
     * @return the id, never null
     */
    public String project() {
        return project;
    }

    /**
     * The measurement period.
     *
     * @return the period, never null
     */
    public Period period() {
        return period;
    }

    /**
     * The date the figures are taken at.
     *
     * @return the date, never null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Whether the participation counts at all: it belongs to this window's project and was not
     * registered in error.
     *
     * @param participation the participation, not null
     * @return true if it is counted
     * @throws NullPointerException if {@code participation} is null
     */
    public boolean counts(Participation participation) {
        return participation.getProject().equals(project) && participation.isCounted();
    }

    /**
     * Whether the participation is counted and started in this window.
     *
     * @param participation the participation, not null
     * @return true if it started in the period, on or before {@code asOf}
     * @throws NullPointerException if {@code participation} is null
     */
    public boolean isStarted(Participation participation) {
        LocalDate start = participation.getStart();
        return counts(participation) && period.contains(start) && !start.isAfter(asOf);
    }

    /**
     * Whether the participation is counted and ended in this window.
     *
     * @param participation the participation, not null
     * @return true if it ended in the period, on or before {@code asOf}
     * @throws NullPointerException if {@code participation} is null
     */
    public boolean isEnded(Participation participation) {
        if (!counts(participation)) {
            return false;
        }
        Optional<LocalDate> end = participation.getEnd();
        return end.isPresent() && period.contains(end.get()) && !end.get().isAfter(asOf);
    }

    /**
     * Whether the participation is counted and ongoing at {@code asOf}.
     *
     * @param participation the participation, not null
     * @return true if it started on or before {@code asOf} and has no end on or before it
     * @throws NullPointerException if {@code participation} is null
     */
    public boolean isOngoing(Participation participation) {
        if (!counts(participation) || participation.getStart().isAfter(asOf)) {
            return false;
        }
        Optional<LocalDate> end = participation.getEnd();
        return end.isEmpty() || end.get().isAfter(asOf);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof MeasurementWindow)) {
            return false;
        }
        MeasurementWindow that = (MeasurementWindow) other;
        return project.equals(that.project) && period.equals(that.period) && asOf.equals(that.asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(project, period, asOf);
    }

    @Override
    public String toString() {
        return "MeasurementWindow[" + project + ", " + period + ", asOf " + asOf + "]";
    }
}

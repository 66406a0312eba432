package se.samverkan.metrics;

import java.time.LocalDate;
import java.util.Objects;

import se.samverkan.model.participant.Participation;
import se.samverkan.model.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * A resolved measurement window (<i>mätfönster</i>, docs/metrics.md): one project's participations measured
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
 *       {@code asOf};</li>
 *   <li><i>active</i> (<i>aktiv</i>) when it started on or before the period's last day (and
 *       {@code asOf}) and has no end before the period's first day: it was under way on some day of the
 *       period. The national follow-up counts a year's participants this way.</li>
 * </ul>
 * A participation can be both started and ended, so {@code started = ended + ongoing} does not hold in
 * general.
 *
 * <p>These rules are decided here only: the metrics, the follow-up and every faster classification of the
 * same participations ask this class, or are tested against it.
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
        return counts(participation) && isStartedOn(participation.getStart());
    }

    /**
     * Whether the participation is counted and ended in this window.
     *
     * @param participation the participation, not null
     * @return true if it ended in the period, on or before {@code asOf}
     * @throws NullPointerException if {@code participation} is null
     */
    public boolean isEnded(Participation participation) {
        return counts(participation) && isEndedOn(participation.getEnd().orElse(null));
    }

    /**
     * Whether the participation is counted and ongoing at {@code asOf}.
     *
     * @param participation the participation, not null
     * @return true if it started on or before {@code asOf} and has no end on or before it
     * @throws NullPointerException if {@code participation} is null
     */
    public boolean isOngoing(Participation participation) {
        return counts(participation) && isOngoing(participation.getStart(), participation.getEnd().orElse(null));
    }

    /**
     * Whether the participation is counted and active in this window: under way on some day of the period
     * up to {@code asOf}.
     *
     * @param participation the participation, not null
     * @return true if it started on or before the period's end and {@code asOf}, and has no end before the
     *     period's start
     * @throws NullPointerException if {@code participation} is null
     */
    public boolean isActive(Participation participation) {
        return counts(participation) && isActive(participation.getStart(), participation.getEnd().orElse(null));
    }

    /**
     * The rule for <i>started</i> on a counted participation's start date alone.
     *
     * @param start the start date, not null
     * @return true if it lies in the period, on or before {@code asOf}
     * @throws NullPointerException if {@code start} is null
     */
    public boolean isStartedOn(LocalDate start) {
        return period.contains(start) && !start.isAfter(asOf);
    }

    /**
     * The rule for <i>ended</i> on a counted participation's end date alone.
     *
     * @param end the end date, or null for a participation without an end
     * @return true if there is an end, in the period, on or before {@code asOf}
     */
    public boolean isEndedOn(@Nullable LocalDate end) {
        return end != null && period.contains(end) && !end.isAfter(asOf);
    }

    /**
     * The rule for <i>ongoing</i> on a counted participation's dates alone.
     *
     * @param start the start date, not null
     * @param end the end date, or null for a participation without an end
     * @return true if it started on or before {@code asOf} and has no end on or before it
     * @throws NullPointerException if {@code start} is null
     */
    public boolean isOngoing(LocalDate start, @Nullable LocalDate end) {
        return !start.isAfter(asOf) && (end == null || end.isAfter(asOf));
    }

    /**
     * The rule for <i>active</i> on a counted participation's dates alone.
     *
     * @param start the start date, not null
     * @param end the end date, or null for a participation without an end
     * @return true if it started on or before the period's end and {@code asOf}, and has no end before the
     *     period's start
     * @throws NullPointerException if {@code start} is null
     */
    public boolean isActive(LocalDate start, @Nullable LocalDate end) {
        return !start.isAfter(period.getEnd()) && !start.isAfter(asOf)
            && (end == null || !end.isBefore(period.getStart()));
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

package se.samverkan.metrics.participants;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.project.Project;

/**
 * A project's participant summary (<i>deltagarsammanställning</i>, docs/metrics.md) over a measurement
 * window: participations started, ended and ongoing, distinct persons among the started, started by
 * gender and by age band at start, ended by exit outcome and by report group, and the mean and median
 * duration of the ended participations.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>{@code startedByGender} has every {@link Gender}, zeros included, in declaration order;</li>
 *   <li>{@code startedByAgeBand} has every band key in band order followed by
 *       {@link AgeBands#UNKNOWN}, zeros included;</li>
 *   <li>{@code endedByOutcome} has every {@link ExitOutcome} except {@code ERRONEOUS_REGISTRATION},
 *       {@code endedByGroup} every {@link ReportGroup}, zeros included; an ended participation without
 *       an exit outcome (a reporting-rule error) is counted in {@code ended} only;</li>
 *   <li>durations are {@code end − start + 1} days, counted from the participation's own start even
 *       when it lies before the measurement period; the mean and the median (the mean of the two middle
 *       values for an even count) are exact and rounded half-even to one decimal, and empty when no
 *       participation ended;</li>
 *   <li>for a {@code COUNT_ONLY} project, {@code started} and {@code startedByGender} are the sums of
 *       its participant counts for the years the measurement period touches; every other figure is
 *       zero or empty.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; the maps are unmodifiable.
 *
 * @param started participations started in the window
 * @param ended participations ended in the window
 * @param ongoing participations ongoing at {@code asOf}
 * @param distinctPersons participants with at least one started participation
 * @param startedByGender started participations by the participant's gender
 * @param startedByAgeBand started participations by age band key
 * @param endedByOutcome ended participations by exit outcome
 * @param endedByGroup ended participations by the exit outcome's report group
 * @param meanDurationDays mean duration of the ended participations in days
 * @param medianDurationDays median duration of the ended participations in days
 */
public record ParticipantSummary(
    int started,
    int ended,
    int ongoing,
    int distinctPersons,
    Map<Gender, Integer> startedByGender,
    Map<String, Integer> startedByAgeBand,
    Map<ExitOutcome, Integer> endedByOutcome,
    Map<ReportGroup, Integer> endedByGroup,
    Optional<BigDecimal> meanDurationDays,
    Optional<BigDecimal> medianDurationDays) {

    /**
     * A summary; the maps are copied.
     *
     * @throws NullPointerException if a map or optional is null
     * @throws IllegalArgumentException if a count is negative
     */
    public ParticipantSummary {
        if (started < 0 || ended < 0 || ongoing < 0 || distinctPersons < 0) {
            throw new IllegalArgumentException("participant counts must not be negative, got started " + started
                + ", ended " + ended + ", ongoing " + ongoing + ", distinct persons " + distinctPersons);
        }
        startedByGender = enumCopy(Gender.class, Objects.requireNonNull(startedByGender, "startedByGender"));
        startedByAgeBand = Collections.unmodifiableMap(new LinkedHashMap<>(
            Objects.requireNonNull(startedByAgeBand, "startedByAgeBand")));
        endedByOutcome = enumCopy(ExitOutcome.class, Objects.requireNonNull(endedByOutcome, "endedByOutcome"));
        endedByGroup = enumCopy(ReportGroup.class, Objects.requireNonNull(endedByGroup, "endedByGroup"));
        Objects.requireNonNull(meanDurationDays, "meanDurationDays");
        Objects.requireNonNull(medianDurationDays, "medianDurationDays");
    }

    /** An unmodifiable copy; unlike {@code new EnumMap<>(map)} it also takes an empty map of another kind. */
    private static <K extends Enum<K>> Map<K, Integer> enumCopy(Class<K> type, Map<K, Integer> map) {
        EnumMap<K, Integer> copy = new EnumMap<>(type);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The summary of a project's participations, in one pass over the participants.
     *
     * @param project the project, not null
     * @param participants the participants (any project's; only this project's participations count),
     *     not null
     * @param scope the measurement scope, not null
     * @param ageBands the age bands to count by, not null
     * @return the summary, never null
     * @throws NullPointerException if an argument or a participant is null
     */
    public static ParticipantSummary of(Project project, Iterable<Participant> participants,
            MeasurementScope scope, AgeBands ageBands) {
        ParticipantAccumulator accumulator = ParticipantAccumulator.of(project, scope, ageBands);
        Objects.requireNonNull(participants, "participants").forEach(accumulator::accept);
        return accumulator.result();
    }
}

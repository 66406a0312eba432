package se.samverkan.metrics.income;

import java.util.Objects;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.Project;

/**
 * Income transitions (<i>förändrad försörjning</i>, docs/metrics.md): among the ended participations whose
 * income sources were recorded both at start and at end ({@code recorded}), how many were publicly
 * supported at start, at end, and at start but no longer at end.
 *
 * <p>A person is publicly supported when any income source is in the ILL_HEALTH, LABOUR_MARKET or
 * SOCIAL_ASSISTANCE group (docs/format.md). Always
 * {@code leftSupport ≤ supportedAtStart ≤ recorded} and {@code supportedAtEnd ≤ recorded}. Anonymous
 * participants carry no income sources and so are never recorded; a {@code COUNT_ONLY} project has
 * only zeros.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param recorded ended participations with income sources recorded at start and at end
 * @param supportedAtStart of those, publicly supported at start
 * @param supportedAtEnd of those, publicly supported at end
 * @param leftSupport of those, publicly supported at start but not at end
 */
public record IncomeTransitions(int recorded, int supportedAtStart, int supportedAtEnd, int leftSupport) {

    /**
     * Income transitions with the given counts.
     *
     * @throws IllegalArgumentException unless {@code 0 ≤ leftSupport ≤ supportedAtStart ≤ recorded},
     *     {@code 0 ≤ supportedAtEnd ≤ recorded} and {@code supportedAtStart − leftSupport ≤ supportedAtEnd}
     *     (those supported at start who did not leave support are still supported at end)
     */
    public IncomeTransitions {
        if (leftSupport < 0 || leftSupport > supportedAtStart || supportedAtStart > recorded || supportedAtEnd < 0
            || supportedAtEnd > recorded || supportedAtStart - leftSupport > supportedAtEnd) {
            throw new IllegalArgumentException("impossible income transitions: recorded " + recorded
                + ", supported at start " + supportedAtStart + ", at end " + supportedAtEnd + ", left support "
                + leftSupport);
        }
    }

    /**
     * The income transitions of a project's participations, in one pass over the participants.
     *
     * @param project the project, not null
     * @param participants the participants (any project's; only this project's participations count),
     *     not null
     * @param scope the measurement scope, not null
     * @return the transitions, never null
     * @throws NullPointerException if an argument or a participant is null
     */
    public static IncomeTransitions of(Project project, Iterable<Participant> participants, MeasurementScope scope) {
        IncomeAccumulator accumulator = IncomeAccumulator.of(project, scope);
        Objects.requireNonNull(participants, "participants").forEach(accumulator::accept);
        return accumulator.result();
    }

    /**
     * Whether a participation's income sources were recorded both at start and at end, the condition for
     * counting an ended participation in {@code recorded} (and for valuing it).
     *
     * @param participation the participation, not null
     * @return true when neither income set is empty
     * @throws NullPointerException if {@code participation} is null
     */
    public static boolean isRecorded(Participation participation) {
        return !participation.getIncomeAtStart().isEmpty() && !participation.getIncomeAtEnd().isEmpty();
    }
}

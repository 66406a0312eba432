package se.samverkan.metrics.goals;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.Target;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;

/**
 * Goal attainment (<i>måluppfyllelse</i>, docs/metrics.md): measures a goal of a project against its
 * target. For many goals or a stream of participants use {@link GoalAccumulator} (or the project
 * facade), which counts every goal in one pass.
 *
 * <p>The comparison is exact: {@code AT_LEAST} means actual ≥ value, {@code AT_MOST} actual ≤ value,
 * {@code BETWEEN} value ≤ actual ≤ upper, all on the unrounded actual value. This class is stateless
 * and thread-safe.
 */
public final class GoalAttainment {

    private GoalAttainment() {
    }

    /**
     * The attainment of a goal, in one pass over the participants.
     *
     * @param project the project the goal belongs to, not null
     * @param goal the goal, not null
     * @param participants the participants (any project's; only this project's participations count),
     *     not null
     * @param scope the measurement scope, not null
     * @return the result, never null
     * @throws NullPointerException if an argument or a participant is null
     */
    public static GoalResult of(Project project, Goal goal, Iterable<Participant> participants,
            MeasurementScope scope) {
        GoalAccumulator accumulator = GoalAccumulator.of(project, goal, scope);
        Objects.requireNonNull(participants, "participants").forEach(accumulator::accept);
        return accumulator.result();
    }

    /**
     * Whether an actual value meets a target.
     *
     * @param target the target, not null
     * @param actual the unrounded actual value, not null
     * @return the comparison; empty for {@code BETWEEN} without an upper bound (a validation error)
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Boolean> attained(Target target, BigDecimal actual) {
        return attained(target, actual, BigDecimal.ONE);
    }

    /**
     * Whether the exact quotient {@code numerator / denominator} meets a target, decided without
     * division by comparing {@code numerator} with {@code value × denominator}.
     */
    static Optional<Boolean> attained(Target target, BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(numerator, "numerator");
        int againstValue = numerator.compareTo(target.getValue().multiply(denominator));
        switch (target.getComparator()) {
            case AT_LEAST:
                return Optional.of(againstValue >= 0);
            case AT_MOST:
                return Optional.of(againstValue <= 0);
            case BETWEEN:
                return target.getUpper()
                    .map(upper -> againstValue >= 0 && numerator.compareTo(upper.multiply(denominator)) <= 0);
            default:
                throw new IllegalStateException("unknown comparator " + target.getComparator());
        }
    }
}

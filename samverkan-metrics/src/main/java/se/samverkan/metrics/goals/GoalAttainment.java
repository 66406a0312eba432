package se.samverkan.metrics.goals;

import java.math.BigDecimal;
import java.util.Objects;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.Target;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;

/**
 * Goal attainment (<i>måluppfyllelse</i>, docs/metrics.md): measures a goal of a project against its
 * target over a {@link MeasurementScope}. For many goals or a stream of participants use
 * {@link #accumulator(Project, Goal)} (or {@code ProjectMetrics}, which measures every goal of every
 * project in one pass).
 *
 * <pre>{@code
 * GoalAttainment attainment = GoalAttainment.of(MeasurementScope.of(year2026));   // share it
 * GoalResult result = attainment.measure(project, goal, document.getParticipants());
 * }</pre>
 *
 * <p>The comparison is exact: {@code AT_LEAST} means actual ≥ value, {@code AT_MOST} actual ≤ value,
 * {@code BETWEEN} value ≤ actual ≤ upper, all on the unrounded actual value.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GoalAttainment {

    private static final GoalAttainment PROJECT_PERIOD = new GoalAttainment(MeasurementScope.projectPeriod());

    private final MeasurementScope scope;

    private GoalAttainment(MeasurementScope scope) {
        this.scope = scope;
    }

    /**
     * Goal attainment over each project's own period (the scope {@link MeasurementScope#projectPeriod()}).
     *
     * @return the service, never null
     */
    public static GoalAttainment create() {
        return PROJECT_PERIOD;
    }

    /**
     * Goal attainment over a measurement scope (a goal with its own period is measured over that period).
     *
     * @param scope the measurement scope, not null
     * @return the service, never null
     * @throws NullPointerException if {@code scope} is null
     */
    public static GoalAttainment of(MeasurementScope scope) {
        return new GoalAttainment(Objects.requireNonNull(scope, "scope"));
    }

    /**
     * The measurement scope.
     *
     * @return the scope, never null
     */
    public MeasurementScope scope() {
        return scope;
    }

    /**
     * The attainment of a goal, in one pass over the participants.
     *
     * @param project the project the goal belongs to, not null
     * @param goal the goal, not null
     * @param participants the participants (any project's; only this project's participations count),
     *     not null
     * @return the result, never null
     * @throws NullPointerException if an argument or a participant is null
     */
    public GoalResult measure(Project project, Goal goal, Iterable<Participant> participants) {
        GoalAccumulator accumulator = accumulator(project, goal);
        Objects.requireNonNull(participants, "participants").forEach(accumulator::accept);
        return accumulator.result();
    }

    /**
     * An empty accumulator of one goal over this scope, to feed participants one at a time (or to merge
     * the accumulators of parallel parts).
     *
     * @param project the project the goal belongs to, not null
     * @param goal the goal, not null
     * @return the accumulator, never null
     * @throws NullPointerException if an argument is null
     */
    public GoalAccumulator accumulator(Project project, Goal goal) {
        return GoalAccumulator.of(project, goal, scope);
    }

    /**
     * The attainment of a goal, in one pass over the participants.
     *
     * @param project the project the goal belongs to, not null
     * @param goal the goal, not null
     * @param participants the participants, not null
     * @param scope the measurement scope, not null
     * @return the result, never null
     * @throws NullPointerException if an argument or a participant is null
     * @deprecated use {@link #measure(Project, Goal, Iterable)
     *     GoalAttainment.of(scope).measure(project, goal, participants)}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static GoalResult of(Project project, Goal goal, Iterable<Participant> participants,
            MeasurementScope scope) {
        return of(scope).measure(project, goal, participants);
    }

    /**
     * Whether an actual value meets a target.
     *
     * @param target the target, not null
     * @param actual the unrounded actual value, not null
     * @return the comparison, never null; {@link Attainment#UNDECIDED} for {@code BETWEEN} without an upper
     *     bound (which the check reports)
     * @throws NullPointerException if an argument is null
     */
    public static Attainment attained(Target target, BigDecimal actual) {
        return attained(target, actual, BigDecimal.ONE);
    }

    /**
     * Whether the exact quotient {@code numerator / denominator} meets a target, decided without
     * division by comparing {@code numerator} with {@code value × denominator}.
     */
    static Attainment attained(Target target, BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(numerator, "numerator");
        int againstValue = numerator.compareTo(target.getValue().multiply(denominator));
        switch (target.getComparator()) {
            case AT_LEAST:
                return Attainment.of(againstValue >= 0);
            case AT_MOST:
                return Attainment.of(againstValue <= 0);
            case BETWEEN:
                return target.getUpper()
                    .map(upper -> Attainment.of(
                        againstValue >= 0 && numerator.compareTo(upper.multiply(denominator)) <= 0))
                    .orElse(Attainment.UNDECIDED);
            default:
                throw new IllegalStateException("unknown comparator " + target.getComparator());
        }
    }
}

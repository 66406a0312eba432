package se.samverkan.metrics.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;

/**
 * The attainment of one goal (<i>måluppfyllelse</i>, docs/metrics.md) over its measurement window.
 *
 * <ul>
 *   <li>{@code PARTICIPANTS_STARTED}, {@code EXIT_OUTCOME_COUNT}: {@code numerator} = the count,
 *       {@code denominator} empty, {@code actual} = the count as a whole number, {@code attained} always
 *       decided.</li>
 *   <li>{@code EXIT_OUTCOME_SHARE}, {@code SURVEY_SHARE}: {@code actual} = 100 × numerator / denominator
 *       rounded half-even to one decimal; {@code attained} compares the <em>unrounded</em> share with the
 *       target; {@code actual} and {@code wilson95} are empty and {@code attained} is
 *       {@code UNDECIDED} when the denominator is 0.</li>
 *   <li>{@code REPORTED}: {@code actual} = the reported number as written and {@code attained} its
 *       comparison; for a deliverable, {@code attained} = achieved and {@code actual} empty; {@code actual}
 *       empty and {@code attained} {@code UNDECIDED} while nothing has been reported. Numerator and denominator are always empty.</li>
 * </ul>
 *
 * <p>{@code target} is the goal's target exactly as written (comparator, value, upper bound).
 * {@code breakdown} lists the expected table's cells in table order with the actual counts; it is empty
 * for a goal without a table and for a {@code REPORTED} goal (no data counts its events).
 *
 * <p>Instances are immutable and thread-safe; the list is unmodifiable.
 *
 * @param goalId the goal's id
 * @param type the indicator type
 * @param window the window the goal was measured over (its own period, when it has one)
 * @param numerator the counted events, when defined
 * @param denominator the population of a share, when defined
 * @param actual the value shown: a share with one decimal, a count as a whole number, a reported number
 * @param target the target as written
 * @param attained whether the target is met, {@link Attainment#UNDECIDED} when the data cannot tell
 * @param wilson95 the 95 % Wilson score interval of a share with a non-zero denominator
 * @param breakdown the expected table's cells with actual counts
 */
public record GoalResult(
    String goalId,
    IndicatorType type,
    MeasurementWindow window,
    OptionalInt numerator,
    OptionalInt denominator,
    Optional<BigDecimal> actual,
    Target target,
    Attainment attained,
    Optional<WilsonInterval> wilson95,
    List<CellResult> breakdown) {

    /**
     * A goal result; the breakdown is copied.
     *
     * @throws NullPointerException if a component is null
     */
    public GoalResult {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(attained, "attained");
        Objects.requireNonNull(wilson95, "wilson95");
        breakdown = List.copyOf(breakdown);
    }
}

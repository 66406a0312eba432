package se.samverkan.metrics.disclosure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.metrics.goals.Attainment;
import se.samverkan.metrics.goals.WilsonInterval;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;

/**
 * A goal's attainment (<i>måluppfyllelse</i>) as published. The numerator, denominator, actual value and
 * interval are withheld together (see {@link PublishedProject} for when); the target and whether it is
 * attained are always shown, since they say nothing about a small group that the target does not.
 *
 * <p>Instances are immutable and thread-safe; the list is unmodifiable.
 *
 * @param goalId the goal's id
 * @param type the indicator type
 * @param numerator the counted events
 * @param denominator the population of a share
 * @param actual the share in percent, the count, or the reported number
 * @param target the target as written
 * @param attained whether the target is met, {@link Attainment#UNDECIDED} when the data cannot tell
 * @param wilson95 the 95 % Wilson score interval of a share, withheld as a whole
 * @param breakdown the expected table's cells with the published actual counts
 */
public record PublishedGoal(
    String goalId,
    IndicatorType type,
    PublishedFigure<Integer> numerator,
    PublishedFigure<Integer> denominator,
    PublishedFigure<BigDecimal> actual,
    Target target,
    Attainment attained,
    PublishedFigure<WilsonInterval> wilson95,
    List<PublishedBreakdownCell> breakdown) {

    /**
     * A published goal; the breakdown is copied.
     *
     * @throws NullPointerException if a component is null
     */
    public PublishedGoal {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(attained, "attained");
        Objects.requireNonNull(wilson95, "wilson95");
        breakdown = List.copyOf(breakdown);
    }
}

package se.samverkan.model.goal;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.validation.BetweenUpper;

/**
 * A goal's target (<i>målvärde</i>): a comparator and a value, plus an upper bound for
 * {@code BETWEEN}. Shares are percent (0–100), counts are whole numbers.
 *
 * <p>{@code BETWEEN} needs {@code upper ≥ value}; other comparators take no upper bound
 * ({@link BetweenUpper}). Instances are immutable and thread-safe.
 */
@Value.Immutable
@BetweenUpper
public abstract class Target {

    Target() {
    }

    /** The comparison, never null. */
    public abstract TargetComparator getComparator();

    /** The target value, never null. */
    public abstract BigDecimal getValue();

    /** The upper bound, only for {@code BETWEEN}. */
    public abstract Optional<BigDecimal> getUpper();

    /**
     * The target "at least {@code value}".
     *
     * @param value the value, not null
     * @return the target, never null
     * @throws NullPointerException if {@code value} is null
     */
    public static Target atLeast(BigDecimal value) {
        return ImmutableTarget.builder().comparator(TargetComparator.AT_LEAST).value(value).build();
    }

    /**
     * The target "at least {@code value}" for a whole number, such as a count of participants or a share
     * in whole percent.
     *
     * @param value the value
     * @return the target, never null
     */
    public static Target atLeast(int value) {
        return atLeast(BigDecimal.valueOf(value));
    }

    /**
     * The target "at most {@code value}".
     *
     * @param value the value, not null
     * @return the target, never null
     * @throws NullPointerException if {@code value} is null
     */
    public static Target atMost(BigDecimal value) {
        return ImmutableTarget.builder().comparator(TargetComparator.AT_MOST).value(value).build();
    }

    /**
     * The target "at most {@code value}" for a whole number.
     *
     * @param value the value
     * @return the target, never null
     */
    public static Target atMost(int value) {
        return atMost(BigDecimal.valueOf(value));
    }

    /**
     * The target "between {@code value} and {@code upper}", both inclusive.
     *
     * @param value the lower bound, not null
     * @param upper the upper bound, not null
     * @return the target, never null
     * @throws NullPointerException if an argument is null
     */
    public static Target between(BigDecimal value, BigDecimal upper) {
        return ImmutableTarget.builder().comparator(TargetComparator.BETWEEN).value(value).upper(upper).build();
    }

    /**
     * The target "between {@code value} and {@code upper}", both inclusive, for whole numbers.
     *
     * @param value the lower bound
     * @param upper the upper bound
     * @return the target, never null
     */
    public static Target between(int value, int upper) {
        return between(BigDecimal.valueOf(value), BigDecimal.valueOf(upper));
    }

    /**
     * A builder for a target.
     *
     * @return a new builder, never null
     */
    public static ImmutableTarget.Builder builder() {
        return ImmutableTarget.builder();
    }
}

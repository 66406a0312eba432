package se.samverkan.model.range;

import java.util.Objects;
import org.immutables.value.Value;
import se.samverkan.model.validation.RangeOrder;

/**
 * A closed range of whole numbers ({@code min}..{@code max}, both inclusive), such as an age range
 * (<i>åldersintervall</i>) of 25–45 years or a planned group size of 6–8 participants.
 *
 * <p>A range whose maximum lies below its minimum can be built and is reported by validation
 * ({@link RangeOrder}). Instances are immutable and thread-safe.
 */
@Value.Immutable
@RangeOrder
public abstract class IntRange {

    IntRange() {
    }

    /** The smallest value in the range. */
    public abstract int getMin();

    /** The largest value in the range. */
    public abstract int getMax();

    /**
     * The closed range {@code min}..{@code max}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the range, never null
     */
    public static IntRange of(int min, int max) {
        return ImmutableIntRange.builder().min(min).max(max).build();
    }

    /**
     * A builder for a range.
     *
     * @return a new builder, never null
     */
    public static ImmutableIntRange.Builder builder() {
        return ImmutableIntRange.builder();
    }

    /**
     * Whether the value lies in the range.
     *
     * @param value the value
     * @return true if {@code min ≤ value ≤ max}
     */
    public boolean contains(int value) {
        return getMin() <= value && value <= getMax();
    }

    /**
     * Whether the other range lies entirely inside this one.
     *
     * @param other the other range, not null
     * @return true if {@code min ≤ other.min} and {@code other.max ≤ max}
     * @throws NullPointerException if {@code other} is null
     */
    public boolean encloses(IntRange other) {
        Objects.requireNonNull(other, "other");
        return getMin() <= other.getMin() && other.getMax() <= getMax();
    }

    @Override
    public String toString() {
        return getMin() + "-" + getMax();
    }
}

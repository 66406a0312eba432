package se.samverkan.metrics.participants;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import se.samverkan.model.range.IntRange;

import org.jspecify.annotations.Nullable;

/**
 * An age band (<i>åldersgrupp</i>) for counting participants by age at start: a closed range of ages,
 * possibly open at the lower or the upper end, such as ESF+'s "under 18" or "55 and over".
 *
 * <p>Its {@link #key() key} is {@code MIN-MAX}, {@code -MAX} for a band open below and {@code MIN-}
 * for a band open above (docs/cli.md), e.g. {@code "18-29"}, {@code "-17"}, {@code "55-"}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AgeBand {

    private final Integer min;
    private final Integer max;

    private AgeBand(Integer min, Integer max) {
        if (min != null && max != null && max < min) {
            throw new IllegalArgumentException("age band " + min + "-" + max + " ends before it starts");
        }
        if ((min != null && min < 0) || (max != null && max < 0)) {
            throw new IllegalArgumentException("an age is never negative");
        }
        this.min = min;
        this.max = max;
    }

    /**
     * The band {@code min}..{@code max}, both inclusive.
     *
     * @param min the lowest age in the band (≥ 0)
     * @param max the highest age in the band (≥ {@code min})
     * @return the band, never null
     * @throws IllegalArgumentException if an age is negative or {@code max < min}
     */
    public static AgeBand of(int min, int max) {
        return new AgeBand(min, max);
    }

    /**
     * The band of an expected table's age range.
     *
     * @param range the range, not null
     * @return the band {@code range.min}..{@code range.max}, never null
     * @throws NullPointerException if {@code range} is null
     * @throws IllegalArgumentException if an age is negative or the range is disordered
     */
    public static AgeBand of(IntRange range) {
        Objects.requireNonNull(range, "range");
        return new AgeBand(range.getMin(), range.getMax());
    }

    /**
     * The band open below: every age up to {@code max}, inclusive.
     *
     * @param max the highest age in the band (≥ 0)
     * @return the band, never null
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public static AgeBand upTo(int max) {
        return new AgeBand(null, max);
    }

    /**
     * The band open above: every age from {@code min}, inclusive.
     *
     * @param min the lowest age in the band (≥ 0)
     * @return the band, never null
     * @throws IllegalArgumentException if {@code min} is negative
     */
    public static AgeBand from(int min) {
        return new AgeBand(min, null);
    }

    /**
     * The lowest age in the band.
     *
     * @return the age, or empty for a band open below
     */
    public OptionalInt min() {
        return min == null ? OptionalInt.empty() : OptionalInt.of(min);
    }

    /**
     * The highest age in the band.
     *
     * @return the age, or empty for a band open above
     */
    public OptionalInt max() {
        return max == null ? OptionalInt.empty() : OptionalInt.of(max);
    }

    /**
     * Whether the age lies in the band.
     *
     * @param age the age
     * @return true if the age is within the band's bounds, ends included
     */
    public boolean contains(int age) {
        return (min == null || min <= age) && (max == null || age <= max);
    }

    boolean overlaps(AgeBand other) {
        long lowA = min == null ? Long.MIN_VALUE : min;
        long highA = max == null ? Long.MAX_VALUE : max;
        long lowB = other.min == null ? Long.MIN_VALUE : other.min;
        long highB = other.max == null ? Long.MAX_VALUE : other.max;
        return lowA <= highB && lowB <= highA;
    }

    /**
     * The band's key as written in the metrics output.
     *
     * @return {@code MIN-MAX}, {@code -MAX} or {@code MIN-}, never null
     */
    public String key() {
        return key(min, max);
    }

    /**
     * The key of the age band with these bounds, as written in the metrics output and shown in reports:
     * the one place the form of an age band's key is decided (participants without a birth year go to
     * {@link AgeBands#UNKNOWN}).
     *
     * @param min the lowest age, or null for no lower bound
     * @param max the highest age, or null for no upper bound
     * @return {@code MIN-MAX}, {@code -MAX}, {@code MIN-} or {@code -}, never null
     */
    public static String key(@Nullable Integer min, @Nullable Integer max) {
        return (min == null ? "" : min.toString()) + "-" + (max == null ? "" : max.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgeBand
            && Objects.equals(min, ((AgeBand) other).min) && Objects.equals(max, ((AgeBand) other).max);
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, max);
    }

    @Override
    public String toString() {
        return key();
    }
}

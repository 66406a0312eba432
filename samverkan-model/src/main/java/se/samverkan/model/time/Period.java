package se.samverkan.model.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.IntStream;
import org.immutables.value.Value;
import se.samverkan.model.validation.PeriodOrder;

/**
 * A closed period of dates (<i>period</i>): both {@code start} and {@code end} belong to it.
 *
 * <p>A period whose end lies before its start can be built, so that a document can be read and every
 * problem reported at once; validation reports it ({@link PeriodOrder}). The query methods treat such
 * a period as empty.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@PeriodOrder
public abstract class Period {

    Period() {
    }

    /** The first day of the period (inclusive), never null. */
    public abstract LocalDate getStart();

    /** The last day of the period (inclusive), never null. */
    public abstract LocalDate getEnd();

    /**
     * A closed period from {@code start} to {@code end}, both inclusive.
     *
     * @param start the first day, not null
     * @param end the last day, not null
     * @return the period, never null
     * @throws NullPointerException if either date is null
     */
    public static Period of(LocalDate start, LocalDate end) {
        return ImmutablePeriod.builder()
            .start(Objects.requireNonNull(start, "start"))
            .end(Objects.requireNonNull(end, "end"))
            .build();
    }

    /**
     * A builder for a period.
     *
     * @return a new builder, never null
     */
    public static ImmutablePeriod.Builder builder() {
        return ImmutablePeriod.builder();
    }

    /**
     * Whether the end is on or after the start.
     *
     * @return true for a well-ordered period
     */
    public boolean isOrdered() {
        return !getEnd().isBefore(getStart());
    }

    /**
     * Whether the date lies in the period, ends included.
     *
     * @param date the date, not null
     * @return true if {@code start ≤ date ≤ end}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(getStart()) && !date.isAfter(getEnd());
    }

    /**
     * Whether the other period lies entirely inside this one.
     *
     * @param other the other period, not null
     * @return true if this period encloses {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    public boolean encloses(Period other) {
        Objects.requireNonNull(other, "other");
        return !other.getStart().isBefore(getStart()) && !other.getEnd().isAfter(getEnd());
    }

    /**
     * Whether the two periods share at least one day.
     *
     * @param other the other period, not null
     * @return true if they overlap
     * @throws NullPointerException if {@code other} is null
     */
    public boolean overlaps(Period other) {
        Objects.requireNonNull(other, "other");
        return isOrdered() && other.isOrdered()
            && !other.getStart().isAfter(getEnd()) && !getStart().isAfter(other.getEnd());
    }

    /**
     * The calendar years the period touches, in order (empty for a period whose end is before its
     * start).
     *
     * @return the years, never null
     */
    public IntStream years() {
        return isOrdered() ? IntStream.rangeClosed(getStart().getYear(), getEnd().getYear()) : IntStream.empty();
    }

    /**
     * Whether the period touches the given calendar year.
     *
     * @param year the year
     * @return true if some day of the year lies in the period
     */
    public boolean touchesYear(int year) {
        return isOrdered() && getStart().getYear() <= year && year <= getEnd().getYear();
    }

    @Override
    public String toString() {
        return getStart() + "/" + getEnd();
    }
}

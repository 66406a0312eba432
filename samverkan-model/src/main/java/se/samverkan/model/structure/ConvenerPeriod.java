package se.samverkan.model.structure;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.validation.EndNotBeforeStart;

/**
 * The period a party convenes a group (<i>sammankallandeperiod</i>): a first day and, unless it runs until
 * further notice (<i>tills vidare</i>), a last day, both inclusive. The one place of the model where a
 * period may be open-ended. An end before the start can be built and is reported by validation
 * ({@link EndNotBeforeStart}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@EndNotBeforeStart
public abstract class ConvenerPeriod {

    ConvenerPeriod() {
    }

    /** The first day (inclusive), never null. */
    public abstract LocalDate getStart();

    /** The last day (inclusive); empty while it runs until further notice. */
    public abstract Optional<LocalDate> getEnd();

    /**
     * Whether the end, if any, is on or after the start.
     *
     * @return true for a well-ordered period
     */
    public boolean isOrdered() {
        return getEnd().map(end -> !end.isBefore(getStart())).orElse(true);
    }

    /**
     * Whether the two periods share at least one day; a disordered period shares none.
     *
     * @param other the other period, not null
     * @return true if they overlap
     * @throws NullPointerException if {@code other} is null
     */
    public boolean overlaps(ConvenerPeriod other) {
        boolean otherStartsInTime = getEnd().map(end -> !other.getStart().isAfter(end)).orElse(true);
        boolean thisStartsInTime = other.getEnd().map(end -> !getStart().isAfter(end)).orElse(true);
        return isOrdered() && other.isOrdered() && otherStartsInTime && thisStartsInTime;
    }

    /**
     * A builder for a period; {@code start} is mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableConvenerPeriod.Builder builder() {
        return ImmutableConvenerPeriod.builder();
    }
}

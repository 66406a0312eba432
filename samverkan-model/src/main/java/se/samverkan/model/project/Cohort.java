package se.samverkan.model.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.IntRangeWithin;

/**
 * A group start (<i>gruppstart, omgång</i>) of an intervention: its number, period and planned size.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cohort {

    Cohort() {
    }

    /** The cohort's id within its project, never null. */
    @Id
    public abstract String getId();

    /** The cohort's number (1, 2, …). */
    @Positive
    public abstract int getNumber();

    /** The cohort's period, never null. */
    @Valid
    public abstract Period getPeriod();

    /** The planned group size, such as 6–8. */
    public abstract Optional<@Valid @IntRangeWithin(min = 0) IntRange> getPlannedSize();

    /**
     * A builder for a cohort; {@code id}, {@code number} and {@code period} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableCohort.Builder builder() {
        return ImmutableCohort.builder();
    }
}

package se.samverkan.model.project;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.validation.ExactlyOneExtent;

/**
 * The extent of a resource in kind (<i>omfattning</i>): exactly one of full-time equivalents
 * (<i>årsarbetare</i>), days over the whole intervention, or hours per week ({@link ExactlyOneExtent}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@ExactlyOneExtent
public abstract class ResourceExtent {

    ResourceExtent() {
    }

    /** Full-time equivalents (<i>årsarbetare</i>), such as 1.0 or 0.5; 0 to 1000. */
    public abstract Optional<
        @DecimalMin(value = "0", message = "{se.samverkan.validation.DecimalMin.atLeast}")
        @DecimalMax(value = "1000", message = "{se.samverkan.validation.DecimalMax.atMost}")
        BigDecimal> getFte();

    /** Days over the whole intervention; 0 to 100 000. */
    public abstract Optional<
        @DecimalMin(value = "0", message = "{se.samverkan.validation.DecimalMin.atLeast}")
        @DecimalMax(value = "100000", message = "{se.samverkan.validation.DecimalMax.atMost}")
        BigDecimal> getDays();

    /** Hours per week; 0 to 168. */
    public abstract Optional<
        @DecimalMin(value = "0", message = "{se.samverkan.validation.DecimalMin.atLeast}")
        @DecimalMax(value = "168", message = "{se.samverkan.validation.DecimalMax.atMost}")
        BigDecimal> getHoursPerWeek();

    /**
     * An extent in full-time equivalents.
     *
     * @param fte the full-time equivalents, not null
     * @return the extent, never null
     * @throws NullPointerException if {@code fte} is null
     */
    public static ResourceExtent ofFte(BigDecimal fte) {
        return ImmutableResourceExtent.builder().fte(fte).build();
    }

    /**
     * A builder for an extent.
     *
     * @return a new builder, never null
     */
    public static ImmutableResourceExtent.Builder builder() {
        return ImmutableResourceExtent.builder();
    }
}

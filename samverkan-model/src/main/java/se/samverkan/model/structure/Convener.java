package se.samverkan.model.structure;

import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.validation.Id;

/**
 * A party that convenes a cooperation group (<i>sammankallande</i>) for a period — calls the meetings,
 * sets the agenda, keeps the notes — and, where the convening is paid for, the intervention
 * (<i>insats</i>) that pays it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Convener {

    Convener() {
    }

    /** The id of the convening party, never null. */
    @Id
    public abstract String getParty();

    /** The period of the assignment, possibly open-ended, never null. */
    @Valid
    public abstract ConvenerPeriod getPeriod();

    /** The id of the intervention that pays for the convening, if any. */
    public abstract Optional<@Id String> getFinancedBy();

    /**
     * A builder for a convener; {@code party} and {@code period} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableConvener.Builder builder() {
        return ImmutableConvener.builder();
    }
}

package se.samverkan.model.project;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.money.Amount;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.NonNegative;
import se.samverkan.model.validation.SharesSumToOne;
import se.samverkan.model.validation.Text;
import se.samverkan.model.validation.StatedAmount;

/**
 * A resource in kind (<i>resursfördelning</i>): staff a party employs (<i>arbetsgivaransvar</i>) for the
 * intervention, its extent, who pays it in which shares (summing to exactly 1, {@link SharesSumToOne})
 * and, optionally, its annual cost.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@SharesSumToOne
public abstract class Resource {

    Resource() {
    }

    /** The id of the employing party, never null. */
    @Id
    public abstract String getParty();

    /** The role, such as "processledare", never null. */
    @Text(max = 300)
    public abstract String getRole();

    /** The extent, never null. */
    @Valid
    public abstract ResourceExtent getExtent();

    /** Who pays the resource, in which shares. */
    public abstract List<@Valid FundingShare> getFundedBy();

    /** The annual cost (≥ 0), if known. */
    public abstract Optional<@NonNegative @StatedAmount Amount> getAnnualCost();

    /**
     * A builder for a resource; {@code party}, {@code role} and {@code extent} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableResource.Builder builder() {
        return ImmutableResource.builder();
    }
}

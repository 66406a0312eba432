package se.samverkan.model.association;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;
import se.samverkan.model.validation.Id;

/**
 * A coordination association (<i>samordningsförbund</i>, Finsamlagen 2003:1210): its members, its
 * funds per year and the keys that split the regions' and municipalities' quarters (docs/format.md).
 *
 * <p>The {@link #getId() id} is that of a party of type {@code COORDINATION_ASSOCIATION}. Whether the
 * members are complete (Försäkringskassan, Arbetsförmedlingen, a region, a municipality) is a reporting
 * rule, checked across the document.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoordinationAssociation {

    CoordinationAssociation() {
    }

    /** The id of the förbund's own party, never null. */
    @Id
    public abstract String getId();

    /** The member parties' ids, in member order. */
    public abstract List<@Id String> getMembers();

    /** The funds per calendar year. */
    public abstract List<@Valid Funding> getFunding();

    /** The key for the municipalities' quarter; population by default. */
    @Valid
    @Value.Default
    public CostKey getMunicipalKey() {
        return CostKey.population();
    }

    /** The key for the regions' quarter; population by default. */
    @Valid
    @Value.Default
    public CostKey getRegionalKey() {
        return CostKey.population();
    }

    /**
     * A builder for a förbund; {@code id} is mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableCoordinationAssociation.Builder builder() {
        return ImmutableCoordinationAssociation.builder();
    }
}

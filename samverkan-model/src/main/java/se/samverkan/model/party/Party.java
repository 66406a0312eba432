package se.samverkan.model.party;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.MunicipalityCode;
import se.samverkan.model.validation.OrganisationNumber;
import se.samverkan.model.validation.Text;

/**
 * A party (<i>part, aktör</i>): an authority, region, municipality, förbund or other organisation, or
 * one of its units (docs/format.md).
 *
 * <p>A unit names its organisation in {@link #getParent()} ("Socialtjänsten" under "Umeå kommun");
 * for every legal rule and cost attribution it counts as its top-most ancestor's type.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
public abstract class Party {

    Party() {
    }

    /** The document-local id ({@code [a-z0-9][a-z0-9._-]*}, 1–64 characters), never null. */
    @Id
    public abstract String getId();

    /** The name, such as "Försäkringskassan" or "Umeå kommun, socialtjänsten", never null. */
    @Text(max = 300)
    public abstract String getName();

    /** The kind of party, never null. */
    public abstract PartyType getType();

    /** The id of the organisation this unit belongs to, if it is a unit. */
    public abstract Optional<@Id String> getParent();

    /** The Swedish organisationsnummer ({@code NNNNNN-NNNN}, Luhn check digit), if known. */
    public abstract Optional<@OrganisationNumber String> getOrganisationNumber();

    /** The four-digit municipality code (<i>kommunkod</i>), for municipalities. */
    public abstract Optional<@MunicipalityCode String> getMunicipalityCode();

    /** The population (<i>folkmängd</i>, ≥ 0) used by population keys. */
    public abstract Optional<@PositiveOrZero Long> getPopulation();

    /**
     * A builder for a party; {@code id}, {@code name} and {@code type} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableParty.Builder builder() {
        return ImmutableParty.builder();
    }
}

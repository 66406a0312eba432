package se.samverkan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.immutables.value.Value;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.party.Party;
import se.samverkan.model.project.Project;
import se.samverkan.model.structure.CooperationGroup;

/**
 * A samverkan document: the parties, coordination associations (<i>samordningsförbund</i>),
 * interventions (<i>insatser</i>), cooperation groups (<i>samverkansstruktur</i>) and participants
 * (<i>deltagare</i>) that one export holds
 * (docs/format.md). Ids are local to the document.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@se.samverkan.model.internal.ValueStyle
public abstract class SamverkanDocument {

    /** The document format version this library writes. */
    public static final String SCHEMA_VERSION = "1";

    SamverkanDocument() {
    }

    /** The format version; {@value #SCHEMA_VERSION} for this library. */
    @Pattern(regexp = "1", message = "{se.samverkan.validation.SchemaVersion.message}")
    @Value.Default
    public String getSchemaVersion() {
        return SCHEMA_VERSION;
    }

    /** The parties. */
    public abstract List<@Valid Party> getParties();

    /** The coordination associations. */
    public abstract List<@Valid CoordinationAssociation> getAssociations();

    /** The interventions. */
    public abstract List<@Valid Project> getProjects();

    /** The cooperation groups of the associations' structures. */
    public abstract List<@Valid CooperationGroup> getStructures();

    /** The participants. */
    public abstract List<@Valid Participant> getParticipants();

    /**
     * A builder for a document.
     *
     * @return a new builder, never null
     */
    public static ImmutableSamverkanDocument.Builder builder() {
        return ImmutableSamverkanDocument.builder();
    }
}

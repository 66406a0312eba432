package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.party.Party;
import se.samverkan.model.project.Project;
import se.samverkan.model.structure.CooperationGroup;

/**
 * Jackson mix-ins for the document root: read through {@link ImmutableSamverkanDocument.Builder}, one
 * builder overload per JSON property, properties written in the order of docs/format.md.
 */
final class DocumentMixIns {

    private DocumentMixIns() {
    }

    @JsonDeserialize(builder = ImmutableSamverkanDocument.Builder.class)
    abstract static class Document {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class DocumentBuilder {
        @JsonProperty("schemaVersion")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableSamverkanDocument.Builder schemaVersion(String schemaVersion);

        @JsonProperty("parties")
        abstract ImmutableSamverkanDocument.Builder parties(Iterable<? extends Party> elements);

        @JsonProperty("associations")
        abstract ImmutableSamverkanDocument.Builder associations(
            Iterable<? extends CoordinationAssociation> elements);

        @JsonProperty("projects")
        abstract ImmutableSamverkanDocument.Builder projects(Iterable<? extends Project> elements);

        @JsonProperty("structures")
        abstract ImmutableSamverkanDocument.Builder structures(Iterable<? extends CooperationGroup> elements);

        @JsonProperty("participants")
        abstract ImmutableSamverkanDocument.Builder participants(Iterable<? extends Participant> elements);
    }
}

package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import se.samverkan.model.party.ImmutableParty;
import se.samverkan.model.party.PartyType;

/** Jackson mix-ins for {@code Party}. */
final class PartyMixIns {

    private PartyMixIns() {
    }

    @JsonDeserialize(builder = ImmutableParty.Builder.class)
    abstract static class Party {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class PartyBuilder {
        @JsonProperty("id")
        abstract ImmutableParty.Builder id(String id);

        @JsonProperty("name")
        abstract ImmutableParty.Builder name(String name);

        @JsonProperty("type")
        abstract ImmutableParty.Builder type(PartyType type);

        @JsonProperty("parent")
        abstract ImmutableParty.Builder parent(Optional<String> parent);

        @JsonProperty("organisationNumber")
        abstract ImmutableParty.Builder organisationNumber(Optional<String> organisationNumber);

        @JsonProperty("municipalityCode")
        abstract ImmutableParty.Builder municipalityCode(Optional<String> municipalityCode);

        @JsonProperty("population")
        abstract ImmutableParty.Builder population(Optional<Long> population);
    }
}

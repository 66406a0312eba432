package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Jackson mix-ins for writing participants (<i>deltagare</i>) and their participations
 * (<i>deltaganden</i>): the property order of JSON.md §1. They are read by {@link ParticipantDeserializer}
 * and {@link ParticipationDeserializer}, not through their builders.
 */
final class ParticipantMixIns {

    private ParticipantMixIns() {
    }

    @JsonPropertyOrder({"id", "anonymous", "gender", "birthYear", "educationLevel", "participations"})
    abstract static class Participant {
    }

    @JsonPropertyOrder({"project", "start", "end", "cohort", "authorityContacts", "incomeAtStart", "incomeAtEnd",
        "exitOutcome", "survey", "reenrolmentReason"})
    abstract static class OneParticipation {
        @JsonIgnore
        abstract boolean isCounted();
    }
}

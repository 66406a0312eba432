package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Jackson mix-ins for writing participants (<i>deltagare</i>) and their participations
 * (<i>deltaganden</i>): the property order of docs/format.md. They are read by {@link ParticipantDeserializer}
 * and {@link ParticipationDeserializer}, not through their builders.
 */
final class ParticipantMixIns {

    private ParticipantMixIns() {
    }

    abstract static class Participant {
    }

    abstract static class OneParticipation {
        @JsonIgnore
        abstract boolean isCounted();
    }
}

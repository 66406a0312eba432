package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.PartyType;

/** Jackson mix-ins for participants (<i>deltagare</i>) and their participations (<i>deltaganden</i>). */
final class ParticipantMixIns {

    private ParticipantMixIns() {
    }

    @JsonDeserialize(builder = ImmutableParticipant.Builder.class)
    @JsonPropertyOrder({"id", "anonymous", "gender", "birthYear", "educationLevel", "participations"})
    abstract static class Participant {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class ParticipantBuilder {
        @JsonProperty("id")
        abstract ImmutableParticipant.Builder id(String id);

        @JsonProperty("anonymous")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableParticipant.Builder anonymous(boolean anonymous);

        @JsonProperty("gender")
        abstract ImmutableParticipant.Builder gender(Gender gender);

        @JsonProperty("birthYear")
        abstract ImmutableParticipant.Builder birthYear(Optional<Integer> birthYear);

        @JsonProperty("educationLevel")
        abstract ImmutableParticipant.Builder educationLevel(Optional<? extends EducationLevel> educationLevel);

        @JsonProperty("participations")
        abstract ImmutableParticipant.Builder participations(Iterable<? extends Participation> elements);
    }

    @JsonDeserialize(builder = ImmutableParticipation.Builder.class)
    @JsonPropertyOrder({"project", "start", "end", "cohort", "authorityContacts", "incomeAtStart", "incomeAtEnd",
        "exitOutcome", "survey", "reenrolmentReason"})
    abstract static class OneParticipation {
        @JsonIgnore
        abstract boolean isCounted();
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class OneParticipationBuilder {
        @JsonProperty("project")
        abstract ImmutableParticipation.Builder project(String project);

        @JsonProperty("start")
        abstract ImmutableParticipation.Builder start(LocalDate start);

        @JsonProperty("end")
        abstract ImmutableParticipation.Builder end(Optional<? extends LocalDate> end);

        @JsonProperty("cohort")
        abstract ImmutableParticipation.Builder cohort(Optional<String> cohort);

        @JsonProperty("authorityContacts")
        abstract ImmutableParticipation.Builder authorityContacts(Iterable<PartyType> elements);

        @JsonProperty("incomeAtStart")
        abstract ImmutableParticipation.Builder incomeAtStart(Iterable<IncomeSource> elements);

        @JsonProperty("incomeAtEnd")
        abstract ImmutableParticipation.Builder incomeAtEnd(Iterable<IncomeSource> elements);

        @JsonProperty("exitOutcome")
        abstract ImmutableParticipation.Builder exitOutcome(Optional<? extends ExitOutcome> exitOutcome);

        @JsonProperty("survey")
        abstract ImmutableParticipation.Builder survey(Map<String, ? extends Integer> entries);

        @JsonProperty("reenrolmentReason")
        abstract ImmutableParticipation.Builder reenrolmentReason(Optional<String> reenrolmentReason);
    }
}

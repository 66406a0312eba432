package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import se.samverkan.model.structure.Convener;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.structure.GroupLevel;
import se.samverkan.model.structure.GroupMember;
import se.samverkan.model.structure.ImmutableConvener;
import se.samverkan.model.structure.ImmutableConvenerPeriod;
import se.samverkan.model.structure.ImmutableCooperationGroup;
import se.samverkan.model.structure.ImmutableGroupMember;
import se.samverkan.model.structure.ImmutableMeeting;
import se.samverkan.model.structure.Meeting;
import se.samverkan.model.structure.MemberRole;

/** Jackson mix-ins for cooperation groups (<i>samverkansstruktur</i>) and their members, conveners and meetings. */
final class StructureMixIns {

    private StructureMixIns() {
    }

    @JsonDeserialize(builder = ImmutableCooperationGroup.Builder.class)
    @JsonPropertyOrder({"id", "name", "level", "association", "area", "reportsTo", "members", "conveners",
        "meetingsPerYear", "decided", "validFrom", "validTo", "reviewsPerYear", "standingItems", "meetings"})
    abstract static class Group {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class GroupBuilder {
        @JsonProperty("id")
        abstract ImmutableCooperationGroup.Builder id(String id);

        @JsonProperty("name")
        abstract ImmutableCooperationGroup.Builder name(String name);

        @JsonProperty("level")
        abstract ImmutableCooperationGroup.Builder level(GroupLevel level);

        @JsonProperty("association")
        abstract ImmutableCooperationGroup.Builder association(Optional<String> association);

        @JsonProperty("area")
        abstract ImmutableCooperationGroup.Builder area(Iterable<String> elements);

        @JsonProperty("reportsTo")
        abstract ImmutableCooperationGroup.Builder reportsTo(Optional<String> reportsTo);

        @JsonProperty("members")
        abstract ImmutableCooperationGroup.Builder members(Iterable<? extends GroupMember> elements);

        @JsonProperty("conveners")
        abstract ImmutableCooperationGroup.Builder conveners(Iterable<? extends Convener> elements);

        @JsonProperty("meetingsPerYear")
        abstract ImmutableCooperationGroup.Builder meetingsPerYear(int meetingsPerYear);

        @JsonProperty("decided")
        abstract ImmutableCooperationGroup.Builder decided(Optional<LocalDate> decided);

        @JsonProperty("validFrom")
        abstract ImmutableCooperationGroup.Builder validFrom(Optional<LocalDate> validFrom);

        @JsonProperty("validTo")
        abstract ImmutableCooperationGroup.Builder validTo(Optional<LocalDate> validTo);

        // Bound to the int overload with the Integer reader, so that a wrong value gets the same problem as
        // any other integer; null means "not given", like an absent key.
        @JsonProperty("reviewsPerYear")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableCooperationGroup.Builder reviewsPerYear(int reviewsPerYear);

        @JsonProperty("standingItems")
        abstract ImmutableCooperationGroup.Builder standingItems(Iterable<String> elements);

        @JsonProperty("meetings")
        abstract ImmutableCooperationGroup.Builder meetings(Iterable<? extends Meeting> elements);
    }

    @JsonDeserialize(builder = ImmutableGroupMember.Builder.class)
    @JsonPropertyOrder({"party", "role", "note"})
    abstract static class Member {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class MemberBuilder {
        @JsonProperty("party")
        abstract ImmutableGroupMember.Builder party(String party);

        @JsonProperty("role")
        abstract ImmutableGroupMember.Builder role(MemberRole role);

        @JsonProperty("note")
        abstract ImmutableGroupMember.Builder note(Optional<String> note);
    }

    @JsonDeserialize(builder = ImmutableConvener.Builder.class)
    @JsonPropertyOrder({"party", "period", "financedBy"})
    abstract static class GroupConvener {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class GroupConvenerBuilder {
        @JsonProperty("party")
        abstract ImmutableConvener.Builder party(String party);

        @JsonProperty("period")
        abstract ImmutableConvener.Builder period(ConvenerPeriod period);

        @JsonProperty("financedBy")
        abstract ImmutableConvener.Builder financedBy(Optional<String> financedBy);
    }

    @JsonDeserialize(builder = ImmutableConvenerPeriod.Builder.class)
    @JsonPropertyOrder({"start", "end"})
    abstract static class OpenPeriod {
        @JsonIgnore
        abstract boolean isOrdered();
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class OpenPeriodBuilder {
        @JsonProperty("start")
        abstract ImmutableConvenerPeriod.Builder start(LocalDate start);

        @JsonProperty("end")
        abstract ImmutableConvenerPeriod.Builder end(Optional<LocalDate> end);
    }

    @JsonDeserialize(builder = ImmutableMeeting.Builder.class)
    @JsonPropertyOrder({"date", "attending"})
    abstract static class GroupMeeting {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class GroupMeetingBuilder {
        @JsonProperty("date")
        abstract ImmutableMeeting.Builder date(LocalDate date);

        @JsonProperty("attending")
        abstract ImmutableMeeting.Builder attending(Iterable<String> elements);
    }
}

package se.samverkan.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.ImmutableCohort;
import se.samverkan.model.project.ImmutableEsf;
import se.samverkan.model.project.ImmutableFundingShare;
import se.samverkan.model.project.ImmutableParticipantCount;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.project.ImmutableResource;
import se.samverkan.model.project.ImmutableResourceExtent;
import se.samverkan.model.project.ImmutableSurveyQuestion;
import se.samverkan.model.project.ImmutableTargetGroup;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.ParticipantCount;
import se.samverkan.model.project.PriorityGroup;
import se.samverkan.model.project.ProjectKind;
import se.samverkan.model.project.Resource;
import se.samverkan.model.project.ResourceExtent;
import se.samverkan.model.project.SurveyQuestion;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/** Jackson mix-ins for interventions (<i>insatser</i>) and everything a project holds. */
final class ProjectMixIns {

    private ProjectMixIns() {
    }

    @JsonDeserialize(builder = ImmutableProject.Builder.class)
    abstract static class Project {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class ProjectBuilder {
        @JsonProperty("id")
        abstract ImmutableProject.Builder id(String id);

        @JsonProperty("name")
        abstract ImmutableProject.Builder name(String name);

        @JsonProperty("reference")
        abstract ImmutableProject.Builder reference(Optional<String> reference);

        @JsonProperty("kind")
        abstract ImmutableProject.Builder kind(ProjectKind kind);

        @JsonProperty("orientation")
        abstract ImmutableProject.Builder orientation(Orientation orientation);

        @JsonProperty("measurement")
        abstract ImmutableProject.Builder measurement(Measurement measurement);

        @JsonProperty("owner")
        abstract ImmutableProject.Builder owner(String owner);

        @JsonProperty("financiers")
        abstract ImmutableProject.Builder financiers(Iterable<String> elements);

        @JsonProperty("partners")
        abstract ImmutableProject.Builder partners(Iterable<String> elements);

        @JsonProperty("period")
        abstract ImmutableProject.Builder period(Period period);

        @JsonProperty("targetGroup")
        abstract ImmutableProject.Builder targetGroup(TargetGroup targetGroup);

        @JsonProperty("goals")
        abstract ImmutableProject.Builder goals(Iterable<? extends Goal> elements);

        @JsonProperty("budget")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableProject.Builder budget(Budget budget);

        @JsonProperty("outcome")
        abstract ImmutableProject.Builder outcome(Optional<? extends Budget> outcome);

        @JsonProperty("resources")
        abstract ImmutableProject.Builder resources(Iterable<? extends Resource> elements);

        @JsonProperty("cohorts")
        abstract ImmutableProject.Builder cohorts(Iterable<? extends Cohort> elements);

        @JsonProperty("esf")
        abstract ImmutableProject.Builder esf(Optional<? extends Esf> esf);

        @JsonProperty("participantCounts")
        abstract ImmutableProject.Builder participantCounts(Iterable<? extends ParticipantCount> elements);

        @JsonProperty("surveyQuestions")
        abstract ImmutableProject.Builder surveyQuestions(Iterable<? extends SurveyQuestion> elements);
    }

    @JsonDeserialize(builder = ImmutableTargetGroup.Builder.class)
    abstract static class Group {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class GroupBuilder {
        @JsonProperty("description")
        abstract ImmutableTargetGroup.Builder description(String description);

        @JsonProperty("ageRange")
        abstract ImmutableTargetGroup.Builder ageRange(IntRange ageRange);

        @JsonProperty("priorityGroups")
        abstract ImmutableTargetGroup.Builder priorityGroups(Iterable<PriorityGroup> elements);

        @JsonProperty("minAuthorityContacts")
        @JsonSetter(nulls = Nulls.SKIP)
        abstract ImmutableTargetGroup.Builder minAuthorityContacts(int minAuthorityContacts);

        @JsonProperty("municipalities")
        abstract ImmutableTargetGroup.Builder municipalities(Iterable<String> elements);

        @JsonProperty("estimatedSize")
        abstract ImmutableTargetGroup.Builder estimatedSize(Optional<? extends IntRange> estimatedSize);

        @JsonProperty("plannedParticipants")
        abstract ImmutableTargetGroup.Builder plannedParticipants(Optional<? extends IntRange> plannedParticipants);
    }

    @JsonDeserialize(builder = ImmutableResource.Builder.class)
    abstract static class ProjectResource {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class ProjectResourceBuilder {
        @JsonProperty("party")
        abstract ImmutableResource.Builder party(String party);

        @JsonProperty("role")
        abstract ImmutableResource.Builder role(String role);

        @JsonProperty("extent")
        abstract ImmutableResource.Builder extent(ResourceExtent extent);

        @JsonProperty("fundedBy")
        abstract ImmutableResource.Builder fundedBy(Iterable<? extends FundingShare> elements);

        @JsonProperty("annualCost")
        abstract ImmutableResource.Builder annualCost(Optional<? extends Amount> annualCost);
    }

    @JsonDeserialize(builder = ImmutableResourceExtent.Builder.class)
    abstract static class Extent {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class ExtentBuilder {
        @JsonProperty("fte")
        abstract ImmutableResourceExtent.Builder fte(Optional<? extends BigDecimal> fte);

        @JsonProperty("days")
        abstract ImmutableResourceExtent.Builder days(Optional<? extends BigDecimal> days);

        @JsonProperty("hoursPerWeek")
        abstract ImmutableResourceExtent.Builder hoursPerWeek(Optional<? extends BigDecimal> hoursPerWeek);
    }

    @JsonDeserialize(builder = ImmutableFundingShare.Builder.class)
    abstract static class FunderShare {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class FunderShareBuilder {
        @JsonProperty("party")
        abstract ImmutableFundingShare.Builder party(String party);

        @JsonProperty("share")
        abstract ImmutableFundingShare.Builder share(Share share);
    }

    @JsonDeserialize(builder = ImmutableCohort.Builder.class)
    abstract static class ProjectCohort {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class ProjectCohortBuilder {
        @JsonProperty("id")
        abstract ImmutableCohort.Builder id(String id);

        @JsonProperty("number")
        abstract ImmutableCohort.Builder number(int number);

        @JsonProperty("period")
        abstract ImmutableCohort.Builder period(Period period);

        @JsonProperty("plannedSize")
        abstract ImmutableCohort.Builder plannedSize(Optional<? extends IntRange> plannedSize);
    }

    @JsonDeserialize(builder = ImmutableEsf.Builder.class)
    abstract static class EsfGrant {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class EsfGrantBuilder {
        @JsonProperty("caseNumber")
        abstract ImmutableEsf.Builder caseNumber(String caseNumber);

        @JsonProperty("programmeArea")
        abstract ImmutableEsf.Builder programmeArea(String programmeArea);

        @JsonProperty("specificObjective")
        abstract ImmutableEsf.Builder specificObjective(String specificObjective);

        @JsonProperty("interventionType")
        abstract ImmutableEsf.Builder interventionType(String interventionType);

        @JsonProperty("unionCoFinancingRate")
        abstract ImmutableEsf.Builder unionCoFinancingRate(BigDecimal unionCoFinancingRate);

        @JsonProperty("grantedSupport")
        abstract ImmutableEsf.Builder grantedSupport(Amount grantedSupport);

        @JsonProperty("totalBudget")
        abstract ImmutableEsf.Builder totalBudget(Amount totalBudget);
    }

    @JsonDeserialize(builder = ImmutableParticipantCount.Builder.class)
    abstract static class Count {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class CountBuilder {
        @JsonProperty("year")
        abstract ImmutableParticipantCount.Builder year(int year);

        @JsonProperty("gender")
        abstract ImmutableParticipantCount.Builder gender(Gender gender);

        @JsonProperty("count")
        abstract ImmutableParticipantCount.Builder count(int count);
    }

    @JsonDeserialize(builder = ImmutableSurveyQuestion.Builder.class)
    abstract static class Question {
    }

    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class QuestionBuilder {
        @JsonProperty("id")
        abstract ImmutableSurveyQuestion.Builder id(String id);

        @JsonProperty("text")
        abstract ImmutableSurveyQuestion.Builder text(String text);

        @JsonProperty("min")
        abstract ImmutableSurveyQuestion.Builder min(int min);

        @JsonProperty("max")
        abstract ImmutableSurveyQuestion.Builder max(int max);
    }
}

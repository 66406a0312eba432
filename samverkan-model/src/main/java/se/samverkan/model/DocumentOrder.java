package se.samverkan.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.Funding;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.GenderTotal;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.Target;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.Party;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.ParticipantCount;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.Resource;
import se.samverkan.model.project.ResourceExtent;
import se.samverkan.model.project.SurveyQuestion;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.structure.Convener;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupMember;
import se.samverkan.model.structure.Meeting;
import se.samverkan.model.time.Period;

/**
 * The order of each model type's properties in a document (<i>egenskapernas ordning</i>): the order the
 * JSON writer writes them, the JSON Schema lists them and reporting-rule findings are sorted by. This is the
 * one place it is decided; see {@code docs/format.md} for the document format.
 *
 * <p>The names are the JSON property names, which are the model's names. Several types share a name
 * ({@code period}, {@code fundedBy}, …) and no two types order the same pair of names differently.
 */
public final class DocumentOrder {

    private static final Map<Class<?>, List<String>> TYPES = ordered(List.of(
        Map.entry(SamverkanDocument.class, List.of("schemaVersion", "parties", "associations", "projects",
            "structures", "participants")),
        Map.entry(Party.class, List.of("id", "name", "type", "parent", "organisationNumber", "municipalityCode",
            "population")),
        Map.entry(CoordinationAssociation.class, List.of("id", "members", "funding", "municipalKey", "regionalKey")),
        Map.entry(Funding.class, List.of("year", "total", "equity", "administrationBudget", "administrationOutcome")),
        Map.entry(CostKey.class, List.of("method", "shares")),
        Map.entry(KeyShare.class, List.of("party", "share")),
        Map.entry(Project.class, List.of("id", "name", "reference", "kind", "orientation", "measurement", "owner",
            "financiers", "partners", "period", "targetGroup", "goals", "budget", "outcome", "resources", "cohorts",
            "esf", "participantCounts", "surveyQuestions")),
        Map.entry(TargetGroup.class, List.of("description", "ageRange", "priorityGroups", "minAuthorityContacts",
            "municipalities", "estimatedSize", "plannedParticipants")),
        Map.entry(Goal.class, List.of("id", "title", "indicator", "target", "baseline", "period", "breakdown")),
        Map.entry(Indicator.class, List.of("type", "outcomes", "question", "threshold", "reported", "achieved")),
        Map.entry(Target.class, List.of("comparator", "value", "upper")),
        Map.entry(Breakdown.class, List.of("ageBands", "cells", "rowTotals", "columnTotals", "total")),
        Map.entry(BreakdownCell.class, List.of("gender", "ageBand", "value")),
        Map.entry(Budget.class, List.of("lines", "statedTotals", "statedGrandTotal")),
        Map.entry(BudgetLine.class, List.of("year", "category", "item", "amount", "fundedBy")),
        Map.entry(StatedTotal.class, List.of("year", "amount")),
        Map.entry(Resource.class, List.of("party", "role", "extent", "fundedBy", "annualCost")),
        Map.entry(ResourceExtent.class, List.of("fte", "days", "hoursPerWeek")),
        Map.entry(Cohort.class, List.of("id", "number", "period", "plannedSize")),
        Map.entry(Esf.class, List.of("caseNumber", "programmeArea", "specificObjective", "interventionType",
            "unionCoFinancingRate", "grantedSupport", "totalBudget")),
        Map.entry(ParticipantCount.class, List.of("year", "gender", "count")),
        Map.entry(SurveyQuestion.class, List.of("id", "text", "min", "max")),
        Map.entry(CooperationGroup.class, List.of("id", "name", "level", "association", "area", "reportsTo",
            "members", "conveners", "meetingsPerYear", "decided", "validFrom", "validTo", "reviewsPerYear",
            "standingItems", "meetings")),
        Map.entry(GroupMember.class, List.of("party", "role", "note")),
        Map.entry(Convener.class, List.of("party", "period", "financedBy")),
        Map.entry(ConvenerPeriod.class, List.of("start", "end")),
        Map.entry(Meeting.class, List.of("date", "attending")),
        Map.entry(Participant.class, List.of("id", "anonymous", "gender", "birthYear", "educationLevel",
            "participations")),
        Map.entry(Participation.class, List.of("project", "start", "end", "cohort", "authorityContacts",
            "incomeAtStart", "incomeAtEnd", "exitOutcome", "survey", "reenrolmentReason")),
        Map.entry(Period.class, List.of("start", "end")),
        Map.entry(IntRange.class, List.of("min", "max")),
        Map.entry(GenderTotal.class, List.of("gender", "value")),
        Map.entry(AgeBandTotal.class, List.of("ageBand", "value")),
        Map.entry(FundingShare.class, List.of("party", "share"))));

    private DocumentOrder() {
    }

    private static Map<Class<?>, List<String>> ordered(List<Map.Entry<Class<?>, List<String>>> entries) {
        Map<Class<?>, List<String>> types = new LinkedHashMap<>();
        entries.forEach(entry -> types.put(entry.getKey(), entry.getValue()));
        return Collections.unmodifiableMap(types);
    }

    /**
     * Every model type with its properties in document order, the document itself first.
     *
     * @return an unmodifiable map in a fixed order, never null
     */
    public static Map<Class<?>, List<String>> types() {
        return TYPES;
    }

    /**
     * The properties of a model type in document order. An implementation class (such as the generated
     * immutable class) answers as the model type it implements.
     *
     * @param type a class, not null
     * @return the property names, unmodifiable; empty for a class that is not a model type
     * @throws NullPointerException if {@code type} is null
     */
    public static List<String> of(Class<?> type) {
        List<String> names = TYPES.get(type);
        if (names != null) {
            return names;
        }
        for (Map.Entry<Class<?>, List<String>> entry : TYPES.entrySet()) {
            if (entry.getKey().isAssignableFrom(type)) {
                return entry.getValue();
            }
        }
        return List.of();
    }
}

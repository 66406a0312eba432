package se.samverkan.metrics.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document order of the JSON properties of the model: one rank per property name such that, within
 * every type, the properties rank in the order the type declares them (its JSON order). Findings are
 * sorted by it, so they follow the document.
 *
 * <p>Several types share a name ({@code period}, {@code fundedBy}…); the ranks come from a
 * topological order of all the types' sequences, which exists because no two types order the same
 * pair of names differently (checked when the class loads).
 */
final class PropertyOrder {

    /** Each model type's properties in declaration (JSON) order. */
    static final List<List<String>> TYPES = List.of(
        List.of("schemaVersion", "parties", "associations", "projects", "structures", "participants"),
        List.of("id", "name", "type", "parent", "organisationNumber", "municipalityCode", "population"),
        List.of("id", "members", "funding", "municipalKey", "regionalKey"),
        List.of("year", "total", "equity", "administrationBudget", "administrationOutcome"),
        List.of("method", "shares"),
        List.of("party", "share"),
        List.of("id", "name", "reference", "kind", "orientation", "measurement", "owner", "financiers",
            "partners", "period", "targetGroup", "goals", "budget", "outcome", "resources", "cohorts", "esf",
            "participantCounts", "surveyQuestions"),
        List.of("description", "ageRange", "priorityGroups", "minAuthorityContacts", "municipalities",
            "estimatedSize", "plannedParticipants"),
        List.of("id", "title", "indicator", "target", "baseline", "period", "breakdown"),
        List.of("type", "outcomes", "question", "threshold", "reported", "achieved"),
        List.of("comparator", "value", "upper"),
        List.of("ageBands", "cells", "rowTotals", "columnTotals", "total"),
        List.of("gender", "ageBand", "value"),
        List.of("lines", "statedTotals", "statedGrandTotal"),
        List.of("year", "category", "item", "amount", "fundedBy"),
        List.of("year", "amount"),
        List.of("party", "role", "extent", "fundedBy", "annualCost"),
        List.of("fte", "days", "hoursPerWeek"),
        List.of("id", "number", "period", "plannedSize"),
        List.of("caseNumber", "programmeArea", "specificObjective", "interventionType", "unionCoFinancingRate",
            "grantedSupport", "totalBudget"),
        List.of("year", "gender", "count"),
        List.of("id", "text", "min", "max"),
        List.of("id", "name", "level", "association", "area", "reportsTo", "members", "conveners", "meetingsPerYear",
            "decided", "validFrom", "validTo", "reviewsPerYear", "standingItems", "meetings"),
        List.of("party", "role", "note"),
        List.of("party", "period", "financedBy"),
        List.of("date", "attending"),
        List.of("id", "anonymous", "gender", "birthYear", "educationLevel", "participations"),
        List.of("project", "start", "end", "cohort", "authorityContacts", "incomeAtStart", "incomeAtEnd",
            "exitOutcome", "survey", "reenrolmentReason"),
        List.of("start", "end"),
        List.of("min", "max"));

    private static final Map<String, Integer> RANKS = ranks(TYPES);

    private PropertyOrder() {
    }

    /** The rank of a property name; a name of no model type ranks after all known ones. */
    static int rank(String name) {
        return RANKS.getOrDefault(name, RANKS.size());
    }

    /** Kahn's topological sort; ties broken by first appearance, so the result is deterministic. */
    static Map<String, Integer> ranks(List<List<String>> types) {
        Map<String, Set<String>> successors = new LinkedHashMap<>();
        Map<String, Integer> predecessors = new HashMap<>();
        for (List<String> type : types) {
            for (int i = 0; i < type.size(); i++) {
                successors.computeIfAbsent(type.get(i), k -> new LinkedHashSet<>());
                predecessors.putIfAbsent(type.get(i), 0);
                if (i > 0 && successors.get(type.get(i - 1)).add(type.get(i))) {
                    predecessors.merge(type.get(i), 1, Integer::sum);
                }
            }
        }
        List<String> names = new ArrayList<>(successors.keySet());
        Deque<String> ready = new ArrayDeque<>();
        for (String name : names) {
            if (predecessors.get(name) == 0) {
                ready.add(name);
            }
        }
        Map<String, Integer> ranks = new HashMap<>();
        while (!ready.isEmpty()) {
            String name = ready.poll();
            ranks.put(name, ranks.size());
            for (String next : successors.get(name)) {
                if (predecessors.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (ranks.size() != names.size()) {
            throw new IllegalStateException("two model types order the same properties differently");
        }
        return Map.copyOf(ranks);
    }
}

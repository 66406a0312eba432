package se.samverkan.cli;

import java.util.List;
import java.util.Objects;

/**
 * The report of one intervention (<i>insats</i>): facts, the count and money tables, and the data of its
 * three charts (goals, exit outcomes, cost shares).
 */
final class ProjectReport {

    final String id;
    final String name;
    final List<String[]> facts;
    final List<ReportTable> tables;
    final List<GoalBar> goals;
    final List<Bar> outcomes;
    final List<Bar> costShares;
    final String costSharesCaption;

    ProjectReport(String id, String name, List<String[]> facts, List<ReportTable> tables, List<GoalBar> goals,
        List<Bar> outcomes, List<Bar> costShares, String costSharesCaption) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.facts = List.copyOf(facts);
        this.tables = List.copyOf(tables);
        this.goals = List.copyOf(goals);
        this.outcomes = List.copyOf(outcomes);
        this.costShares = List.copyOf(costShares);
        this.costSharesCaption = costSharesCaption;
    }
}

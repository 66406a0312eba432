package se.samverkan.metrics.rules;

import java.util.List;
import se.samverkan.metrics.internal.Funders;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.project.Project;

/**
 * {@link Rule#AMBIGUOUS_FUNDER}: a budget or outcome line without {@code fundedBy} belongs to the project's
 * single financier, so the project must have exactly one (counted once however often it is named). Which
 * lines have a funder is {@link Funders}'s decision, the same the financing metrics use.
 */
final class FunderCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            check(findings, Pointer.project(i).property("budget"), project, project.getBudget());
            int at = i;
            project.getOutcome().ifPresent(
                outcome -> check(findings, Pointer.project(at).property("outcome"), project, outcome));
        }
    }

    private static void check(Findings findings, Pointer at, Project project, Budget budget) {
        List<BudgetLine> lines = budget.getLines();
        for (int j = 0; j < lines.size(); j++) {
            if (Funders.of(project, lines.get(j)).isEmpty()) {
                findings.add(Rule.AMBIGUOUS_FUNDER, at.property("lines").index(j).property("fundedBy"), "line",
                    Integer.toString(Funders.financiers(project).size()));
            }
        }
    }
}

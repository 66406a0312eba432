package se.samverkan.metrics.rules;

import java.util.HashSet;
import java.util.List;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.project.Project;

/**
 * {@link Rule#AMBIGUOUS_FUNDER}: a budget or outcome line without {@code fundedBy} belongs to the project's
 * single financier, so the project must have exactly one.
 */
final class FunderCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            int financiers = new HashSet<>(project.getFinanciers()).size();
            if (financiers == 1) {
                continue;
            }
            String count = Integer.toString(financiers);
            check(findings, Pointer.project(i).property("budget"), project.getBudget(), count);
            int at = i;
            project.getOutcome().ifPresent(
                outcome -> check(findings, Pointer.project(at).property("outcome"), outcome, count));
        }
    }

    private static void check(Findings findings, Pointer at, Budget budget, String financiers) {
        List<BudgetLine> lines = budget.getLines();
        for (int j = 0; j < lines.size(); j++) {
            if (lines.get(j).getFundedBy().isEmpty()) {
                findings.add(Rule.AMBIGUOUS_FUNDER, at.property("lines").index(j).property("fundedBy"), "line",
                    financiers);
            }
        }
    }
}

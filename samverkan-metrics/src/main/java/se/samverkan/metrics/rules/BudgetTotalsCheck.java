package se.samverkan.metrics.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.project.Project;

/**
 * {@link Rule#BUDGET_TOTAL_MISMATCH}: the totals printed in an application equal the sums of its budget
 * (and outcome) lines, exactly. Sums are kept as {@link BigDecimal} so that no bound of {@code Amount}
 * can make the check throw.
 */
final class BudgetTotalsCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            check(findings, Pointer.project(i).property("budget"), project.getBudget());
            int at = i;
            project.getOutcome().ifPresent(outcome -> check(findings, Pointer.project(at).property("outcome"), outcome));
        }
    }

    private static void check(Findings findings, Pointer at, Budget budget) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLine line : budget.getLines()) {
            BigDecimal amount = line.getAmount().toBigDecimal();
            byYear.merge(line.getYear(), amount, BigDecimal::add);
            total = total.add(amount);
        }
        List<StatedTotal> stated = budget.getStatedTotals();
        for (int j = 0; j < stated.size(); j++) {
            StatedTotal year = stated.get(j);
            BigDecimal sum = byYear.getOrDefault(year.getYear(), BigDecimal.ZERO);
            if (sum.compareTo(year.getAmount().toBigDecimal()) != 0) {
                findings.add(Rule.BUDGET_TOTAL_MISMATCH, at.property("statedTotals").index(j), "year",
                    Integer.toString(year.getYear()), year.getAmount().toString(), money(sum));
            }
        }
        if (budget.getStatedGrandTotal().isPresent()) {
            BigDecimal grand = budget.getStatedGrandTotal().get().toBigDecimal();
            if (total.compareTo(grand) != 0) {
                findings.add(Rule.BUDGET_TOTAL_MISMATCH, at.property("statedGrandTotal"), "grand",
                    budget.getStatedGrandTotal().get().toString(), money(total));
            }
        }
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}

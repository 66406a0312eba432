package se.samverkan.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.Project;

/**
 * Budget rows gathered into lines of the document's projects: a row whose {@code kind} is blank,
 * {@code BUDGET} or {@code budget} is a budget line, {@code OUTCOME}, {@code outcome} or {@code utfall}
 * an outcome line (<i>utfall</i>). The project must be in the document.
 */
final class BudgetRows {

    private static final Codes<CostCategory> CATEGORIES = Codes.of(CostCategory.class);
    private static final Set<String> BUDGET = Set.of("budget");
    private static final Set<String> OUTCOME = Set.of("outcome", "utfall");

    private final Header header;
    private final Cells cells;
    private final Problems problems;
    private final Set<String> projects;
    private final Map<String, List<BudgetLine>> budget = new LinkedHashMap<>();
    private final Map<String, List<BudgetLine>> outcome = new LinkedHashMap<>();

    BudgetRows(Header header, Problems problems, Set<String> projects) {
        this.header = header;
        this.cells = new Cells(header, problems);
        this.problems = problems;
        this.projects = projects;
    }

    void accept(List<String> row, long number) {
        cells.at(row, number);
        if (cells.blank()) {
            return;
        }
        header.checkUnnamed(row, number, problems);
        String project = cells.required(Column.LINE_PROJECT);
        if (project != null && !projects.contains(project)) {
            cells.problem(Column.LINE_PROJECT, project, "insatsen finns inte i dokumentet",
                "the project is not in the document");
            project = null;
        }
        String kind = cells.text(Column.KIND);
        boolean isOutcome = false;
        if (kind != null) {
            String key = kind.toLowerCase(Locale.ROOT);
            isOutcome = OUTCOME.contains(key);
            if (!isOutcome && !BUDGET.contains(key)) {
                cells.problem(Column.KIND, kind, "okänt slag; tillåtna: BUDGET, OUTCOME (budget, utfall)",
                    "unknown kind; allowed: BUDGET, OUTCOME (budget, utfall)");
                project = null;
            }
        }
        String yearText = cells.required(Column.YEAR);
        Integer year = cells.integer(Column.YEAR);
        CostCategory category = cells.code(Column.CATEGORY, CATEGORIES);
        if (category == null && cells.text(Column.CATEGORY) == null) {
            cells.required(Column.CATEGORY);
        }
        String item = cells.required(Column.ITEM);
        Amount amount = cells.amount(Column.AMOUNT);
        if (amount == null && cells.text(Column.AMOUNT) == null) {
            cells.required(Column.AMOUNT);
        }
        String fundedBy = cells.text(Column.FUNDED_BY);
        if (project == null || yearText == null || year == null || category == null || item == null || amount == null
            || !problems.isEmpty()) {
            return;
        }
        BudgetLine line = BudgetLine.builder().year(year).category(category).item(item).amount(amount)
            .fundedBy(fundedBy).build();
        (isOutcome ? outcome : budget).computeIfAbsent(project, p -> new ArrayList<>()).add(line);
    }

    /** The document's projects with the lines added (to the first project of each id). */
    List<Project> projects(List<Project> original) {
        List<Project> result = new ArrayList<>(original.size());
        for (Project project : original) {
            List<BudgetLine> budgetLines = budget.remove(project.getId());
            List<BudgetLine> outcomeLines = outcome.remove(project.getId());
            if (budgetLines == null && outcomeLines == null) {
                result.add(project);
                continue;
            }
            var builder = Project.builder().from(project);
            if (budgetLines != null) {
                builder.budget(Budget.builder().from(project.getBudget()).addAllLines(budgetLines).build());
            }
            if (outcomeLines != null) {
                Budget existing = project.getOutcome().orElse(Budget.empty());
                builder.outcome(Budget.builder().from(existing).addAllLines(outcomeLines).build());
            }
            result.add(builder.build());
        }
        return result;
    }
}

package se.samverkan.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import se.samverkan.metrics.costs.Financing;
import se.samverkan.metrics.costs.ProjectFinancing;
import se.samverkan.model.money.Amount;

/**
 * Budget against outcome (<i>budget och utfall</i>) per year, as a table with a totals row and a grouped bar
 * chart: of one insats, or of the reported insatser together (the förbund's overview). The outcome is shown
 * as a share of the budget; where no outcome is reported the table says so instead of showing 0.
 */
final class BudgetTable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Messages messages;
    private final ReportFormats formats;

    BudgetTable(Messages messages, ReportFormats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** The table of one insats, named {@code name} in its chart. */
    ReportTable of(String name, Financing budget, Optional<Financing> outcome) {
        SortedSet<Integer> years = new TreeSet<>(budget.byYear().keySet());
        outcome.ifPresent(o -> years.addAll(o.byYear().keySet()));
        List<Year> rows = new ArrayList<>();
        for (int year : years) {
            rows.add(new Year(year, budget.byYear().getOrDefault(year, Amount.zero()),
                outcome.map(o -> o.byYear().getOrDefault(year, Amount.zero()))));
        }
        return table(messages.text("report.budgetByYear"), name, rows, budget.total(),
            outcome.map(Financing::total), outcome.isPresent() ? "report.budgetByYear.legend"
                : "report.budgetByYear.legend.budget");
    }

    /**
     * The insatser together, or empty unless at least two of them have budget or outcome lines: per year the
     * sum of their budgets, and the sum of their outcomes only when every insats with a budget that year
     * reports outcome (a sum over some of them would be set against the budget of all), else "not reported";
     * the total outcome only when every year's is reported.
     */
    Optional<ReportTable> together(List<ProjectFinancing> insatser) {
        List<ProjectFinancing> withLines = insatser.stream()
            .filter(f -> f.budget().hasLines() || f.outcome().isPresent()).toList();
        if (withLines.size() < 2) {
            return Optional.empty();
        }
        SortedSet<Integer> years = new TreeSet<>();
        for (ProjectFinancing financing : withLines) {
            years.addAll(financing.budget().byYear().keySet());
            financing.outcome().ifPresent(o -> years.addAll(o.byYear().keySet()));
        }
        List<Year> rows = new ArrayList<>();
        Amount budgetTotal = Amount.zero();
        Amount outcomeTotal = Amount.zero();
        boolean everyYearReported = true;
        for (int year : years) {
            Amount planned = Amount.zero();
            Amount spent = Amount.zero();
            boolean reported = true;
            for (ProjectFinancing financing : withLines) {
                Amount own = financing.budget().byYear().getOrDefault(year, Amount.zero());
                planned = planned.plus(own);
                if (financing.outcome().isPresent()) {
                    // As in the insats's own table: an insats that reports outcome spent nothing in a year
                    // it has no outcome line for.
                    spent = spent.plus(financing.outcome().get().byYear().getOrDefault(year, Amount.zero()));
                } else if (!own.isZero()) {
                    reported = false;
                }
            }
            rows.add(new Year(year, planned, reported ? Optional.of(spent) : Optional.empty()));
            budgetTotal = budgetTotal.plus(planned);
            outcomeTotal = outcomeTotal.plus(spent);
            everyYearReported &= reported;
        }
        boolean anyReported = rows.stream().anyMatch(row -> row.outcome().isPresent());
        String legend = everyYearReported ? "report.budgetByYear.legend"
            : anyReported ? "report.budgetByYear.legend.partial" : "report.budgetByYear.legend.none";
        return Optional.of(table(messages.text("report.budgetByYear.all"), messages.text("report.allInsatser"), rows,
            budgetTotal, everyYearReported ? Optional.of(outcomeTotal) : Optional.empty(), legend));
    }

    private ReportTable table(String caption, String name, List<Year> years, Amount budgetTotal,
        Optional<Amount> outcomeTotal, String legend) {
        List<List<ReportCell>> rows = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<List<Bar>> bars = new ArrayList<>();
        for (Year year : years) {
            rows.add(row(formats.year(year.year()), year.budget(), year.outcome()));
            groups.add(String.valueOf(year.year()));
            Bar budgetBar = new Bar(messages.text("report.budget"), year.budget().toBigDecimal(),
                formats.kronorText(year.budget()));
            bars.add(year.outcome().isEmpty() ? List.of(budgetBar) : List.of(budgetBar,
                new Bar(messages.text("report.outcome"), year.outcome().get().toBigDecimal(),
                    formats.kronorText(year.outcome().get()))));
        }
        rows.add(row(ReportCell.text(messages.text("report.total")), budgetTotal, outcomeTotal));
        return ReportTable.ofCells(caption, List.of(messages.text("report.year"), messages.text("report.budget"),
            messages.text("report.outcome"), messages.text("report.outcomeShare")), rows, null, 1)
            .withFigure(new ReportFigure(caption, SvgChart.grouped(caption + ": " + name, groups, bars,
                messages.text(legend))));
    }

    private List<ReportCell> row(ReportCell label, Amount planned, Optional<Amount> spent) {
        ReportCell share = spent.isEmpty() || planned.isZero() ? formats.na()
            : formats.percent(spent.get().toBigDecimal().multiply(HUNDRED)
                .divide(planned.toBigDecimal(), 1, RoundingMode.HALF_EVEN));
        return List.of(label, formats.kronor(planned),
            spent.map(formats::kronor).orElseGet(() -> ReportCell.text(messages.text("report.notReported"))), share);
    }

    /** One year's budget and, when reported, outcome. */
    private record Year(int year, Amount budget, Optional<Amount> outcome) {
    }
}

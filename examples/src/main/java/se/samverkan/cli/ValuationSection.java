package se.samverkan.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.samverkan.metrics.valuation.PayerValue;
import se.samverkan.metrics.valuation.ProjectValuation;
import se.samverkan.metrics.valuation.ValuationResult;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.Project;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * The valuation section (<i>samhällsekonomisk kalkyl</i>) that {@code report --parameters} adds: per
 * insats a table of each payer's annual change, value over the horizon, cost and net with the totals,
 * and a table of the cumulative value year by year; in the HTML page also two charts (value against cost
 * per payer, cumulative value against the total cost by year). The tables join the report's other
 * tables; the charts are placed as a section of their own at the end of the page's main part.
 */
final class ValuationSection {

    private static final String MAIN_END = "</main>";

    private final Messages messages;
    private final NumberFormat money;
    private final SamverkanDocument document;
    private final ValuationParameters parameters;
    private final List<ValuationResult> results;

    private ValuationSection(Messages messages, SamverkanDocument document, ValuationParameters parameters,
        List<ValuationResult> results) {
        this.messages = messages;
        this.document = document;
        this.parameters = parameters;
        this.results = results;
        this.money = NumberFormat.getNumberInstance(messages.locale());
        this.money.setMinimumFractionDigits(2);
        this.money.setMaximumFractionDigits(2);
    }

    /**
     * The section for {@code --parameters}, or {@code null} when the option is not given: the insatser and the
     * period the rest of the report covers ({@code --project}, {@code --from/--to/--as-of}), valued as the
     * {@code value} command values them.
     *
     * @throws UsageException when the parameters file cannot be read or is not valid
     */
    static ValuationSection of(Optional<Path> file, SamverkanDocument document, ReportOptions options,
        Messages messages) throws UsageException, IOException {
        if (file.isEmpty()) {
            return null;
        }
        ValuationParameters parameters = ValueCommand.parameters(file.get(), messages);
        ProjectValuation valuation = ProjectValuation.of(parameters, options.scope());
        List<ValuationResult> results = options.project().isPresent()
            ? valuation.compute(document, options.project().get()).stream().toList()
            : valuation.compute(document);
        return new ValuationSection(messages, document, parameters, results);
    }

    /** The report with the valuation tables after its document tables; the report itself when none. */
    static Report extend(Report report, ValuationSection section) {
        if (section == null) {
            return report;
        }
        List<ReportTable> tables = new ArrayList<>(report.documentTables);
        tables.addAll(section.tables());
        return new Report(report.language, report.title, report.subtitle, report.overview, report.projects, tables,
            report.disclosureNote);
    }

    /** The HTML page with the valuation charts added at the end of its main part; unchanged when none. */
    static String withCharts(String page, ValuationSection section) {
        int at = page.lastIndexOf(MAIN_END);
        if (section == null || at < 0) {
            return page;
        }
        return page.substring(0, at) + section.charts() + page.substring(at);
    }

    List<ReportTable> tables() {
        List<ReportTable> tables = new ArrayList<>();
        for (ValuationResult result : results) {
            String name = name(result.projectId());
            List<List<ReportCell>> rows = new ArrayList<>();
            for (PayerValue payer : result.byPayer()) {
                rows.add(List.of(ReportCell.text(messages.label(payer.payer())), money(payer.annualChange()),
                    money(payer.horizonValue()), money(payer.cost()), money(payer.net())));
            }
            rows.add(List.of(ReportCell.text(messages.text("report.valuation.total")),
                money(result.total().annualChange()), money(result.total().horizonValue()),
                money(result.total().cost()), money(result.total().net())));
            tables.add(ReportTable.ofCells(messages.text("report.valuation.caption", name),
                List.of(messages.text("report.valuation.payer"), messages.text("report.valuation.annualChange"),
                    messages.text("report.valuation.horizonValue"), messages.text("report.valuation.cost"),
                    messages.text("report.valuation.net")),
                rows, note(result), 1));
            List<List<ReportCell>> years = new ArrayList<>();
            for (int t = 0; t < result.cumulativeValue().size(); t++) {
                years.add(List.of(ReportCell.figure(ReportCell.Kind.COUNT, BigDecimal.valueOf(t + 1),
                    Integer.toString(t + 1)), money(result.cumulativeValue().get(t)), money(result.total().cost())));
            }
            tables.add(ReportTable.ofCells(messages.text("report.valuation.byYear", name),
                List.of(messages.text("report.valuation.year"), messages.text("report.valuation.cumulative"),
                    messages.text("report.valuation.cost")), years, null, 1));
        }
        return tables;
    }

    private String note(ValuationResult result) {
        String ratio = result.total().returnRatio().map(BigDecimal::toPlainString)
            .orElse(messages.text("report.valuation.none"));
        String payback = result.total().paybackYear().isPresent()
            ? String.valueOf(result.total().paybackYear().getAsInt()) : messages.text("report.valuation.none");
        String society = result.society().map(s -> messages.text("report.valuation.society",
            amount(s.annualProductionGain()), amount(s.horizonValue()))).orElse("");
        return messages.text("report.valuation.note", result.valued(), result.factor().toPlainString(),
            parameters.getHorizonYears(), parameters.getDiscountRate().toPlainString(),
            parameters.getPersistence().toPlainString(), parameters.getDeadweight().toPlainString(), ratio, payback,
            amount(result.excludedCost())) + society + " " + ValuationResult.caveat(messages.locale());
    }

    String charts() {
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"project\" id=\"valuation\">\n<h2>")
            .append(Html.escape(messages.text("report.valuation.title"))).append("</h2>\n");
        for (ValuationResult result : results) {
            String name = name(result.projectId());
            List<ValuationChart.PayerBars> bars = new ArrayList<>();
            for (PayerValue payer : result.byPayer()) {
                bars.add(new ValuationChart.PayerBars(messages.label(payer.payer()), payer.horizonValue(),
                    payer.cost(), amount(payer.horizonValue()), amount(payer.cost())));
            }
            String perPayer = messages.text("report.valuation.chart.payers", name);
            figure(html, perPayer, ValuationChart.payers(perPayer, bars,
                messages.text("report.valuation.chart.payers.legend")));
            List<String> labels = new ArrayList<>();
            for (int t = 1; t <= result.cumulativeValue().size(); t++) {
                labels.add(messages.text("report.valuation.chart.yearLabel", t));
            }
            String byYear = messages.text("report.valuation.chart.years", name);
            figure(html, byYear, ValuationChart.years(byYear, result.cumulativeValue(), result.total().cost(), labels,
                messages.text("report.valuation.chart.years.legend")));
        }
        html.append("<p>").append(Html.escape(ValuationResult.caveat(messages.locale()))).append("</p>\n");
        return html.append("</section>\n").toString();
    }

    private static void figure(StringBuilder html, String caption, String svg) {
        html.append("<figure>\n<figcaption>").append(Html.escape(caption)).append("</figcaption>\n").append(svg)
            .append("</figure>\n");
    }

    /** An amount in kronor as a spreadsheet number with its printed text. */
    private ReportCell money(BigDecimal value) {
        return ReportCell.figure(ReportCell.Kind.MONEY, value, amount(value));
    }

    private String amount(BigDecimal value) {
        return money.format(value) + " " + messages.text("report.currency");
    }

    private String name(String projectId) {
        return document.getProjects().stream().filter(p -> p.getId().equals(projectId)).map(Project::getName)
            .findFirst().orElse(projectId);
    }
}

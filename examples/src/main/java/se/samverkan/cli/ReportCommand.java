package se.samverkan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;

/**
 * {@code report FILE [--lang sv|en] [--project ID] [--from D --to D] [--as-of D] [--html OUT.html]
 * [--xlsx OUT.xlsx] [--parameters P.json] [--no-findings]} (docs/cli.md): prints the human report and,
 * with {@code --html}, also writes it as one self-contained HTML page with inline SVG charts; with
 * {@code --xlsx}, every table of it as a sheet of a workbook.
 */
@picocli.CommandLine.Command(name = "report")
final class ReportCommand implements Command {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Mixin
    ScopeOptions scope;

    @Option(names = "--html")
    Path html;

    @Option(names = "--xlsx")
    Path xlsx;

    @Option(names = "--parameters")
    Path parameters;

    @Option(names = "--no-findings")
    boolean noFindings;

    @Override
    public int run(Terminal terminal) throws UsageException, IOException {
        ReportOptions options = new ReportOptions(scope.scope(terminal.messages), scope.project(), !noFindings);
        return report(file, options, Optional.ofNullable(html), Optional.ofNullable(xlsx),
            Optional.ofNullable(parameters), terminal);
    }

    /**
     * Prints the report of the document in {@code file} ({@code -}: standard input) as {@code options} say,
     * also as an HTML page to {@code html} and as a workbook to {@code xlsx}, with the valuation of the
     * {@code parameters} file when one is given.
     */
    static int report(Path file, ReportOptions options, Optional<Path> html, Optional<Path> xlsx,
        Optional<Path> parameters, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        SamverkanJson json = SamverkanJson.create();
        SamverkanDocument document;
        try {
            document = Input.isStandardInput(file) ? json.read(terminal.in) : json.read(Input.path(file, messages));
        } catch (SamverkanJsonException e) {
            throw Input.problem(e, messages);
        }
        MetricsCommand.projects(document, options.project(), messages);
        List<Finding> findings = ReportingRules.create().check(document);
        String source = Input.isStandardInput(file) ? messages.text("report.stdin")
            : String.valueOf(file.getFileName());
        ValuationSection valuation = ValuationSection.of(parameters, document, options, messages);
        Report report = ValuationSection.extend(new ReportBuilder(messages).build(document, source, findings, options),
            valuation);
        // The files first: when one cannot be written, the run ends with exit 2 and nothing on standard output.
        if (html.isPresent()) {
            try (PrintWriter out = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(html.get()),
                StandardCharsets.UTF_8))) {
                StringWriter page = new StringWriter();
                HtmlReport.write(report, new HtmlReport.ChartTexts(messages.text("report.chart.goals"),
                    messages.text("report.chart.goals.legend"), messages.text("report.chart.outcomes"),
                    messages.text("report.borne")), new PrintWriter(page));
                out.print(ValuationSection.withCharts(page.toString(), valuation));
                if (out.checkError()) {
                    throw new UsageException(messages.text("error.html", html.get()));
                }
            } catch (IOException e) {
                throw new UsageException(messages.text("error.html", html.get()));
            }
        }
        if (xlsx.isPresent()) {
            try (OutputStream out = Files.newOutputStream(xlsx.get())) {
                XlsxReport.write(report, out);
            } catch (IOException e) {
                throw new UsageException(messages.text("error.xlsx", xlsx.get()));
            }
        }
        TextReport.write(report, terminal.out);
        return SamverkanCli.OK;
    }
}

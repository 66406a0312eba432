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
import java.util.Set;

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
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--no-findings");
    }

    @Override
    public Set<String> valued() {
        return Set.of("--html", "--xlsx", "--parameters", "--project", "--from", "--to", "--as-of");
    }

    @Override
    public int run(Arguments arguments, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        String file = arguments.file(messages);
        Optional<String> html = arguments.value("--html");
        Optional<String> xlsx = arguments.value("--xlsx");
        ReportOptions options = new ReportOptions(MetricsCommand.scope(arguments, messages),
            arguments.value("--project"), !arguments.has("--no-findings"));
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
            : String.valueOf(Path.of(file).getFileName());
        ValuationSection valuation = ValuationSection.of(arguments, document, messages);
        Report report = ValuationSection.extend(new ReportBuilder(messages).build(document, source, findings, options),
            valuation);
        TextReport.write(report, terminal.out);
        if (html.isPresent()) {
            Path target = Path.of(html.get());
            try (PrintWriter out = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(target),
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
            try (OutputStream out = Files.newOutputStream(Path.of(xlsx.get()))) {
                XlsxReport.write(report, out);
            } catch (IOException e) {
                throw new UsageException(messages.text("error.xlsx", xlsx.get()));
            }
        }
        return SamverkanCli.OK;
    }
}

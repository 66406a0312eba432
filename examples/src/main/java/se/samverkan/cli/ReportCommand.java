package se.samverkan.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;

/**
 * {@code report FILE [--lang sv|en] [--html OUT.html]} (docs/cli.md): prints the human report and, with
 * {@code --html}, also writes it as one self-contained HTML page with inline SVG charts.
 */
@picocli.CommandLine.Command(name = "report")
final class ReportCommand implements Command {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--html")
    Path html;

    @Option(names = "--parameters")
    Path parameters;

    @Override
    public int run(Terminal terminal) throws UsageException, IOException {
        return report(file, Optional.ofNullable(html), Optional.ofNullable(parameters), terminal);
    }

    /**
     * Prints the report of the document in {@code file} ({@code -}: standard input), also as an HTML page to
     * {@code html}, with the valuation of the {@code parameters} file when one is given.
     */
    static int report(Path file, Optional<Path> html, Optional<Path> parameters, Terminal terminal)
        throws UsageException, IOException {
        Messages messages = terminal.messages;
        SamverkanJson json = SamverkanJson.create();
        SamverkanDocument document;
        try {
            document = Input.isStandardInput(file) ? json.read(terminal.in) : json.read(Input.path(file, messages));
        } catch (SamverkanJsonException e) {
            throw Input.problem(e, messages);
        }
        List<Finding> findings = ReportingRules.create().check(document);
        String source = Input.isStandardInput(file) ? messages.text("report.stdin")
            : String.valueOf(file.getFileName());
        ValuationSection valuation = ValuationSection.of(parameters, document, messages);
        Report report = ValuationSection.extend(new ReportBuilder(messages).build(document, source, findings),
            valuation);
        TextReport.write(report, terminal.out);
        if (html.isPresent()) {
            Path target = html.get();
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
        return SamverkanCli.OK;
    }
}

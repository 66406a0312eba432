package se.samverkan.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.samverkan.export.FollowUpWriter;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.metrics.followup.FollowUpReport;
import se.samverkan.metrics.followup.NationalFollowUp;
import se.samverkan.model.SamverkanDocument;

/**
 * {@code followup FILE [--association ID] [--year Y] [--format json|csv|xlsx|text] [--out PATH]}: the
 * national follow-up (<i>Uppföljning Finsam</i>) per förbund and year, in the format an analyst needs.
 *
 * <p>Without {@code --format}: text when the tool runs on a terminal, JSON otherwise (a pipe, a file).
 * XLSX is never written to standard output: it needs {@code --out}. An unknown förbund is a usage error.
 */
@picocli.CommandLine.Command(name = "followup")
final class FollowupCommand implements Command {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--association")
    String association;

    @Option(names = "--year")
    Year year;

    @Option(names = "--format")
    FollowupFormat format;

    @Option(names = "--out")
    Path out;

    @Override
    public int run(Terminal terminal) throws UsageException, IOException {
        FollowupFormat chosen = format != null ? format
            : System.console() != null ? FollowupFormat.TEXT : FollowupFormat.JSON;
        return followup(file, Optional.ofNullable(association), Optional.ofNullable(year),
            chosen, Optional.ofNullable(out), terminal);
    }

    /**
     * Writes the follow-up of the document in {@code file} ({@code -}: standard input) for {@code association}
     * (or every förbund) and {@code year} (or every funding year) in {@code format}, to {@code out} or to
     * standard output.
     */
    static int followup(Path file, Optional<String> association, Optional<Year> year, FollowupFormat format,
        Optional<Path> out, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        if (format == FollowupFormat.XLSX && out.isEmpty()) {
            throw new UsageException(messages.text("error.xlsx.stdout"));
        }
        SamverkanJson json = SamverkanJson.create();
        SamverkanDocument document;
        try {
            document = Input.isStandardInput(file) ? json.read(terminal.in) : json.read(Input.path(file, messages));
        } catch (SamverkanJsonException e) {
            throw Input.problem(e, messages);
        }
        List<FollowUpReport> reports = reports(document, association, year, messages);
        FollowUpWriter writer = FollowUpWriter.of(document);
        if (out.isPresent()) {
            Path target = out.get();
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(target))) {
                write(writer, format, reports, messages, stream);
            } catch (IOException e) {
                throw new UsageException(messages.text("error.out", out.get()));
            }
        } else {
            write(writer, format, reports, messages, new NonClosingStream(terminal.out));
        }
        return SamverkanCli.OK;
    }

    private static void write(FollowUpWriter writer, FollowupFormat format, List<FollowUpReport> reports,
        Messages messages, OutputStream out) throws IOException {
        switch (format) {
            case JSON:
                writer.json(reports, out);
                out.write('\n');
                break;
            case CSV:
                writer.csv(reports, out);
                break;
            case XLSX:
                writer.xlsx(reports, out);
                break;
            default:
                PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                writer.text(reports, messages.locale(), text);
                break;
        }
        out.flush();
    }

    /** Every förbund (or the one asked for) and every funding year (or the one asked for). */
    private static List<FollowUpReport> reports(SamverkanDocument document, Optional<String> association,
        Optional<Year> year, Messages messages) throws UsageException {
        if (association.isPresent()
            && document.getAssociations().stream().noneMatch(a -> a.getId().equals(association.get()))) {
            throw new UsageException(messages.text("error.association.unknown", association.get()));
        }
        NationalFollowUp followUp = NationalFollowUp.create();
        if (year.isEmpty()) {
            return followUp.reports(document).stream()
                .filter(r -> association.isEmpty() || r.association().equals(association.get()))
                .collect(Collectors.toList());
        }
        List<String> ids = association.map(List::of).orElseGet(() -> document.getAssociations().stream()
            .map(a -> a.getId()).distinct().collect(Collectors.toList()));
        return ids.stream().map(id -> followUp.report(document, id, year.get().getValue()).orElseThrow())
            .collect(Collectors.toList());
    }
}

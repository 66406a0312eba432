package se.samverkan.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
final class FollowupCommand implements Command {

    private static final Set<String> FORMATS = Set.of("json", "csv", "xlsx", "text");

    @Override
    public String name() {
        return "followup";
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public Set<String> valued() {
        return Set.of("--association", "--year", "--format", "--out");
    }

    @Override
    public int run(Arguments arguments, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        String file = arguments.file(messages);
        String format = arguments.value("--format").orElse(System.console() != null ? "text" : "json");
        if (!FORMATS.contains(format)) {
            throw new UsageException(messages.text("error.format", format, "json, csv, xlsx, text"));
        }
        Optional<String> out = arguments.value("--out");
        if (format.equals("xlsx") && out.isEmpty()) {
            throw new UsageException(messages.text("error.xlsx.stdout"));
        }
        Optional<Integer> year = year(arguments, messages);
        SamverkanJson json = SamverkanJson.create();
        SamverkanDocument document;
        try {
            document = Input.isStandardInput(file) ? json.read(terminal.in) : json.read(Input.path(file, messages));
        } catch (SamverkanJsonException e) {
            throw Input.problem(e, messages);
        }
        List<FollowUpReport> reports = reports(document, arguments.value("--association"), year, messages);
        FollowUpWriter writer = FollowUpWriter.of(document);
        if (out.isPresent()) {
            Path target = Path.of(out.get());
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

    private static void write(FollowUpWriter writer, String format, List<FollowUpReport> reports, Messages messages,
        OutputStream out) throws IOException {
        switch (format) {
            case "json":
                writer.json(reports, out);
                out.write('\n');
                break;
            case "csv":
                writer.csv(reports, out);
                break;
            case "xlsx":
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
        Optional<Integer> year, Messages messages) throws UsageException {
        if (association.isPresent()
            && document.getAssociations().stream().noneMatch(a -> a.getId().equals(association.get()))) {
            throw new UsageException(messages.text("error.association.unknown", association.get()));
        }
        NationalFollowUp followUp = NationalFollowUp.create();
        if (year.isEmpty()) {
            return followUp.reports(document).stream()
                .filter(r -> association.isEmpty() || r.getAssociation().equals(association.get()))
                .collect(Collectors.toList());
        }
        List<String> ids = association.map(List::of).orElseGet(() -> document.getAssociations().stream()
            .map(a -> a.getId()).distinct().collect(Collectors.toList()));
        return ids.stream().map(id -> followUp.report(document, id, year.get()).orElseThrow())
            .collect(Collectors.toList());
    }

    private static Optional<Integer> year(Arguments arguments, Messages messages) throws UsageException {
        Optional<String> text = arguments.value("--year");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!text.get().matches("[0-9]{4}")) {
            throw new UsageException(messages.text("error.year", text.get()));
        }
        return Optional.of(Integer.parseInt(text.get()));
    }
}

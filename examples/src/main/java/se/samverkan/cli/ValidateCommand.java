package se.samverkan.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.metrics.rules.DocumentCheck;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.SourcePositions;

/**
 * {@code validate FILE [--json] [--lang sv|en]}: reads the document and checks it — the field rules of the
 * model and the reporting rules across its objects, through the metrics module's {@link DocumentCheck} —
 * and prints every problem once, in document order, each with its stable id, severity, JSON Pointer, line
 * and column. Exit status 0 without ERROR, 1 with at least one, 2 when the input is unreadable; with
 * {@code --json} the reading problems of unreadable input are printed as the same array.
 */
@picocli.CommandLine.Command(name = "validate")
final class ValidateCommand implements Command {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--json")
    boolean json;

    @Override
    public int run(Terminal terminal) throws UsageException, IOException {
        return validate(file, json, terminal);
    }

    /** Checks the document in {@code file} ({@code -}: standard input); {@code asJson}: problems as JSON. */
    static int validate(Path file, boolean asJson, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        // The model's validator takes about as long to build as the document takes to read: built meanwhile.
        Background<DocumentCheck> check = Background.start("samverkan-validator", DocumentCheck::create);
        SamverkanJson json = SamverkanJson.create();
        SamverkanDocument document;
        SourcePositions positions;
        try {
            if (Input.isStandardInput(file)) {
                // Standard input is read once, strictly (as a file is); the bytes it held, valid UTF-8 once
                // read, are the text the problems are located in.
                byte[] bytes = standardInput(terminal, json);
                document = json.read(new ByteArrayInputStream(bytes));
                positions = json.positions(new String(bytes, StandardCharsets.UTF_8));
            } else {
                Path path = Input.path(file, messages);
                document = json.read(path);
                positions = json.positions(path);
            }
        } catch (SamverkanJsonException e) {
            if (!asJson) {
                throw Input.problem(e, messages);
            }
            writeJson(e.problems().stream().map(JsonProblem::toProblem).toList(), terminal);
            return SamverkanCli.BAD_INPUT;
        }
        List<Problem> problems = check.get().check(document, positions);
        if (asJson) {
            writeJson(problems, terminal);
        } else {
            writeText(problems, terminal);
        }
        return problems.stream().anyMatch(Problem::isError) ? SamverkanCli.ERRORS_FOUND : SamverkanCli.OK;
    }

    /**
     * Standard input's bytes, up to what the size limit can hold (four bytes a character); a longer input is
     * handed to the reader whole, which refuses it with the library's own size problem.
     */
    private static byte[] standardInput(Terminal terminal, SamverkanJson json) throws IOException {
        long cap = Math.min(Integer.MAX_VALUE - 16L, 4L * json.limits().maxDocumentLength());
        byte[] head = terminal.in.readNBytes((int) cap + 1);
        if (head.length > cap) {
            json.read(new SequenceInputStream(new ByteArrayInputStream(head), terminal.in));
        }
        return head;
    }

    private static void writeText(List<Problem> problems, Terminal terminal) {
        Messages messages = terminal.messages;
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        for (Problem problem : problems) {
            StringBuilder line = new StringBuilder();
            line.append(messages.text("severity." + problem.severity().name())).append("  ").append(problem.id())
                .append("  ").append(Input.pointer(problem.pointer(), messages));
            if (problem.position() != null) {
                line.append(" (").append(messages.text("location", problem.line(), problem.column())).append(')');
            }
            line.append("\n    ").append(problem.message(messages.locale()));
            terminal.out.println(line);
        }
        terminal.out.println(problems.isEmpty() ? messages.text("validate.none")
            : messages.text("validate.summary", errors, warnings, Long.toString(errors), Long.toString(warnings)));
    }

    private static void writeJson(List<Problem> problems, Terminal terminal) {
        Messages messages = terminal.messages;
        try (JsonGenerator json = new JsonFactory().createGenerator(new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER));
            }

            @Override
            public boolean hasPrettyPrinter() {
                return true;
            }
        }, new NonClosingStream(terminal.out))) {
            json.writeStartArray();
            for (Problem problem : problems) {
                json.writeStartObject();
                json.writeStringProperty("rule", problem.id());
                json.writeStringProperty("severity", problem.severity().name());
                json.writeStringProperty("path", problem.pointer());
                json.writeStringProperty("message", problem.message(messages.locale()));
                if (problem.position() != null) {
                    json.writeNumberProperty("line", problem.line());
                    json.writeNumberProperty("column", problem.column());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        terminal.out.println();
    }
}

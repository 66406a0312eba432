package se.samverkan.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

import se.samverkan.json.LocatedViolation;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.json.ValidatedDocument;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;

/**
 * {@code validate FILE [--json] [--lang sv|en]} (JSON.md §2): reads the document, checks the field rules
 * (the model's validation, located at line and column) and the reporting rules (DOMAIN.md §3), and
 * prints every problem once. A field-rule violation is an ERROR whose rule is its message key, or the §3
 * rule id for a constraint that enforces a reporting rule; when both layers find the same rule at the same
 * place it is reported once. Exit status 0 without ERROR, 1 with at least one, 2 when unreadable.
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json");
    }

    @Override
    public Set<String> valued() {
        return Set.of();
    }

    @Override
    public int run(Arguments arguments, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        String file = arguments.file(messages);
        SamverkanJson json = SamverkanJson.create();
        ValidatedDocument validated;
        try {
            validated = Input.isStandardInput(file)
                ? json.readAndValidate(terminal.in)
                : json.readAndValidate(Input.path(file, messages));
        } catch (SamverkanJsonException e) {
            throw Input.problem(e, messages);
        }
        List<Problem> problems = problems(validated, ReportingRules.create().check(validated.document()), messages);
        if (arguments.has("--json")) {
            writeJson(problems, terminal);
        } else {
            writeText(problems, terminal);
        }
        return problems.stream().anyMatch(Problem::isError) ? SamverkanCli.ERRORS_FOUND : SamverkanCli.OK;
    }

    /** Field-rule violations and findings, each (rule, place) once, errors before warnings. */
    static List<Problem> problems(ValidatedDocument validated, List<Finding> findings, Messages messages) {
        Map<String, Problem> unique = new LinkedHashMap<>();
        for (LocatedViolation located : validated.violations()) {
            Problem problem = new Problem(located.violation().rule(), "ERROR", located.path(),
                located.violation().message(messages.locale()), located.line(), located.column());
            unique.putIfAbsent(problem.key(), problem);
        }
        for (Finding finding : findings) {
            Problem problem = new Problem(finding.rule().id(), finding.severity().name(), finding.path(),
                finding.message(messages.locale()), 0, 0);
            unique.putIfAbsent(problem.key(), problem);
        }
        List<Problem> problems = new ArrayList<>(unique.values());
        problems.sort(Comparator.comparing(p -> !p.isError()));
        return problems;
    }

    private static void writeText(List<Problem> problems, Terminal terminal) {
        Messages messages = terminal.messages;
        long errors = problems.stream().filter(Problem::isError).count();
        for (Problem problem : problems) {
            StringBuilder line = new StringBuilder();
            line.append(messages.text("severity." + problem.severity)).append("  ").append(problem.rule)
                .append("  ").append(Input.pointer(problem.path, messages));
            if (problem.line > 0) {
                line.append(" (").append(messages.text("location", problem.line, problem.column)).append(')');
            }
            line.append("\n    ").append(problem.message);
            terminal.out.println(line);
        }
        terminal.out.println(problems.isEmpty() ? messages.text("validate.none")
            : messages.text("validate.summary", errors, problems.size() - errors));
    }

    private static void writeJson(List<Problem> problems, Terminal terminal) {
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
                json.writeStringProperty("rule", problem.rule);
                json.writeStringProperty("severity", problem.severity);
                json.writeStringProperty("path", problem.path);
                json.writeStringProperty("message", problem.message);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        terminal.out.println();
    }
}

package se.samverkan.cli;

import java.util.List;
import java.util.Optional;

/**
 * The tool's commands by name. Only the command a run names is constructed (and only its options are
 * reflected on by picocli): the others cost nothing at start-up.
 */
final class Commands {

    /** The command names, in the order the tool's help lists them. */
    static final List<String> NAMES = List.of("validate", "metrics", "report", "followup", "import", "schema",
        "value");

    private Commands() {
    }

    /** A new command of this name, or empty when the tool has none. */
    static Optional<Command> named(String name) {
        switch (name) {
            case "validate":
                return Optional.of(new ValidateCommand());
            case "metrics":
                return Optional.of(new MetricsCommand());
            case "report":
                return Optional.of(new ReportCommand());
            case "followup":
                return Optional.of(new FollowupCommand());
            case "import":
                return Optional.of(new ImportCommand());
            case "schema":
                return Optional.of(new SchemaCommand());
            case "value":
                return Optional.of(new ValueCommand());
            default:
                return Optional.empty();
        }
    }
}

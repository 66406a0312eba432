package se.samverkan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: positional arguments (a lone {@code -} is one: standard input) and
 * {@code --name value} / {@code --name=value} options, each at most once. Hand-written on purpose: four
 * commands with a handful of options need no parsing library inside the jar.
 */
final class Arguments {

    private final List<String> positional;
    private final Map<String, String> options;

    private Arguments(List<String> positional, Map<String, String> options) {
        this.positional = List.copyOf(positional);
        this.options = Map.copyOf(options);
    }

    /**
     * Parses {@code args}.
     *
     * @param flags   option names that take no value (such as {@code --json})
     * @param valued  option names that take one value (such as {@code --project})
     * @throws UsageException for an unknown option, a missing value or an option given twice
     */
    static Arguments parse(List<String> args, Set<String> flags, Set<String> valued, Messages messages)
        throws UsageException {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                if (arg.startsWith("-") && !arg.equals("-")) {
                    throw new UsageException(messages.text("error.option.unknown", arg));
                }
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if (flags.contains(name)) {
                if (equals >= 0) {
                    throw new UsageException(messages.text("error.option.noValue", name));
                }
                value = "";
            } else if (valued.contains(name)) {
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(messages.text("error.option.missingValue", name));
                }
            } else {
                throw new UsageException(messages.text("error.option.unknown", name));
            }
            if (options.put(name, value) != null) {
                throw new UsageException(messages.text("error.option.twice", name));
            }
        }
        return new Arguments(positional, options);
    }

    List<String> positional() {
        return positional;
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(options.get(option));
    }

    /** The single FILE argument of a command. */
    String file(Messages messages) throws UsageException {
        if (positional.isEmpty()) {
            throw new UsageException(messages.text("error.file.missing"));
        }
        if (positional.size() > 1) {
            throw new UsageException(messages.text("error.arguments.extra", positional.get(1)));
        }
        return positional.get(0);
    }

    /** Rejects any positional argument (for a command that takes none). */
    void noPositional(Messages messages) throws UsageException {
        if (!positional.isEmpty()) {
            throw new UsageException(messages.text("error.arguments.extra", positional.get(0)));
        }
    }
}

package se.samverkan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import se.samverkan.metrics.series.PeriodLength;
import se.samverkan.tables.TableKind;

/**
 * The command line as picocli reads it: the tool with the one command a run names, the types its options
 * are converted to (dates, years, codes, paths), the help texts of the {@code --lang} language, and every
 * picocli error turned into the tool's one-line message in that language.
 *
 * <p>picocli's own settings that would surprise a user are off: {@code @file} arguments are not expanded,
 * an option is given at most once, and {@code --} ends the options (so {@code -- -x.json} is a file).
 */
final class Parser {

    private Parser() {
    }

    /** The command line of the tool alone (for its help). */
    static CommandLine tool(Messages messages) {
        return configure(new CommandLine(new ToolCommand()), messages);
    }

    /** The command line of the tool with this one command under it. */
    static CommandLine of(Command command, Messages messages) {
        CommandLine tool = new CommandLine(new ToolCommand());
        tool.addSubcommand(new CommandLine(command));
        return configure(tool, messages);
    }

    private static CommandLine configure(CommandLine tool, Messages messages) {
        tool.setExpandAtFiles(false);
        tool.setOverwrittenOptionsAllowed(false);
        tool.registerConverter(LocalDate.class, LocalDate::parse);
        tool.registerConverter(Year.class, Parser::year);
        tool.registerConverter(Language.class, Codes.of(Language.class));
        tool.registerConverter(FollowupFormat.class, Codes.of(FollowupFormat.class));
        tool.registerConverter(TemplateFormat.class, Codes.of(TemplateFormat.class));
        tool.registerConverter(TableKind.class, Codes.of(TableKind.class));
        tool.registerConverter(PeriodLength.class, Parser::periodLength);
        tool.registerConverter(SchemaCommand.Which.class, Codes.of(SchemaCommand.Which.class));
        tool.setResourceBundle(messages.bundle());
        return tool;
    }

    /** A year of four digits ({@code 2009}). */
    private static Year year(String text) {
        if (!text.matches("[0-9]{4}")) {
            throw new TypeConversionException(text);
        }
        return Year.of(Integer.parseInt(text));
    }

    /** A calendar period length of a series, in any letter case ({@code tertial}, {@code TERTIAL}). */
    private static PeriodLength periodLength(String text) {
        for (PeriodLength length : PeriodLength.values()) {
            if (length.name().equalsIgnoreCase(text)) {
                return length;
            }
        }
        throw new TypeConversionException(text);
    }

    /**
     * Fills the fields of the tool's command from {@code args}.
     *
     * @throws UsageException for an unknown option, a missing or bad value, an option given twice, a missing
     *                        or extra argument: one message in the user's language
     */
    static void parse(CommandLine tool, String[] args, Messages messages) throws UsageException {
        try {
            tool.parseArgs(args);
        } catch (ParameterException e) {
            throw new UsageException(message(e, messages));
        }
    }

    private static String message(ParameterException e, Messages messages) {
        if (e instanceof UnmatchedArgumentException) {
            String argument = ((UnmatchedArgumentException) e).getUnmatched().get(0);
            return argument.startsWith("-") && !argument.equals(Input.STANDARD_INPUT)
                ? messages.text("error.option.unknown", argument.split("=", 2)[0])
                : messages.text("error.arguments.extra", argument);
        }
        if (e instanceof MissingParameterException) {
            ArgSpec missing = ((MissingParameterException) e).getMissing().get(0);
            return missing.isOption() ? messages.text("error.option.missingValue", name(missing))
                : messages.text("error.file.missing");
        }
        if (e instanceof OverwrittenOptionException) {
            return messages.text("error.option.twice", name(((OverwrittenOptionException) e).getOverwritten()));
        }
        ArgSpec argument = e.getArgSpec();
        String value = e.getValue();
        if (argument == null || value == null) {
            return messages.text("error.commandLine");
        }
        return badValue(argument, value, messages).orElseGet(() -> messages.text("error.commandLine"));
    }

    /** The message for a value that is not of its option's type. */
    private static Optional<String> badValue(ArgSpec argument, String value, Messages messages) {
        Class<?> type = argument.type();
        String option = name(argument);
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(messages.text("error.option.noValue", option));
        }
        if (type == LocalDate.class) {
            return Optional.of(messages.text("error.date", option, value));
        }
        if (type == Year.class) {
            return Optional.of(messages.text("error.year", value));
        }
        if (type == TableKind.class) {
            return Optional.of(messages.text("error.table.kind", value));
        }
        if (type == SchemaCommand.Which.class) {
            return Optional.of(messages.text("error.arguments.extra", value));
        }
        if (type == PeriodLength.class) {
            return Optional.of(messages.text("error.by", value));
        }
        if (type == Language.class) {
            return Optional.of(messages.text("error.lang", value));
        }
        if (type.isEnum()) {
            return Optional.of(messages.text("error.format", value, Codes.list(type)));
        }
        if (type == Path.class) {
            return Optional.of(messages.text("error.file.notFound", value));
        }
        return Optional.empty();
    }

    private static String name(ArgSpec argument) {
        return argument.isOption() ? ((OptionSpec) argument).longestName() : argument.paramLabel();
    }
}

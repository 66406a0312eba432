package se.samverkan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help of the tool or of one command, laid out from picocli's model: the usage line, the description,
 * the list of commands (the tool) or of the arguments and options (a command), and the footer. Every text
 * comes from the resource bundle of the {@code --lang} language through picocli ({@code usage.*} keys and
 * one key per option); each command's usage line and one-line summary are written once there and shown
 * both in its own help and in the tool's list of commands.
 */
final class HelpLayout {

    /** How the tool is run, shown before each usage line. */
    static final String PROGRAM = "java -jar samverkan-cli.jar";

    private static final String INDENT = "  ";
    private static final int MIN_NAME_WIDTH = 11;

    private HelpLayout() {
    }

    /** The help of the tool (when {@code line} has no command under it) or of its one command. */
    static String of(CommandLine line) {
        List<CommandLine> commands = new ArrayList<>(line.getSubcommands().values());
        return commands.isEmpty() ? tool(line.getCommandSpec()) : command(commands.get(0).getCommandSpec());
    }

    private static String tool(CommandSpec spec) {
        UsageMessageSpec usage = spec.usageMessage();
        ResourceBundle bundle = spec.resourceBundle();
        StringBuilder text = synopsis(usage);
        text.append('\n').append(usage.commandListHeading().strip()).append('\n');
        for (String name : Commands.NAMES) {
            String prefix = spec.name() + "." + name + ".";
            for (String line : lines(bundle.getString(prefix + "usage.customSynopsis"))) {
                text.append(INDENT).append(line).append('\n');
            }
            text.append(INDENT).append("    ").append(bundle.getString(prefix + "summary")).append('\n');
        }
        return footer(text, usage);
    }

    private static String command(CommandSpec spec) {
        ResourceBundle bundle = spec.resourceBundle();
        List<String[]> rows = new ArrayList<>();
        for (ArgSpec argument : spec.args()) {
            if (!argument.hidden()) {
                rows.add(new String[] {names(argument, bundle), String.join("\n", argument.description())});
            }
        }
        int width = MIN_NAME_WIDTH;
        for (String[] row : rows) {
            width = Math.max(width, row[0].length() + 2);
        }
        StringBuilder text = synopsis(spec.usageMessage());
        text.append('\n');
        for (String[] row : rows) {
            List<String> description = lines(row[1]);
            text.append(INDENT).append(row[0]);
            for (int i = 0; i < description.size(); i++) {
                int column = i == 0 ? width - row[0].length() : INDENT.length() + width;
                text.append(" ".repeat(column)).append(description.get(i)).append('\n');
            }
        }
        return footer(text, spec.usageMessage());
    }

    /**
     * The usage line(s), each after {@link #PROGRAM} (a second form of the command, as {@code import} has),
     * or, for a line that starts with spaces, under the line before it (the rest of a long one); then the
     * description.
     */
    private static StringBuilder synopsis(UsageMessageSpec usage) {
        StringBuilder text = new StringBuilder();
        String heading = usage.synopsisHeading();
        List<String> synopsis = lines(String.join("\n", usage.customSynopsis()));
        for (int i = 0; i < synopsis.size(); i++) {
            String line = synopsis.get(i);
            text.append(i == 0 ? heading : " ".repeat(heading.length()));
            if (i > 0 && line.startsWith(" ")) {
                text.append(" ".repeat(PROGRAM.length() + 1));
            } else {
                text.append(PROGRAM).append(' ');
            }
            text.append(line).append('\n');
        }
        return text.append('\n').append(String.join("\n", usage.description())).append('\n');
    }

    private static String footer(StringBuilder text, UsageMessageSpec usage) {
        return text.append('\n').append(String.join("\n", usage.footer())).append('\n').toString();
    }

    /** An option's names ({@code -h, --help}), or a positional argument's label in the help's language. */
    private static String names(ArgSpec argument, ResourceBundle bundle) {
        if (argument.isOption()) {
            return String.join(", ", ((OptionSpec) argument).names());
        }
        String key = "label." + argument.paramLabel();
        return bundle.containsKey(key) ? bundle.getString(key) : argument.paramLabel();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }
}

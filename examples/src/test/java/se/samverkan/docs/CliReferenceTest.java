package se.samverkan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.samverkan.cli.SamverkanCli;

/**
 * docs/cli.md describes every command and option the tool itself names in its help, and every exit
 * status it defines. The commands and options are taken from the tool's own {@code --help} output, so a
 * command or option added to the tool fails this test until cli.md describes it.
 */
class CliReferenceTest {

    /** A command line of the help's command list: two spaces, the command, then its usage or nothing. */
    private static final Pattern COMMAND_LINE = Pattern.compile("^  ([a-z][a-z-]*)(?: .*)?$");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*[a-z]");
    private static final String HELP = "--help";

    /** The commands the tool's help lists under "Commands:". */
    private static List<String> commands() {
        UserDocs.Run help = UserDocs.tool("", "--help", "--lang", "en");
        assertThat(help.status()).isZero();
        List<String> commands = new ArrayList<>();
        boolean inList = false;
        for (String line : help.out().split("\n")) {
            if (line.startsWith("Commands:")) {
                inList = true;
            } else if (inList && line.isBlank()) {
                break;
            } else if (inList) {
                Matcher command = COMMAND_LINE.matcher(line);
                if (command.matches()) {
                    commands.add(command.group(1));
                }
            }
        }
        return commands;
    }

    /** The options one command's own help names. */
    private static Set<String> options(String command) {
        UserDocs.Run help = UserDocs.tool("", command, HELP, "--lang", "en");
        assertThat(help.status()).as("%s --help", command).isZero();
        Set<String> options = new LinkedHashSet<>();
        Matcher option = OPTION.matcher(help.out());
        while (option.find()) {
            options.add(option.group());
        }
        return options;
    }

    private static String section(String heading) {
        Map<String, String> sections = UserDocs.sections(UserDocs.page("cli.md"), 2);
        assertThat(sections).as("cli.md sections").containsKey(heading);
        return sections.get(heading);
    }

    @Test
    void the_help_lists_the_commands_the_test_relies_on() {
        // If the help's layout changed so that no command was found, every other test would pass vacuously.
        assertThat(commands()).contains("validate", "metrics", "report", "schema");
        assertThat(options("metrics")).contains("--project", "--from", "--to", "--as-of");
    }

    @Test
    void every_command_has_its_section_naming_every_option_of_its_help() {
        for (String command : commands()) {
            String section = section("`" + command + "`");
            assertThat(section).as("cli.md shows the usage of %s", command)
                .contains("java -jar samverkan-cli.jar " + command);
            for (String option : options(command)) {
                if (!option.equals(HELP)) {
                    // `--option` or `--option VALUE` in code style
                    assertThat(section).as("cli.md section of %s", command)
                        .containsPattern("`" + java.util.regex.Pattern.quote(option) + "( [^`]*)?`");
                }
            }
        }
    }

    @Test
    void help_and_the_language_option_are_described() {
        assertThat(section("`--help`")).contains("--help", "-h", "help COMMAND");
        assertThat(section("Common rules")).contains("`--lang sv|en`");
        for (String option : options("validate")) {
            assertThat(UserDocs.page("cli.md")).contains("`" + option);
        }
    }

    @Test
    void every_exit_status_is_in_the_table() {
        String table = UserDocs.sections(UserDocs.page("cli.md"), 3).get("Exit status");
        List<String> statuses = new ArrayList<>();
        for (List<List<String>> rows : UserDocs.tables(table)) {
            for (List<String> row : rows.subList(1, rows.size())) {
                statuses.addAll(UserDocs.codeSpans(row.get(0)));
            }
        }

        assertThat(statuses).containsExactly(String.valueOf(SamverkanCli.OK),
            String.valueOf(SamverkanCli.ERRORS_FOUND), String.valueOf(SamverkanCli.BAD_INPUT));
    }
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    @Test
    void the_tool_help_lists_every_command_with_its_options() {
        Cli cli = Cli.run("--help");

        assertThat(cli.status).isZero();
        assertThat(cli.err).isEmpty();
        assertThat(cli.out).startsWith("Användning: java -jar samverkan-cli.jar KOMMANDO [FLAGGOR]")
            .contains("validate FIL [--json] [--lang sv|en]",
                "metrics FIL [--project ID] [--from DATUM --to DATUM] [--as-of DATUM] [--by PERIOD] [--disclosed]",
                "report FIL [--lang sv|en] [--project ID] [--from DATUM --to DATUM] [--as-of DATUM]\n"
                    + "    [--html UT.html] [--xlsx UT.xlsx] [--parameters P.json] [--no-findings]",
                "schema [document|metrics]",
                "Slutstatus: 0 klart, 1 validate hittade minst ett FEL, 2 oanvändbar kommandorad eller indata.");
    }

    @Test
    void the_tool_help_in_english() {
        assertThat(Cli.run("--lang", "en", "--help").out).startsWith("Usage: java -jar samverkan-cli.jar COMMAND")
            .contains("validate FILE [--json] [--lang sv|en]");
        assertThat(Cli.run("help", "--lang", "en").out).startsWith("Usage: java -jar samverkan-cli.jar COMMAND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "metrics", "report", "followup", "import", "schema", "value"})
    void each_command_has_its_help(String command) {
        Cli swedish = Cli.run(command, "--help");
        Cli english = Cli.run(command, "-h", "--lang", "en");
        Cli topic = Cli.run("help", command);

        assertThat(swedish.status).isZero();
        assertThat(swedish.out).startsWith("Användning: java -jar samverkan-cli.jar " + command);
        assertThat(english.out).startsWith("Usage: java -jar samverkan-cli.jar " + command);
        assertThat(topic.out).isEqualTo(swedish.out);
    }

    @Test
    void a_long_usage_goes_on_under_its_first_line_and_a_second_form_repeats_the_program() {
        // report's usage is one command on two lines; import's is two forms of the command.
        java.util.List<String> report = Cli.run("report", "--help", "--lang", "en").out.lines().toList();
        assertThat(report.get(0)).startsWith("Usage: java -jar samverkan-cli.jar report FILE");
        assertThat(report.get(1)).isEqualTo(" ".repeat("Usage: java -jar samverkan-cli.jar ".length())
            + "  [--html OUT.html] [--xlsx OUT.xlsx] [--parameters P.json] [--no-findings]");
        java.util.List<String> imports = Cli.run("import", "--help", "--lang", "en").out.lines().toList();
        assertThat(imports.get(1)).isEqualTo("       java -jar samverkan-cli.jar import --template [--table"
            + " participations|budget] [--format csv|xlsx] [--out PATH]");
    }

    @Test
    void validate_help_gives_the_exit_statuses_and_the_json_shape() {
        assertThat(Cli.run("validate", "--help", "--lang", "en").out)
            .contains("\"rule\": \"…\", \"severity\": \"ERROR|WARNING\", \"path\": \"/…\", \"message\": \"…\"")
            .contains("Exit status: 0 no ERROR (there may be warnings), 1 at least one ERROR, 2 unreadable or "
                + "malformed input.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "metrics", "report", "followup", "import", "schema", "value"})
    void each_command_lists_the_common_options_in_the_help_language(String command) {
        assertThat(Cli.run(command, "--help").out).contains("\n  --lang ", "\n  -h, --help  ", "visa den här hjälpen");
        assertThat(Cli.run("--lang=en", command, "-h").out).contains("\n  -h, --help  ", "show this help");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "metrics", "report", "followup", "import", "schema", "value"})
    void the_overview_shows_each_command_with_the_usage_its_own_help_gives(String command) {
        for (String language : new String[] {"sv", "en"}) {
            String overview = Cli.run("--help", "--lang", language).out;
            String usage = Cli.run(command, "--help", "--lang", language).out.lines().findFirst().orElseThrow();
            // "Användning: java -jar samverkan-cli.jar validate FIL …" shows as "  validate FIL …" in the overview.
            String line = usage.substring(usage.indexOf("samverkan-cli.jar ") + "samverkan-cli.jar ".length());
            assertThat(line).startsWith(command);
            assertThat(overview).contains("\n  " + line + "\n");
        }
    }

    @Test
    void help_wins_over_the_rest_of_the_command_line_but_not_after_the_end_of_options() {
        Cli help = Cli.run("metrics", "--bogus", "--as-of", "x", "--help");
        assertThat(help.status).isZero();
        assertThat(help.out).startsWith("Användning: java -jar samverkan-cli.jar metrics");

        Cli file = Cli.run("validate", "--", "--help");
        assertThat(file.status).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(file.err).isEqualTo("samverkan: filen --help finns inte\n");
    }
}


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
                "metrics FIL [--project ID] [--from DATUM --to DATUM] [--as-of DATUM]",
                "report FIL [--lang sv|en] [--html UT.html]", "schema",
                "Slutstatus: 0 klart, 1 validate hittade minst ett FEL, 2 oanvändbar kommandorad eller indata.");
    }

    @Test
    void the_tool_help_in_english() {
        assertThat(Cli.run("--lang", "en", "--help").out).startsWith("Usage: java -jar samverkan-cli.jar COMMAND")
            .contains("validate FILE [--json] [--lang sv|en]");
        assertThat(Cli.run("help", "--lang", "en").out).startsWith("Usage: java -jar samverkan-cli.jar COMMAND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "metrics", "report", "schema"})
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
    void validate_help_gives_the_exit_statuses_and_the_json_shape() {
        assertThat(Cli.run("validate", "--help", "--lang", "en").out)
            .contains("\"rule\": \"…\", \"severity\": \"ERROR|WARNING\", \"path\": \"/…\", \"message\": \"…\"")
            .contains("Exit status: 0 no ERROR (there may be warnings), 1 at least one ERROR, 2 unreadable or "
                + "malformed input.");
    }
}

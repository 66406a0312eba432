package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Bad input ends with exit status 2 and one message naming the place; never a stack trace. */
class BadInputTest {

    private static void assertOneCleanMessage(Cli cli) {
        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).startsWith("samverkan: ").endsWith("\n");
        assertThat(cli.err.strip()).doesNotContain("\n");
        assertThat(cli.err).doesNotContain("Exception", "\tat ", "tools.jackson", "se.samverkan.", "java.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "metrics", "report"})
    void malformed_json_names_line_column_and_pointer(String command) {
        Cli cli = Cli.runWithInput("{\"schemaVersion\": \"1\",\n \"parties\": [ {\"id\": \"fk\" \"name\": \"x\"} ]}",
            command, "-");

        assertOneCleanMessage(cli);
        assertThat(cli.err).isEqualTo("samverkan: rad 2, kolumn 27, /parties/0/id: Texten är inte giltig JSON här.\n");
    }

    @Test
    void an_unknown_enum_value_lists_the_allowed_values_in_english() {
        Cli cli = Cli.runWithInput("{\"schemaVersion\": \"1\",\n \"parties\": [ {\"id\": \"fk\", \"name\": \"x\", "
            + "\"type\": \"KOMMUN\"} ]}", "metrics", "-", "--lang", "en");

        assertOneCleanMessage(cli);
        assertThat(cli.err).startsWith("samverkan: line 2, column 49, /parties/0/type: ")
            .contains("KOMMUN", "MUNICIPALITY", "SOCIAL_INSURANCE_AGENCY");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"schemaVersion\": \"1\"} trailing | rad 1, kolumn 24, dokumentets rot:",
        "{\"schemaVersion\": \"1\", \"schemaVersion\": \"1\"} | /schemaVersion:",
        "{\"schemaVersion\": \"1\", \"color\": \"red\"} | /color:",
        "[] | dokumentets rot:",
        "{\"parties\": [ {\"id\": \"fk\", \"name\": \"x\", \"type\": \"REGION\", \"population\": 1.5} ]} | /parties/0/population:"
    })
    void hostile_or_wrong_documents_are_refused_with_their_place(String document, String place) {
        Cli cli = Cli.runWithInput(document, "validate", "-");

        assertOneCleanMessage(cli);
        assertThat(cli.err).contains(place);
    }

    /** A document in the order the library writes it, so that {@code metrics} streams it in one pass. */
    private static final String STREAMED_IN_ONE_PASS = "{\"schemaVersion\": \"1\", \"parties\": [], "
        + "\"associations\": [], \"projects\": [],\n \"participants\": [ {\"id\": \"p1\", \"gender\": \"WOMAN\"},\n"
        + "  {\"id\": \"p2\", \"gender\": \"MAN\"},\n  {\"id\": \"p3\", \"gender\": \"MALE\"} ]}";

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void metrics_refuses_a_participant_found_bad_after_others_were_streamed(boolean fromFile, @TempDir Path dir)
        throws Exception {
        Path file = Files.writeString(dir.resolve("streamed.json"), STREAMED_IN_ONE_PASS);
        Cli cli = fromFile ? Cli.run("metrics", file.toString(), "--lang", "en")
            : Cli.runWithInput(STREAMED_IN_ONE_PASS, "metrics", "-", "--lang", "en");

        assertOneCleanMessage(cli);
        assertThat(cli.err).startsWith("samverkan: line 4, column 26, /participants/2/gender: Unknown value \"MALE\"");
    }

    @Test
    void metrics_refuses_content_found_after_the_streamed_participants() {
        Cli cli = Cli.runWithInput(STREAMED_IN_ONE_PASS.replace("MALE", "MAN") + "\n{}", "metrics", "-");

        assertOneCleanMessage(cli);
        assertThat(cli.err).isEqualTo("samverkan: rad 5, kolumn 1, dokumentets rot: "
            + "Det finns innehåll efter dokumentets slut.\n");
    }

    @Test
    void deep_nesting_is_refused_without_a_stack_overflow() {
        Cli cli = Cli.runWithInput("{\"parties\": " + "[".repeat(100_000), "validate", "-");

        // The first party is an array, not an object (a problem of its own, column 14); skipping it meets the
        // nesting bound, which ends reading: two problems, then their count, each line clean.
        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(cli.err.lines()).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("samverkan: ")
            .doesNotContain("Exception", "\tat ", "tools.jackson", "se.samverkan.", "java."));
        assertThat(cli.err.lines().toList().get(0)).startsWith("samverkan: rad 1, kolumn 14, /parties/0: Fel typ: ");
        assertThat(cli.err.lines().toList().get(1)).endsWith(": Dokumentet är nästlat djupare än 32 nivåer.");
    }

    @Test
    void an_empty_input_is_refused() {
        Cli cli = Cli.runWithInput("", "report", "-");

        assertOneCleanMessage(cli);
        assertThat(cli.err).isEqualTo("samverkan: rad 1, kolumn 1, dokumentets rot: Dokumentet är tomt.\n");
    }

    @Test
    void a_missing_file_or_a_directory(@TempDir Path dir) {
        Cli missing = Cli.run("validate", dir.resolve("saknas.json").toString());
        assertOneCleanMessage(missing);
        assertThat(missing.err).endsWith("saknas.json finns inte\n");

        Cli directory = Cli.run("metrics", dir.toString(), "--lang", "en");
        assertOneCleanMessage(directory);
        assertThat(directory.err).endsWith(" cannot be read\n");
    }

    @Test
    void invalid_utf8_is_refused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"schemaVersion\": \"1\", \"parties\": [ {\"id\": \"fk\", \"name\": \"F\u00f6rs\"} ]}"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertOneCleanMessage(Cli.run("validate", file.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "frobnicate | samverkan: okänt kommando 'frobnicate': välj ett av validate, metrics, report, followup, import, schema, value (se --help)",
        "validate | samverkan: ange FIL (eller - för standard in)",
        "validate,a.json,b.json | samverkan: oväntat argument 'b.json' (se --help)",
        "validate,a.json,--bogus | samverkan: okänd flagga --bogus (se --help)",
        "validate,a.json,--json=yes | samverkan: flaggan --json tar inget värde",
        "report,a.json,--html | samverkan: flaggan --html saknar värde",
        "metrics,a.json,--project,x,--project,y | samverkan: flaggan --project är angiven två gånger",
        "validate,a.json,--lang,fi | samverkan: okänt språk 'fi': ange sv eller en / unknown language 'fi': use sv or en",
        "schema,extra | samverkan: oväntat argument 'extra' (se --help)",
        "validate,a.json,--bogus,--lang,en | samverkan: unknown option --bogus (see --help)",
        "metrics,a.json,--as-of | samverkan: flaggan --as-of saknar värde",
        "metrics,a.json,--to=2009-02-30 | samverkan: flaggan --to: '2009-02-30' är inget datum ÅÅÅÅ-MM-DD",
        "validate,a.json,--json,--json | samverkan: flaggan --json är angiven två gånger",
        "followup,a.json,--format,PDF,--lang,en | samverkan: unknown format 'PDF': use one of json, csv, xlsx, text",
        "followup,a.json,--year,209 | samverkan: flaggan --year: '209' är inget år",
        "import,--template,--format,json | samverkan: okänt format 'json': använd något av csv, xlsx",
        "--lang,en,validate | samverkan: give FILE (or - for standard input)",
        "validate,--,--json | samverkan: filen --json finns inte",
        "validate,@args.txt | samverkan: filen @args.txt finns inte",
        "validate,a.json,--,b.json | samverkan: oväntat argument 'b.json' (se --help)"
    })
    void a_command_line_that_cannot_be_used(String args, String message) {
        Cli cli = Cli.run(args.split(","));

        assertOneCleanMessage(cli);
        assertThat(cli.err).isEqualTo(message + "\n");
    }

    @Test
    void no_arguments_prints_the_usage_on_standard_error() {
        Cli cli = Cli.run();

        assertThat(cli.status).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).startsWith("Användning: java -jar samverkan-cli.jar KOMMANDO");
    }
}

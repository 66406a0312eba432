package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<Map<String, String>> problems(Cli cli) {
        return JSON.readValue(cli.out, new TypeReference<List<Map<String, String>>>() { });
    }

    @Test
    void gemensamma_taget_shows_the_applications_own_errors() {
        Cli cli = Cli.run("validate", Cli.GEMENSAMMA_TAGET, "--json");

        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.ERRORS_FOUND);
        assertThat(problems(cli)).extracting(p -> p.get("rule"), p -> p.get("severity"), p -> p.get("path"))
            .containsExactly(
                // In document order. The tables' bands 18–30 and 31–64 lie outside the 25–45 target group.
                tuple("BREAKDOWN_OUTSIDE_TARGET_AGE", "WARNING", "/projects/0/goals/0/breakdown/ageBands/0"),
                tuple("BREAKDOWN_OUTSIDE_TARGET_AGE", "WARNING", "/projects/0/goals/0/breakdown/ageBands/1"),
                tuple("BREAKDOWN_OUTSIDE_TARGET_AGE", "WARNING", "/projects/0/goals/1/breakdown/ageBands/0"),
                tuple("BREAKDOWN_OUTSIDE_TARGET_AGE", "WARNING", "/projects/0/goals/1/breakdown/ageBands/1"),
                tuple("BREAKDOWN_OUTSIDE_TARGET_AGE", "WARNING", "/projects/0/goals/2/breakdown/ageBands/0"),
                tuple("BREAKDOWN_OUTSIDE_TARGET_AGE", "WARNING", "/projects/0/goals/2/breakdown/ageBands/1"),
                // The studies table prints 2 + 2 as 0 and 3 + 3 as 10.
                tuple("BREAKDOWN_TOTAL_MISMATCH", "ERROR", "/projects/0/goals/2/breakdown/columnTotals/0"),
                tuple("BREAKDOWN_TOTAL_MISMATCH", "ERROR", "/projects/0/goals/2/breakdown/columnTotals/1"),
                // Group 13 is listed under 2010 with dates in January 2009.
                tuple("COHORT_SEQUENCE", "WARNING", "/projects/0/cohorts/12"),
                // Two synthetic participants placed outside the target group on purpose.
                tuple("AGE_OUTSIDE_TARGET_GROUP", "WARNING", "/participants/11/participations/0"),
                tuple("TOO_FEW_AUTHORITY_CONTACTS", "WARNING", "/participants/29/participations/0/authorityContacts"));
        assertThat(problems(cli)).allSatisfy(p -> assertThat(p)
            .containsOnlyKeys("rule", "severity", "path", "message", "line", "column"));
        // The COHORT_SEQUENCE finding is located where cohort 13 stands in the sample's text.
        assertThat(problems(cli)).filteredOn(p -> p.get("rule").equals("COHORT_SEQUENCE"))
            .extracting(p -> p.get("line"), p -> p.get("column")).containsExactly(tuple("895", "9"));
    }

    @Test
    void the_text_output_names_severity_rule_place_and_message_in_swedish() {
        Cli cli = Cli.run("validate", Cli.GEMENSAMMA_TAGET);

        assertThat(cli.status).isEqualTo(SamverkanCli.ERRORS_FOUND);
        assertThat(cli.out)
            .contains("FEL  BREAKDOWN_TOTAL_MISMATCH  /projects/0/goals/2/breakdown/columnTotals/0 (rad 313, kolumn 15)\n"
                + "    angiven summa för åldersgruppen 18–30 är 0 men cellerna summerar till 4")
            .contains("VARNING  COHORT_SEQUENCE  /projects/0/cohorts/12 (rad 895, kolumn 9)")
            .endsWith("2 fel, 9 varningar.\n");
        assertThat(cli.err).isEmpty();
    }

    @Test
    void english_messages_with_lang_en() {
        Cli cli = Cli.run("validate", Cli.GEMENSAMMA_TAGET, "--lang", "en");

        assertThat(cli.out).contains("ERROR  BREAKDOWN_TOTAL_MISMATCH").contains("WARNING  COHORT_SEQUENCE")
            .endsWith("2 errors, 9 warnings.\n");
    }

    @Test
    void the_other_seed_samples_have_no_problem() {
        assertThat(Cli.run("validate", Cli.KAVLINGE_LOMMA)).satisfies(cli -> {
            assertThat(cli.status).isZero();
            assertThat(cli.out).isEqualTo("Inga problem.\n");
        });
        assertThat(Cli.run("validate", Cli.MYSAM_GAVLE).status).isZero();
        // Six förbund own and run Gränsgångare; a förbund counts as its members' types (all four when the
        // file does not hold it), so the pre-study is run by enough parties.
        assertThat(Cli.run("validate", Cli.GRANSGANGARE)).satisfies(cli -> {
            assertThat(cli.status).isZero();
            assertThat(cli.out).isEqualTo("Inga problem.\n");
        });
    }

    @Test
    void a_field_rule_violation_is_an_error_with_its_line_and_column() throws Exception {
        String document = Files.readString(Path.of(Cli.MYSAM_GAVLE))
            .replace("\"id\": \"gavle-valfard\"", "\"id\": \"Gävle Välfärd\"");

        Cli cli = Cli.runWithInput(document, "validate", "-");

        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.ERRORS_FOUND);
        assertThat(cli.out)
            .contains("FEL  INVALID_ID  /parties/4/id (rad 8, kolumn 13)\n"
                + "    måste vara ett id på 1–64 tecken")
            .contains("FEL  UNKNOWN_REFERENCE  /projects/0/owner (rad 22, kolumn 16)\n")
            .endsWith("2 fel, 0 varningar.\n");
    }

    @Test
    void an_outcome_without_end_is_reported_once_under_the_rule_id() throws Exception {
        String document = Files.readString(Path.of(Cli.GEMENSAMMA_TAGET))
            .replaceFirst("\"end\": \"2008-08-06\",", ""); // p0001 keeps her exit outcome STUDIES

        Cli cli = Cli.runWithInput(document, "validate", "-", "--json");

        assertThat(problems(cli)).filteredOn(p -> p.get("rule").equals("OUTCOME_WITHOUT_END"))
            .extracting(p -> p.get("severity"), p -> p.get("path"))
            .containsExactly(tuple("ERROR", "/participants/0/participations/0/exitOutcome"));
    }

    @Test
    void reads_standard_input_for_a_dash(@TempDir Path dir) throws Exception {
        Cli cli = Cli.runWithInput(Files.readString(Path.of(Cli.KAVLINGE_LOMMA)), "validate", "-");

        assertThat(cli.status).isZero();
        assertThat(cli.out).isEqualTo("Inga problem.\n");
    }

    @Test
    void unreadable_input_still_gives_the_json_array_of_reading_problems_and_exit_2() {
        // Line 2 breaks off the parties array: a syntax error at the "}" in column 15.
        Cli cli = Cli.runWithInput("{\n  \"parties\": [}\n", "validate", "-", "--json", "--lang", "en");

        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(problems(cli)).singleElement().satisfies(p -> {
            assertThat(p.get("rule")).isEqualTo("SYNTAX_ERROR");
            assertThat(p.get("severity")).isEqualTo("ERROR");
            assertThat(p.get("path")).isEqualTo("/parties");
            assertThat(p.get("line")).isEqualTo("2");
            assertThat(p.get("column")).isEqualTo("15");
            assertThat(p.get("message")).isEqualTo("The text is not valid JSON here.");
        });
    }

    @Test
    void the_summary_counts_in_singular_and_plural() throws Exception {
        String document = Files.readString(Path.of(Cli.MYSAM_GAVLE))
            .replace("\"id\": \"gavle-valfard\"", "\"id\": \"Gävle Välfärd\"");
        // One bad id: the field rule at the party and the dangling reference to it from the project.
        assertThat(Cli.runWithInput(document, "validate", "-", "--lang", "en").out).endsWith("2 errors, 0 warnings.\n");
        String oneError = Files.readString(Path.of(Cli.MYSAM_GAVLE))
            .replace("\"owner\": \"gavle-valfard\"", "\"owner\": \"gavle-valfard-x\"");
        assertThat(Cli.runWithInput(oneError, "validate", "-", "--lang", "en").out).endsWith("1 error, 0 warnings.\n");
        assertThat(Cli.runWithInput(oneError, "validate", "-").out).endsWith("1 fel, 0 varningar.\n");
    }
}

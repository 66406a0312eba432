package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document with several values the format refuses gets all of them reported by every command that reads
 * it, not only the first: the sample Gemensamma taget with the unknown gender "X" for its first three
 * participants and the text "abc" as the fourth one's birth year.
 */
class EveryReadingProblemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The 1-based lines of the sample: the genders of p0001, p0002, p0003 and the birth year of p0004. */
    private static final int[] GENDER_LINES = {934, 967, 999};
    private static final int BIRTH_YEAR_LINE = 1053;

    @TempDir
    static Path dir;

    private static String bad;

    @BeforeAll
    static void plant() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(Cli.GEMENSAMMA_TAGET));
        for (int line : GENDER_LINES) {
            assertThat(lines.get(line - 1)).matches(" {6}\"gender\": \"[A-Z_]+\",");
            lines.set(line - 1, "      \"gender\": \"X\",");
        }
        assertThat(lines.get(BIRTH_YEAR_LINE - 1)).matches(" {6}\"birthYear\": [0-9]{4},");
        lines.set(BIRTH_YEAR_LINE - 1, "      \"birthYear\": \"abc\",");
        bad = Files.write(dir.resolve("bad.json"), lines).toString();
    }

    @Test
    void validate_prints_every_problem_with_its_place_and_exits_2() {
        Cli cli = Cli.run("validate", bad);

        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        // `      "gender": ` is 16 characters: the code starts at column 17; `      "birthYear": ` is 19: column 20.
        String unknownX = "Okänt värde \"X\"; tillåtna värden: WOMAN, MAN, NON_BINARY, UNSPECIFIED.";
        assertThat(cli.err.lines()).containsExactly(
            "samverkan: rad 934, kolumn 17, /participants/0/gender: " + unknownX,
            "samverkan: rad 967, kolumn 17, /participants/1/gender: " + unknownX,
            "samverkan: rad 999, kolumn 17, /participants/2/gender: " + unknownX,
            "samverkan: rad 1053, kolumn 20, /participants/3/birthYear: "
                + "Fel typ: här ska det stå ett heltal, men det står en text.",
            "samverkan: 4 problem i dokumentet");
        assertThat(cli.out).isEmpty();
    }

    @Test
    void validate_json_prints_the_whole_array() {
        Cli cli = Cli.run("validate", bad, "--json", "--lang", "en");

        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        List<Map<String, String>> problems = JSON.readValue(cli.out, new TypeReference<List<Map<String, String>>>() { });
        assertThat(problems).extracting(p -> p.get("rule"), p -> p.get("severity"), p -> p.get("path"),
                p -> p.get("line"), p -> p.get("column"))
            .containsExactly(
                tuple("UNKNOWN_CODE", "ERROR", "/participants/0/gender", "934", "17"),
                tuple("UNKNOWN_CODE", "ERROR", "/participants/1/gender", "967", "17"),
                tuple("UNKNOWN_CODE", "ERROR", "/participants/2/gender", "999", "17"),
                tuple("WRONG_TYPE", "ERROR", "/participants/3/birthYear", "1053", "20"));
        assertThat(problems.get(3).get("message")).isEqualTo("Wrong type: an integer expected here, but found a string.");
    }

    @Test
    void metrics_streams_the_participants_and_still_reports_every_problem() {
        Cli cli = Cli.run("metrics", bad, "--lang", "en");

        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err.lines()).hasSize(5).startsWith(
            "samverkan: line 934, column 17, /participants/0/gender: Unknown value \"X\"; allowed values: WOMAN, MAN, "
                + "NON_BINARY, UNSPECIFIED.");
        assertThat(cli.err.lines().toList().get(3))
            .isEqualTo("samverkan: line 1053, column 20, /participants/3/birthYear: "
                + "Wrong type: an integer expected here, but found a string.");
        assertThat(cli.err.lines().toList().get(4)).isEqualTo("samverkan: 4 problems in the document");
    }

    @Test
    void report_reads_the_whole_document_and_reports_every_problem() {
        Cli cli = Cli.run("report", bad);

        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(cli.err.lines()).hasSize(5).last().isEqualTo("samverkan: 4 problem i dokumentet");
    }

    @Test
    void one_problem_is_one_line_without_a_count() throws IOException {
        String one = Files.readString(Path.of(bad)).replace("\"birthYear\": \"abc\"", "\"birthYear\": 1981")
            .replace("\"gender\": \"X\"", "\"gender\": \"WOMAN\"").replaceFirst("\"gender\": \"WOMAN\"", "\"gender\": \"Q\"");
        Cli cli = Cli.runWithInput(one, "validate", "-", "--lang", "en");

        assertThat(cli.status).as(cli.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(cli.err.lines()).singleElement().asString().startsWith("samverkan: line ").contains("Unknown value \"Q\"");
    }
}

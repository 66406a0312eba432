package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Reading then validating reports every field-rule violation with a JSON Pointer into the original
 * document and the line and column where that value is written.
 */
class ReadAndValidateTest {

    private static final Path INVALID = Path.of("src/test/resources/se/samverkan/json/invalid-values.json");
    private static final Path VALID = Path.of("src/test/resources/se/samverkan/json/spec-example.json");

    private final SamverkanJson json = SamverkanJson.create();

    @Test
    void every_violation_points_at_its_value_in_the_original_text() throws Exception {
        ValidatedDocument result = json.readAndValidate(INVALID);

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations())
            .extracting(LocatedViolation::path, LocatedViolation::line, LocatedViolation::column)
            .containsExactly(
                tuple("/participants/0/birthYear", 15, 20),
                tuple("/participants/0/participations/0/end", 18, 18),
                tuple("/participants/0/participations/1/exitOutcome", 19, 66),
                tuple("/parties/0/id", 3, 13),
                tuple("/parties/1/municipalityCode", 4, 88),
                tuple("/projects/0/period/end", 10, 26));
    }

    @Test
    void each_located_value_is_the_one_the_pointer_names() throws Exception {
        String text = Files.readString(INVALID);
        for (LocatedViolation v : json.readAndValidate(text).violations()) {
            String line = text.lines().skip(v.line() - 1).findFirst().orElseThrow();
            String property = v.path().substring(v.path().lastIndexOf('/') + 1);
            assertThat(line.substring(0, v.column() - 1)).as(v.toString()).endsWith("\"" + property + "\": ");
        }
    }

    @Test
    void violations_carry_the_rule_and_both_languages() throws Exception {
        LocatedViolation outcome = json.readAndValidate(INVALID).violations().get(2);
        assertThat(outcome.violation().rule()).isEqualTo("OUTCOME_WITHOUT_END");
        assertThat(outcome.violation().message(Locale.ENGLISH))
            .isEqualTo("an exit outcome may only be given together with an end date");
        assertThat(outcome.violation().message())
            .isEqualTo("status vid avslut får bara anges tillsammans med slutdatum");
    }

    @Test
    void a_string_and_a_file_give_the_same_answer() throws Exception {
        assertThat(json.readAndValidate(Files.readString(INVALID)).violations())
            .isEqualTo(json.readAndValidate(INVALID).violations());
    }

    @Test
    void the_example_of_json_md_is_valid() throws Exception {
        ValidatedDocument result = json.readAndValidate(VALID);
        assertThat(result.violations()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.document().getParticipants()).hasSize(1);
    }
}

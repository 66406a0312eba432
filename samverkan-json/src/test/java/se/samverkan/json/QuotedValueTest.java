package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A message that repeats a value the user wrote quotes it, escaped, and cuts a long one: up to 64
 * characters are shown whole, a longer value shows its first 64 and an ellipsis, so a message stays
 * readable whatever the document holds.
 */
class QuotedValueTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final String GENDERS = "WOMAN, MAN, NON_BINARY, UNSPECIFIED";

    @Test
    void a_code_of_64_characters_is_quoted_whole() {
        String code = "X".repeat(64);
        assertThat(unknownGenderMessage(code))
            .isEqualTo("Unknown value \"" + code + "\"; allowed values: " + GENDERS + ".");
    }

    @Test
    void a_code_of_65_characters_is_cut_to_64_and_an_ellipsis() {
        String code = "X".repeat(64) + "Y";
        assertThat(unknownGenderMessage(code))
            .isEqualTo("Unknown value \"" + "X".repeat(64) + "…\"; allowed values: " + GENDERS + ".");
    }

    @Test
    void quotes_backslashes_and_control_characters_are_escaped() {
        // The JSON text "A\"B\\C\tD" is the value A"B\C<TAB>D: the quote and backslash get a backslash,
        // the tab (U+0009) becomes \u0009.
        assertThat(unknownGenderMessage("A\\\"B\\\\C\\tD"))
            .isEqualTo("Unknown value \"A\\\"B\\\\C\\u0009D\"; allowed values: " + GENDERS + ".");
    }

    private static String unknownGenderMessage(String jsonStringContent) {
        String json = "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"" + jsonStringContent + "\" } ] }";
        SamverkanJsonException e = catchThrowableOfType(SamverkanJsonException.class, () -> JSON.read(json));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).messageKey()).isEqualTo("se.samverkan.json.unknown-enum");
        return e.problems().get(0).message(Locale.ENGLISH);
    }
}

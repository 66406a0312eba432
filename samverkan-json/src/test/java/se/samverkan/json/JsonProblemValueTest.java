package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.Severity;

/**
 * {@link JsonProblem} as a value: line and column 0 mean "not known" and are kept, negative ones are
 * refused; equality takes every component; the stable id comes from the message key; the shared
 * {@link Problem} carries a position only when both line and column are known.
 */
class JsonProblemValueTest {

    private static final String KEY = "se.samverkan.json.trailing-content";
    private static final String SV = "Det finns innehåll efter dokumentets slut.";
    private static final String EN = "There is content after the end of the document.";

    private static JsonProblem problem(String pointer, int line, int column) {
        return JsonProblem.of(pointer, line, column, KEY, SV, EN);
    }

    @Test
    void line_and_column_zero_are_accepted_as_unknown() {
        JsonProblem unknown = problem("", 0, 0);
        assertThat(unknown.line()).isZero();
        assertThat(unknown.column()).isZero();
    }

    @Test
    void a_negative_line_or_column_is_refused() {
        assertThatThrownBy(() -> problem("", -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> problem("", 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_id_is_the_stable_id_of_the_message_key() {
        assertThat(problem("/a", 1, 2).id()).isEqualTo("TRAILING_CONTENT");
        assertThat(JsonProblem.of("", 1, 1, "se.samverkan.json.empty", "Dokumentet är tomt.", "The document is empty.")
            .id()).isEqualTo("SYNTAX_ERROR");
    }

    @Test
    void the_shared_problem_is_an_error_at_the_place_when_line_and_column_are_known() {
        Problem shared = problem("/parties/0", 3, 7).toProblem();
        assertThat(shared.id()).isEqualTo("TRAILING_CONTENT");
        assertThat(shared.severity()).isEqualTo(Severity.ERROR);
        assertThat(shared.pointer()).isEqualTo("/parties/0");
        assertThat(shared.position()).isEqualTo(Position.of(3, 7));
        assertThat(shared.message(Locale.ENGLISH)).isEqualTo(EN);
        assertThat(shared.message(Locale.forLanguageTag("sv"))).isEqualTo(SV);
    }

    @Test
    void the_shared_problem_has_no_position_when_line_or_column_is_unknown() {
        // Line 1 column 1 is the smallest known place; a 0 in either is "not known".
        assertThat(problem("", 1, 1).toProblem().position()).isEqualTo(Position.of(1, 1));
        assertThat(problem("", 0, 5).toProblem().position()).isNull();
        assertThat(problem("", 5, 0).toProblem().position()).isNull();
        assertThat(problem("", 0, 0).toProblem().position()).isNull();
    }

    @Test
    void equal_components_are_equal_problems_and_each_component_counts() {
        JsonProblem base = problem("/a", 2, 3);
        JsonProblem same = JsonProblem.of(new String("/a"), 2, 3, new String(KEY), new String(SV), new String(EN));
        assertThat(base).isEqualTo(same);
        assertThat(same).isEqualTo(base);
        assertThat(base.hashCode()).isEqualTo(same.hashCode());
        List<JsonProblem> variants = List.of(problem("/b", 2, 3), problem("/a", 9, 3), problem("/a", 2, 9),
            JsonProblem.of("/a", 2, 3, "se.samverkan.json.empty", SV, EN),
            JsonProblem.of("/a", 2, 3, KEY, "annat", EN),
            JsonProblem.of("/a", 2, 3, KEY, SV, "other"));
        for (JsonProblem variant : variants) {
            assertThat(base).isNotEqualTo(variant);
            assertThat(variant).isNotEqualTo(base);
        }
        assertThat(variants).extracting(JsonProblem::hashCode).doesNotHaveDuplicates();
        assertThat(base.equals(null)).isFalse();
        assertThat(base.equals(KEY)).isFalse();
    }

    @Test
    void to_string_names_pointer_place_key_and_english_message() {
        assertThat(problem("/projects/2", 4, 11))
            .hasToString("/projects/2 (line 4, column 11) " + KEY + ": " + EN);
        // The root's empty pointer is shown as "/".
        assertThat(problem("", 1, 1)).hasToString("/ (line 1, column 1) " + KEY + ": " + EN);
    }
}

package se.samverkan.model.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static final Problem TOTAL = Problem.of("BUDGET_TOTAL_MISMATCH", Severity.ERROR,
        "/projects/0/budget/statedTotals/1", "summan stämmer inte", "the total does not add up");

    @Test
    void to_string_is_english_and_names_everything() {
        assertThat(TOTAL).hasToString(
            "ERROR BUDGET_TOTAL_MISMATCH at /projects/0/budget/statedTotals/1: the total does not add up");
        assertThat(TOTAL.at(Position.of(12, 7))).hasToString("ERROR BUDGET_TOTAL_MISMATCH at "
            + "/projects/0/budget/statedTotals/1 (line 12, column 7): the total does not add up");
        assertThat(Problem.of("SYNTAX_ERROR", Severity.ERROR, "", "sv", "en")).hasToString(
            "ERROR SYNTAX_ERROR at the document: en");
    }

    @Test
    void messages_follow_the_language_swedish_by_default() {
        assertThat(TOTAL.message(Locale.ENGLISH)).isEqualTo("the total does not add up");
        assertThat(TOTAL.message(Locale.UK)).isEqualTo("the total does not add up");
        assertThat(TOTAL.message(Locale.forLanguageTag("sv-SE"))).isEqualTo("summan stämmer inte");
        assertThat(TOTAL.message(Locale.GERMAN)).isEqualTo("summan stämmer inte");
    }

    @Test
    void a_position_is_kept_only_where_it_is_given() {
        assertThat(TOTAL.line()).isZero();
        assertThat(TOTAL.column()).isZero();
        Problem located = TOTAL.locatedBy(pointer -> pointer.equals(TOTAL.pointer()) ? Position.of(3, 9) : null);
        assertThat(located.line()).isEqualTo(3);
        assertThat(located.column()).isEqualTo(9);
        assertThat(located).isNotEqualTo(TOTAL);
        assertThat(located.at(null)).isEqualTo(TOTAL).hasSameHashCodeAs(TOTAL);
        assertThat(TOTAL.locatedBy(SourcePositions.none())).isSameAs(TOTAL);
    }

    @Test
    void ids_pointers_and_positions_are_checked() {
        assertThatThrownBy(() -> Problem.of("budget_total", Severity.ERROR, "", "sv", "en"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budget_total");
        assertThatThrownBy(() -> Problem.of("X", Severity.ERROR, "projects/0", "sv", "en"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("projects/0");
        assertThatThrownBy(() -> Position.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Position.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of("X", null, "", "sv", "en")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void severity_decides_error() {
        assertThat(TOTAL.isError()).isTrue();
        assertThat(Problem.of("COHORT_SEQUENCE", Severity.WARNING, "/projects/0/cohorts/12", "s", "e").isError())
            .isFalse();
    }
}

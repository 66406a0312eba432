package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@link SamverkanJsonException} holds at least one problem, keeps them in the order given (a later change
 * to the caller's list does not reach it), and its message is the first problem as text.
 */
class SamverkanJsonExceptionTest {

    private static final JsonProblem FIRST = JsonProblem.of("/parties/0", 2, 5, "se.samverkan.json.unknown-property",
        "Okänd egenskap \"x\"; tillåtna egenskaper: id.", "Unknown property \"x\"; allowed properties: id.");
    private static final JsonProblem SECOND = JsonProblem.of("", 1, 1, "se.samverkan.json.trailing-content",
        "Det finns innehåll efter dokumentets slut.", "There is content after the end of the document.");

    @Test
    void the_problems_are_kept_in_order_and_the_message_is_the_first() {
        List<JsonProblem> given = new ArrayList<>(List.of(FIRST, SECOND));
        SamverkanJsonException e = new SamverkanJsonException(given);
        given.clear();
        assertThat(e.problems()).containsExactly(FIRST, SECOND);
        assertThat(e).hasMessage("/parties/0 (line 2, column 5) se.samverkan.json.unknown-property: "
            + "Unknown property \"x\"; allowed properties: id.");
        assertThatThrownBy(() -> e.problems().add(SECOND)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void no_problem_is_refused() {
        assertThatThrownBy(() -> new SamverkanJsonException(List.of())).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("problems must not be empty");
    }
}

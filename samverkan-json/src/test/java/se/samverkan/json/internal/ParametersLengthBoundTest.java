package se.samverkan.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkan.json.JsonLimits;
import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJsonException;

/**
 * Parameters text of exactly the document bound is read; one character more is refused at the start,
 * before anything is parsed; text that is not JSON after the object is trailing content.
 */
class ParametersLengthBoundTest {

    /**
     * 51 characters: { then "horizonYears":3, (14 + 1 + 1 + 1) then "discountRate":0, (14 + 1 + 1 + 1) then
     * "persistence":1 (13 + 1 + 1) then }: 1 + 17 + 17 + 15 + 1.
     */
    private static final String TEXT = "{\"horizonYears\":3,\"discountRate\":0,\"persistence\":1}";

    @Test
    void text_of_exactly_the_bound_is_read() {
        assertThat(TEXT).hasSize(51);
        ParametersEngine exact = new ParametersEngine(JsonLimits.defaults().withMaxDocumentLength(51));
        assertThat(exact.read(TEXT).getDiscountRate()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void one_character_more_is_refused_at_the_start() {
        ParametersEngine shorter = new ParametersEngine(JsonLimits.defaults().withMaxDocumentLength(50));
        JsonProblem problem = onlyProblem(shorter, TEXT);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.limit.document-length");
        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(1, 1);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("The document is longer than 50 characters.");
    }

    @Test
    void garbage_after_the_object_is_trailing_content() {
        JsonProblem problem = onlyProblem(new ParametersEngine(JsonLimits.defaults()), TEXT + " x");
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.trailing-content");
    }

    private static JsonProblem onlyProblem(ParametersEngine engine, String text) {
        SamverkanJsonException e = catchThrowableOfType(SamverkanJsonException.class, () -> engine.read(text));
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}

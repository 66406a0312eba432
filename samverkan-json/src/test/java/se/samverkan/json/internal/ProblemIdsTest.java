package se.samverkan.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Each reading problem's message key leads back to its stable id, the one a user filters on; a key that
 * names no reading problem is refused rather than given some id.
 */
class ProblemIdsTest {

    @Test
    void every_key_leads_back_to_its_id() {
        for (ProblemType type : ProblemType.values()) {
            assertThat(ProblemType.idOf(type.key())).as(type.name()).isEqualTo(type.id());
        }
        assertThat(ProblemType.EMPTY.id()).isEqualTo("SYNTAX_ERROR");
        assertThat(ProblemType.DUPLICATE_PROPERTY.id()).isEqualTo("DUPLICATE_KEY");
        assertThat(ProblemType.idOf("se.samverkan.json.limit.document-length")).isEqualTo("LIMIT_EXCEEDED");
    }

    @Test
    void a_key_of_no_reading_problem_is_refused() {
        assertThatThrownBy(() -> ProblemType.idOf("se.samverkan.json.no-such-problem"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("no reading problem has the key se.samverkan.json.no-such-problem");
    }
}

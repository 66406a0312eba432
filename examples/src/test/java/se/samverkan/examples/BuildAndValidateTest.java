package se.samverkan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import se.samverkan.model.validation.Violation;

class BuildAndValidateTest {

    @Test
    void the_document_built_in_code_is_valid() {
        assertThat(BuildAndValidate.violations(false)).isEmpty();
    }

    @Test
    void the_deliberate_mistakes_are_reported_with_their_json_pointers() {
        assertThat(BuildAndValidate.violations(true))
            .extracting(Violation::rule, Violation::path)
            .containsExactlyInAnyOrder(
                tuple("OUTCOME_WITHOUT_END", "/participants/0/participations/0/exitOutcome"),
                tuple("INVALID_ID", "/projects/0/id"));
    }
}

package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.validation.SamverkanValidator;

/** The fixture every rule test starts from is valid and breaks no reporting rule. */
class BaselineTest {

    @Test
    void the_fixture_breaks_no_field_rule() {
        assertThat(SamverkanValidator.create().validate(RuleFixtures.document())).isEmpty();
    }

    @Test
    void the_fixture_breaks_no_reporting_rule() {
        assertThat(ReportingRules.create().check(RuleFixtures.document())).isEmpty();
    }

    @Test
    void an_empty_document_breaks_no_reporting_rule() {
        assertThat(ReportingRules.create().check(SamverkanDocument.builder().build())).isEmpty();
    }
}

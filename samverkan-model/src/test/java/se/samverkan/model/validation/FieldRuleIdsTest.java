package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.Severity;

class FieldRuleIdsTest {

    @Test
    void every_message_key_of_the_bundles_has_a_stable_id() throws IOException {
        for (String bundle : new String[] {"ContributorValidationMessages.properties",
                "ContributorValidationMessages_sv.properties", "ContributorValidationMessages_en.properties"}) {
            Properties keys = new Properties();
            try (InputStream in = FieldRuleIdsTest.class.getResourceAsStream("/" + bundle)) {
                keys.load(in);
            }
            assertThat(keys.stringPropertyNames()).isNotEmpty().allSatisfy(key -> {
                String id = FieldRuleIds.id(key);
                assertThat(id).as(key).matches("[A-Z][A-Z0-9_]*").isNotEqualTo("INVALID_VALUE");
                assertThat(key.startsWith(FieldRuleIds.RULE_PREFIX) || FieldRuleIds.IDS.containsKey(key))
                    .as(key).isTrue();
            });
        }
    }

    @Test
    void a_constraint_enforcing_a_reporting_rule_reports_the_rules_id() {
        assertThat(FieldRuleIds.id("se.samverkan.rule.OUTCOME_WITHOUT_END")).isEqualTo("OUTCOME_WITHOUT_END");
        assertThat(FieldRuleIds.id("se.samverkan.validation.NonNegative.message")).isEqualTo("NEGATIVE_AMOUNT");
        assertThat(FieldRuleIds.id("a.foreign.Constraint.message")).isEqualTo("INVALID_VALUE");
    }

    @Test
    void a_violation_is_an_error_problem_with_the_same_pointer_and_messages() {
        Violation violation = Violation.of("/parties/0/id", "se.samverkan.validation.Id.message", "fel id", "bad id");
        Problem problem = violation.toProblem();
        assertThat(problem.id()).isEqualTo("INVALID_ID");
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.pointer()).isEqualTo("/parties/0/id");
        assertThat(problem.message(java.util.Locale.ENGLISH)).isEqualTo("bad id");
        assertThat(problem.message(java.util.Locale.forLanguageTag("sv"))).isEqualTo("fel id");
        assertThat(problem.position()).isNull();
        assertThat(problem.line()).isZero();
    }
}

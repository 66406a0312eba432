package se.samverkan.metrics.rules;

import se.samverkan.model.problem.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The rule table of docs/problems.md and the texts of its rules in Swedish and English. */
class RuleCatalogueTest {

    @Test
    void the_rules_ids_and_severities_are_those_of_the_table_in_its_order() {
        assertThat(Rule.values()).extracting(Rule::id, Rule::severity).containsExactly(
            tuple("UNKNOWN_REFERENCE", Severity.ERROR),
            tuple("SURVEY_ANSWER_OUT_OF_SCALE", Severity.ERROR),
            tuple("DUPLICATE_ID", Severity.ERROR),
            tuple("ASSOCIATION_MEMBERS_INCOMPLETE", Severity.ERROR),
            tuple("PROJECT_TOO_FEW_PARTIES", Severity.ERROR),
            tuple("PARTICIPATION_OUTSIDE_PERIOD", Severity.WARNING),
            tuple("AGE_OUTSIDE_TARGET_GROUP", Severity.WARNING),
            tuple("TOO_FEW_AUTHORITY_CONTACTS", Severity.WARNING),
            tuple("ENDED_WITHOUT_OUTCOME", Severity.ERROR),
            tuple("OUTCOME_WITHOUT_END", Severity.ERROR),
            tuple("OVERLAPPING_PARTICIPATIONS", Severity.ERROR),
            tuple("REENROLMENT_WITHOUT_REASON", Severity.WARNING),
            tuple("PARTICIPANTS_IN_STRUCTURAL_PROJECT", Severity.WARNING),
            tuple("BUDGET_TOTAL_MISMATCH", Severity.ERROR),
            tuple("BREAKDOWN_TOTAL_MISMATCH", Severity.ERROR),
            tuple("BREAKDOWN_OUTSIDE_TARGET_AGE", Severity.WARNING),
            tuple("GOAL_PERIOD_OUTSIDE_PROJECT", Severity.WARNING),
            tuple("SHARE_TARGET_AS_FRACTION", Severity.WARNING),
            tuple("COHORT_OUTSIDE_PERIOD", Severity.WARNING),
            tuple("COHORT_SEQUENCE", Severity.WARNING),
            tuple("COHORT_OVER_CAPACITY", Severity.WARNING),
            tuple("ESF_SUPPORT_EXCEEDS_BUDGET", Severity.ERROR),
            tuple("FUNDING_SHARES_NOT_WHOLE", Severity.ERROR),
            tuple("KEY_INCOMPLETE", Severity.ERROR),
            tuple("DUPLICATE_REFERENCE", Severity.WARNING),
            tuple("AMBIGUOUS_FUNDER", Severity.ERROR),
            tuple("STRUCTURE_CYCLE", Severity.ERROR),
            tuple("CONVENER_NOT_MEMBER", Severity.ERROR),
            tuple("CONVENERS_OVERLAP", Severity.WARNING),
            tuple("GROUP_MISSING_MEMBER_TYPE", Severity.WARNING),
            tuple("AREA_OUTSIDE_ASSOCIATION", Severity.WARNING),
            tuple("MEETINGS_BELOW_PLAN", Severity.WARNING));
    }

    @Test
    void every_rule_is_described_in_swedish_and_english() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.swedishLabel()).isNotBlank().isNotEqualTo(rule.englishLabel());
            assertThat(rule.label(Locale.ENGLISH)).isEqualTo(rule.englishLabel());
            assertThat(rule.label(Locale.forLanguageTag("sv"))).isEqualTo(rule.swedishLabel());
        }
        assertThat(Rule.COHORT_SEQUENCE.swedishLabel()).isEqualTo("Gruppstarterna börjar inte i nummerordning");
        assertThat(Rule.COHORT_SEQUENCE.englishLabel()).isEqualTo("Cohorts ordered by number do not start in order");
        assertThat(Severity.ERROR.label(Locale.forLanguageTag("sv"))).isEqualTo("Fel");
        assertThat(Severity.WARNING.label(Locale.ENGLISH)).isEqualTo("Warning");
    }

    @Test
    void the_bundles_have_the_same_keys_and_every_message_is_a_valid_pattern() throws IOException {
        Properties swedish = bundle("RuleMessages_sv.properties");
        Properties english = bundle("RuleMessages_en.properties");
        Properties fallback = bundle("RuleMessages.properties");
        assertThat(swedish.stringPropertyNames()).isEqualTo(english.stringPropertyNames())
            .isEqualTo(fallback.stringPropertyNames());
        assertThat(fallback).isEqualTo(english);
        for (Properties texts : new Properties[] {swedish, english}) {
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as(key).isNotBlank().doesNotContain("'");
                if (key.contains(".")) {
                    assertThat(Rule.valueOf(key.substring(0, key.indexOf('.')))).isNotNull();
                    assertThat(new MessageFormat(text, Locale.ROOT).format(new Object[] {"a", "b", "c", "d"}))
                        .doesNotContain("{");
                } else {
                    assertThat(Rule.valueOf(key)).isNotNull();
                }
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream(name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

package se.samverkan.metrics.rules;

import se.samverkan.model.problem.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.samverkan.metrics.rules.RuleAssertions.RULES;
import static se.samverkan.metrics.rules.RuleAssertions.assertFindings;
import static se.samverkan.metrics.rules.RuleAssertions.error;
import static se.samverkan.metrics.rules.RuleAssertions.warning;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.SeedDocuments;

/**
 * The worked example Gemensamma taget Vuxna (examples/data/README.md): the application's own errors, which the
 * reporting rules must catch, and nothing else.
 */
class GemensammaTagetRulesTest {

    private static final String GOALS = "/projects/0/goals/";

    private final SamverkanDocument application = SeedDocuments.gemensammaTagetVuxna();

    @Test
    void the_studies_table_prints_two_plus_two_as_zero_and_three_plus_three_as_ten() {
        // The application's rows are the age bands 18–30 and 31–64: the model's column totals.
        List<Finding> mismatches = RULES.check(application).stream()
            .filter(f -> f.rule() == Rule.BREAKDOWN_TOTAL_MISMATCH).toList();
        assertThat(mismatches).extracting(Finding::severity, Finding::path, Finding::message).containsExactly(
            tuple(Severity.ERROR, GOALS + "2/breakdown/columnTotals/0",
                "angiven summa för åldersgruppen 18–30 är 0 men cellerna summerar till 4"),
            tuple(Severity.ERROR, GOALS + "2/breakdown/columnTotals/1",
                "angiven summa för åldersgruppen 31–64 är 10 men cellerna summerar till 6"));
    }

    @Test
    void group_13_is_listed_under_2010_with_dates_in_january_2009() {
        Finding sequence = RULES.check(application).stream().filter(f -> f.rule() == Rule.COHORT_SEQUENCE)
            .findFirst().orElseThrow();
        assertThat(sequence.path()).isEqualTo("/projects/0/cohorts/12");
        assertThat(sequence.severity()).isEqualTo(Severity.WARNING);
        assertThat(sequence.message()).isEqualTo("grupp 13 börjar 2009-01-11, före grupp 12 som börjar 2009-11-02");
        assertThat(sequence.message(Locale.ENGLISH))
            .isEqualTo("group 13 starts 2009-01-11, before group 12, which starts 2009-11-02");
    }

    @Test
    void the_age_bands_18_30_and_31_64_lie_outside_the_target_group_25_45() {
        List<Finding> bands = RULES.check(application).stream()
            .filter(f -> f.rule() == Rule.BREAKDOWN_OUTSIDE_TARGET_AGE).toList();
        assertThat(bands).extracting(Finding::path).containsExactly(
            GOALS + "0/breakdown/ageBands/0", GOALS + "0/breakdown/ageBands/1",
            GOALS + "1/breakdown/ageBands/0", GOALS + "1/breakdown/ageBands/1",
            GOALS + "2/breakdown/ageBands/0", GOALS + "2/breakdown/ageBands/1");
        assertThat(bands.get(0).message(Locale.ENGLISH))
            .isEqualTo("the age band 18–30 years is not inside the age range 25–45 years of the target group");
    }

    @Test
    void the_application_breaks_exactly_these_rules_in_document_order() {
        assertFindings(application).containsExactly(
            warning(Rule.BREAKDOWN_OUTSIDE_TARGET_AGE, GOALS + "0/breakdown/ageBands/0"),
            warning(Rule.BREAKDOWN_OUTSIDE_TARGET_AGE, GOALS + "0/breakdown/ageBands/1"),
            warning(Rule.BREAKDOWN_OUTSIDE_TARGET_AGE, GOALS + "1/breakdown/ageBands/0"),
            warning(Rule.BREAKDOWN_OUTSIDE_TARGET_AGE, GOALS + "1/breakdown/ageBands/1"),
            warning(Rule.BREAKDOWN_OUTSIDE_TARGET_AGE, GOALS + "2/breakdown/ageBands/0"),
            warning(Rule.BREAKDOWN_OUTSIDE_TARGET_AGE, GOALS + "2/breakdown/ageBands/1"),
            error(Rule.BREAKDOWN_TOTAL_MISMATCH, GOALS + "2/breakdown/columnTotals/0"),
            error(Rule.BREAKDOWN_TOTAL_MISMATCH, GOALS + "2/breakdown/columnTotals/1"),
            warning(Rule.COHORT_SEQUENCE, "/projects/0/cohorts/12"));
    }

    @Test
    void its_synthetic_participants_add_no_finding() {
        assertThat(RULES.check(SeedDocuments.gemensammaTagetVuxna(300, 2008))).isEqualTo(RULES.check(application));
    }
}

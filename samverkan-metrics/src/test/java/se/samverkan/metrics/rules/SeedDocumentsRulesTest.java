package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.rules.RuleAssertions.RULES;
import static se.samverkan.metrics.rules.RuleAssertions.assertFindings;
import static se.samverkan.metrics.rules.RuleAssertions.error;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkan.model.testing.SeedDocuments;

/** The other worked examples of DOMAIN.md §5 give exactly the findings their seeds call for. */
class SeedDocumentsRulesTest {

    @Test
    void the_kavlinge_lomma_process_breaks_no_rule() {
        assertThat(RULES.check(SeedDocuments.kavlingeLommaProcess())).isEmpty();
    }

    @Test
    void the_mysam_gavle_pre_study_breaks_no_rule() {
        assertThat(RULES.check(SeedDocuments.mysamGavleForstudie())).isEmpty();
    }

    @Test
    void gransgangare_is_run_by_six_forbund_which_are_no_member_types() {
        assertFindings(SeedDocuments.gransgangareEsf())
            .containsExactly(error(Rule.PROJECT_TOO_FEW_PARTIES, "/projects/0/partners"));
        assertThat(RULES.check(SeedDocuments.gransgangareEsf()).get(0).message(Locale.ENGLISH)).isEqualTo(
            "owner and partners cover 0 of the member types Social Insurance Agency, Public Employment Service,"
                + " region and municipality; at least two are required");
    }
}

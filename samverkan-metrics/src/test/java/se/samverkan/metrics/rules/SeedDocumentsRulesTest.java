package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.rules.RuleAssertions.RULES;

import org.junit.jupiter.api.Test;
import se.samverkan.model.testing.SeedDocuments;

/** The other worked examples of examples/data/README.md give exactly the findings their seeds call for. */
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
    void gransgangare_is_run_by_six_forbund_which_count_as_all_their_members() {
        // Owner and partners are six förbund (COORDINATION_ASSOCIATION) that the document does not hold:
        // each counts as all four member types, so the insats is run by more than two of them.
        assertThat(RULES.check(SeedDocuments.gransgangareEsf())).isEmpty();
    }
}

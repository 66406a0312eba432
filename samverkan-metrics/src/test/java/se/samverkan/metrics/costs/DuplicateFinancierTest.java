package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.followup.NationalFollowUp;
import se.samverkan.metrics.followup.ProjectFollowUp;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.metrics.rules.Rule;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.testing.SeedDocuments;

/**
 * A financier named twice is one financier, for the reporting rules and the metrics alike: Gemensamma
 * taget's lines name no funder, and with the förbund named twice in {@code financiers} they still all
 * belong to Samordningsförbundet Umeå (once, the rules raised no AMBIGUOUS_FUNDER but the financing
 * counted two financiers and attributed nothing).
 */
class DuplicateFinancierTest {

    private static final String FORBUND = "samordningsforbundet-umea";

    private static SamverkanDocument document() {
        SamverkanDocument seed = SeedDocuments.gemensammaTagetVuxna();
        return SamverkanDocument.builder().from(seed)
            .projects(List.of(ImmutableProject.copyOf(seed.getProjects().get(0)).withFinanciers(FORBUND, FORBUND)))
            .build();
    }

    @Test
    void the_rules_see_one_financier_and_a_duplicate_reference() {
        List<Finding> findings = ReportingRules.create().check(document());
        assertThat(findings).extracting(Finding::rule).doesNotContain(Rule.AMBIGUOUS_FUNDER);
        assertThat(findings).filteredOn(f -> f.rule() == Rule.DUPLICATE_REFERENCE).extracting(Finding::path)
            .containsExactly("/projects/0/financiers/1");
    }

    @Test
    void the_financing_attributes_every_line_to_the_one_financier() {
        Financing budget = CostSharing.create().projectFinancing(document().getProjects().get(0)).budget();
        // The application's budget: 1 198 000 + 1 365 000 + 192 000 = 2 755 000 kr, all paid by the förbund.
        assertThat(budget.byFunder()).singleElement().satisfies(funder -> {
            assertThat(funder.party()).isEqualTo(FORBUND);
            assertThat(funder.amount()).isEqualTo(Amount.ofKronor(2_755_000));
            assertThat(funder.percent()).contains(new BigDecimal("100.0"));
        });
        assertThat(budget.unattributed()).isEqualTo(Amount.zero());
    }

    @Test
    void the_follow_up_reports_what_the_forbund_paid() {
        ProjectFollowUp project = NationalFollowUp.create().report(document(), FORBUND, 2008).orElseThrow()
            .projects().get(0);
        // 2008's lines: 1 198 000 kr, every one the förbund's.
        assertThat(project.budget()).isEqualTo(Amount.ofKronor(1_198_000));
        assertThat(project.totalBudget()).isEqualTo(Amount.ofKronor(1_198_000));
    }
}

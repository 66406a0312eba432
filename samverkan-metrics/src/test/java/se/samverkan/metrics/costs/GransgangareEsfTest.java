package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.Project;
import se.samverkan.model.testing.SeedDocuments;

/** examples/data/README.md: förstudien Gränsgångare, ESF case 2022/00116. */
class GransgangareEsfTest {

    private final SamverkanDocument document = SeedDocuments.gransgangareEsf();
    private final Project project = document.getProjects().get(0);

    private static Project withEsf(Project project, String granted, String rate) {
        Esf esf = project.getEsf().orElseThrow();
        return Project.builder().from(project)
            .esf(Esf.builder().from(esf).grantedSupport(Amount.parse(granted)).unionCoFinancingRate(new BigDecimal(rate))
                .build())
            .build();
    }

    @Test
    void granted_399_909_at_fifty_percent_splits_into_two_halves_to_the_ore() {
        EsfSplit split = CostSharing.create().esfSplit(project).orElseThrow();
        assertThat(split.grantedSupport()).isEqualTo(Amount.ofKronor(399_909));
        assertThat(split.unionPart()).isEqualTo(Amount.parse("199954.50"));
        assertThat(split.nationalPart()).isEqualTo(Amount.parse("199954.50"));
        assertThat(split.unionCoFinancingRate()).isEqualByComparingTo("0.5");
    }

    @Test
    void an_odd_ore_at_fifty_percent_goes_to_the_union_part_listed_first() {
        EsfSplit split = CostSharing.create().esfSplit(withEsf(project, "399909.01", "0.5")).orElseThrow();
        assertThat(split.unionPart()).isEqualTo(Amount.parse("199954.51"));
        assertThat(split.nationalPart()).isEqualTo(Amount.parse("199954.50"));
    }

    @Test
    void other_rates_give_the_left_over_ore_to_the_larger_remainder() {
        // 100.01 at 40 %: 40.004 and 60.006 -> the öre to the national part.
        EsfSplit split = CostSharing.create().esfSplit(withEsf(project, "100.01", "0.4")).orElseThrow();
        assertThat(split.unionPart()).isEqualTo(Amount.parse("40.00"));
        assertThat(split.nationalPart()).isEqualTo(Amount.parse("60.01"));
        EsfSplit whole = CostSharing.create().esfSplit(withEsf(project, "100.01", "1")).orElseThrow();
        assertThat(whole.unionPart()).isEqualTo(Amount.parse("100.01"));
        assertThat(whole.nationalPart()).isEqualTo(Amount.zero());
    }

    @Test
    void a_rate_outside_zero_to_one_gives_no_split_and_no_exception() {
        assertThat(CostSharing.create().esfSplit(withEsf(project, "100", "0"))).isEmpty();
        assertThat(CostSharing.create().esfSplit(withEsf(project, "100", "1.5"))).isEmpty();
    }

    @Test
    void a_project_without_esf_metadata_has_no_split() {
        Project plain = SeedDocuments.kavlingeLommaProcess().getProjects().get(0);
        assertThat(CostSharing.create().esfSplit(plain)).isEmpty();
        assertThat(CostSharing.projectCosts(plain, 0, 0).esf()).isEmpty();
    }

    @Test
    void project_costs_carry_the_esf_split_and_no_unit_costs_without_participants() {
        ProjectCosts costs = CostSharing.projectCosts(project, 0, 0);
        assertThat(costs.esf()).contains(CostSharing.create().esfSplit(project).orElseThrow());
        assertThat(costs.financing().budget().total()).isEqualTo(Amount.ofKronor(399_909));
        assertThat(costs.unitCosts().perStartedParticipant()).isEmpty();
        assertThat(costs.unitCosts().perWorkOrStudies()).isEmpty();
    }

    @Test
    void the_esf_council_bears_the_whole_budget_as_the_single_financier() {
        CostAttribution attribution = CostSharing.create().costAttribution(document, project);
        assertThat(attribution.byParty()).containsExactly(
            BorneCost.of("esf-radet", PartyType.EU_FUND, Amount.ofKronor(399_909)));
        assertThat(attribution.byType().get(PartyType.EU_FUND)).isEqualTo(Amount.ofKronor(399_909));
    }

    @Test
    void the_owners_sixteen_million_split_among_four_municipalities_by_population() {
        // Municipal quarter 4 000 000 by 32 : 47 : 27 : 16 (of 122 000): 1 049 180.3278…, 1 540 983.6065…,
        // 885 245.9016…, 524 590.1639…: floors leave two öre, for Ale (0.79) and Kungälv (0.66).
        AssociationKey key = CostSharing.create().key(document, "samordningsforbund-alv-och-kust").orElseThrow();
        assertThat(key.year(2022).orElseThrow().shares().orElseThrow()).containsExactly(
            MemberShare.of("forsakringskassan", Amount.ofKronor(8_000_000)),
            MemberShare.of("vastra-gotalandsregionen", Amount.ofKronor(4_000_000)),
            MemberShare.of("ale-kommun", Amount.parse("1049180.33")),
            MemberShare.of("kungalvs-kommun", Amount.parse("1540983.61")),
            MemberShare.of("stenungsunds-kommun", Amount.parse("885245.90")),
            MemberShare.of("tjorns-kommun", Amount.parse("524590.16")));
    }
}

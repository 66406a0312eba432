package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Project;
import se.samverkan.model.testing.SeedDocuments;

/** examples/data/README.md: the Kävlinge–Lomma process, 710 000 a year for three years. */
class KavlingeLommaProcessTest {

    private final SamverkanDocument document = SeedDocuments.kavlingeLommaProcess();
    private final Project project = document.getProjects().get(0);

    @Test
    void seven_hundred_and_ten_thousand_a_year_and_2_130_000_over_three_years() {
        Financing budget = CostSharing.create().projectFinancing(project).budget();
        assertThat(budget.byYear()).containsExactly(
            entry(2016, Amount.ofKronor(710_000)), entry(2017, Amount.ofKronor(710_000)),
            entry(2018, Amount.ofKronor(710_000)));
        assertThat(budget.total()).isEqualTo(Amount.ofKronor(2_130_000));
    }

    @Test
    void the_process_cost_is_borne_half_by_forsakringskassan_and_the_municipal_quarter_by_population() {
        // Each year 710 000: FK 355 000, Region Skåne 177 500, and 177 500 by 30 000 : 23 000:
        // Kävlinge 100 471.698… -> 100 471.70 (largest remainder), Lomma 77 028.301… -> 77 028.30.
        // The processledare resource is funded by the förbund, the financier: it is the budget's staff
        // line and is not counted twice. The premises in kind state no annual cost.
        CostAttribution attribution = CostSharing.create().costAttribution(document, project);
        assertThat(attribution.total()).isEqualTo(Amount.ofKronor(2_130_000));
        assertThat(attribution.inKind()).isEqualTo(Amount.zero());
        assertThat(attribution.byParty()).containsExactly(
            BorneCost.of("forsakringskassan", PartyType.SOCIAL_INSURANCE_AGENCY, Amount.ofKronor(1_065_000)),
            BorneCost.of("region-skane", PartyType.REGION, Amount.ofKronor(532_500)),
            BorneCost.of("kavlinge-kommun", PartyType.MUNICIPALITY, Amount.parse("301415.10")),
            BorneCost.of("lomma-kommun", PartyType.MUNICIPALITY, Amount.parse("231084.90")));
        assertThat(attribution.byType().get(PartyType.MUNICIPALITY)).isEqualTo(Amount.ofKronor(532_500));
    }

    @Test
    void the_funds_of_four_million_split_two_million_one_million_and_the_municipal_million_by_population() {
        // 1 000 000 × 30/53 = 566 037.7358… and × 23/53 = 433 962.2641…: the öre goes to Kävlinge.
        AssociationKey key = CostSharing.create().key(document, "finsam-kavlinge-lomma").orElseThrow();
        assertThat(key.year(2017).orElseThrow().shares().orElseThrow()).containsExactly(
            MemberShare.of("forsakringskassan", Amount.ofKronor(2_000_000)),
            MemberShare.of("region-skane", Amount.ofKronor(1_000_000)),
            MemberShare.of("kavlinge-kommun", Amount.parse("566037.74")),
            MemberShare.of("lomma-kommun", Amount.parse("433962.26")));
    }
}

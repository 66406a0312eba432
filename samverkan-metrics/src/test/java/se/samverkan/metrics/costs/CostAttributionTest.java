package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.Resource;
import se.samverkan.model.project.ResourceExtent;
import se.samverkan.model.time.Period;

class CostAttributionTest {

    private static final List<Party> PARTIES = List.of(
        Party.builder().id("sf").name("Förbundet").type(PartyType.COORDINATION_ASSOCIATION).build(),
        Party.builder().id("fk").name("Försäkringskassan").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
        Party.builder().id("af").name("Arbetsförmedlingen").type(PartyType.PUBLIC_EMPLOYMENT_SERVICE).build(),
        Party.builder().id("region").name("Regionen").type(PartyType.REGION).build(),
        Party.builder().id("kommun").name("Kommunen").type(PartyType.MUNICIPALITY).build(),
        Party.builder().id("soc").name("Socialtjänsten").type(PartyType.OTHER_PUBLIC).parent("kommun").build(),
        Party.builder().id("ideell").name("Föreningen").type(PartyType.NON_PROFIT).build());

    private static final CoordinationAssociation FORBUND =
        CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "region", "kommun").build();

    private static Resource resource(String employer, String annualCost, FundingShare... fundedBy) {
        return Resource.builder().party(employer).role("handläggare")
            .extent(ResourceExtent.ofFte(java.math.BigDecimal.ONE)).annualCost(Amount.parse(annualCost))
            .addFundedBy(fundedBy).build();
    }

    /** Runs from 1 July 2020 (184 of 2020's 366 days) to the end of 2021. */
    private static Project project(List<String> financiers, Budget budget, Resource... resources) {
        return Project.builder().from(ProjectFinancingTest.project(financiers, budget))
            .period(Period.of(LocalDate.of(2020, 7, 1), LocalDate.of(2021, 12, 31)))
            .addResources(resources).build();
    }

    private static SamverkanDocument document(CoordinationAssociation association) {
        return SamverkanDocument.builder().parties(PARTIES).addAssociations(association).build();
    }

    private static final Project INSATS = project(List.of("sf"),
        Budget.builder().addLines(ProjectFinancingTest.line(2020, CostCategory.STAFF, "100000", null),
            ProjectFinancingTest.line(2021, CostCategory.STAFF, "200000.02", "ideell")).build(),
        resource("soc", "366000", FundingShare.of("soc", Share.parse("0.5")), FundingShare.of("sf", Share.parse("0.5"))),
        resource("af", "100000"),
        Resource.builder().party("fk").role("rådgivare").extent(ResourceExtent.ofFte(java.math.BigDecimal.ONE)).build());

    private static Amount sum(CostAttribution attribution) {
        return attribution.byParty().stream().map(BorneCost::amount).reduce(Amount.zero(), Amount::plus);
    }

    @Test
    void forbund_money_goes_to_its_members_and_contributions_in_kind_to_their_payers() {
        // 2020: the förbund's 100 000 -> FK 50 000, region 25 000, kommun 25 000. Socialtjänsten's half of
        // 366 000 a year: 184 000 for 2020's 184 days -> 92 000, then 183 000 for 2021; the förbund's half
        // is the budget's. Arbetsförmedlingen's own 100 000 a year: 50 273.22 (184/366) + 100 000.
        CostAttribution attribution = CostSharing.create().costAttribution(document(FORBUND), INSATS);
        assertThat(attribution.byParty()).containsExactly(
            BorneCost.of("fk", PartyType.SOCIAL_INSURANCE_AGENCY, Amount.ofKronor(50_000)),
            BorneCost.of("region", PartyType.REGION, Amount.ofKronor(25_000)),
            BorneCost.of("kommun", PartyType.MUNICIPALITY, Amount.ofKronor(25_000)),
            BorneCost.of("soc", PartyType.MUNICIPALITY, Amount.ofKronor(275_000)),
            BorneCost.of("af", PartyType.PUBLIC_EMPLOYMENT_SERVICE, Amount.parse("150273.22")),
            BorneCost.of("ideell", PartyType.NON_PROFIT, Amount.parse("200000.02")));
        assertThat(attribution.inKind()).isEqualTo(Amount.parse("425273.22"));
        assertThat(attribution.total()).isEqualTo(Amount.parse("725273.24"));
        assertThat(attribution.unattributed()).isEqualTo(Amount.zero());
        assertThat(sum(attribution)).isEqualTo(attribution.total());
    }

    @Test
    void each_member_type_bears_the_sum_of_its_parties_and_units() {
        CostAttribution attribution = CostSharing.create().costAttribution(document(FORBUND), INSATS);
        assertThat(attribution.byType())
            .containsEntry(PartyType.SOCIAL_INSURANCE_AGENCY, Amount.ofKronor(50_000))
            .containsEntry(PartyType.PUBLIC_EMPLOYMENT_SERVICE, Amount.parse("150273.22"))
            .containsEntry(PartyType.REGION, Amount.ofKronor(25_000))
            .containsEntry(PartyType.MUNICIPALITY, Amount.ofKronor(300_000))
            .containsEntry(PartyType.NON_PROFIT, Amount.parse("200000.02"))
            .containsEntry(PartyType.OTHER_PUBLIC, Amount.zero());
        assertThat(attribution.byType().keySet()).containsExactly(PartyType.values());
    }

    @Test
    void a_measurement_period_counts_the_lines_and_resource_years_it_touches() {
        Period year2021 = Period.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31));
        CostAttribution attribution = CostSharing.of(MeasurementScope.of(year2021)).costAttribution(document(FORBUND), INSATS);
        assertThat(attribution.byParty()).containsExactly(
            BorneCost.of("ideell", PartyType.NON_PROFIT, Amount.parse("200000.02")),
            BorneCost.of("soc", PartyType.MUNICIPALITY, Amount.ofKronor(183_000)),
            BorneCost.of("af", PartyType.PUBLIC_EMPLOYMENT_SERVICE, Amount.ofKronor(100_000)));
        assertThat(attribution.total()).isEqualTo(Amount.parse("483000.02"));
    }

    @Test
    void a_forbund_whose_key_cannot_be_computed_leaves_its_money_unattributed() {
        CoordinationAssociation withoutRegion =
            CoordinationAssociation.builder().id("sf").addMembers("fk", "af", "kommun").build();
        CostAttribution attribution = CostSharing.create().costAttribution(document(withoutRegion), INSATS);
        assertThat(attribution.unattributed()).isEqualTo(Amount.ofKronor(100_000));
        assertThat(attribution.byParty()).extracting(BorneCost::party).containsExactly("soc", "af", "ideell");
        assertThat(sum(attribution).plus(attribution.unattributed())).isEqualTo(attribution.total());
    }

    @Test
    void a_forbund_without_members_in_the_document_bears_nothing_itself() {
        SamverkanDocument noAssociation = SamverkanDocument.builder().parties(PARTIES).build();
        CostAttribution attribution = CostSharing.create().costAttribution(noAssociation, INSATS);
        assertThat(attribution.unattributed()).isEqualTo(Amount.ofKronor(100_000));
        assertThat(attribution.byType().get(PartyType.COORDINATION_ASSOCIATION)).isEqualTo(Amount.zero());
    }

    @Test
    void unknown_funders_and_lines_without_a_single_financier_are_unattributed() {
        Project project = project(List.of("sf", "kommun"),
            Budget.builder().addLines(ProjectFinancingTest.line(2020, CostCategory.STAFF, "10", null),
                ProjectFinancingTest.line(2020, CostCategory.STAFF, "20", "ghost"),
                ProjectFinancingTest.line(2021, CostCategory.STAFF, "40", "kommun")).build());
        CostAttribution attribution = CostSharing.create().costAttribution(document(FORBUND), project);
        assertThat(attribution.unattributed()).isEqualTo(Amount.ofKronor(30));
        assertThat(attribution.byParty()).containsExactly(
            BorneCost.of("kommun", PartyType.MUNICIPALITY, Amount.ofKronor(40)));
        assertThat(attribution.total()).isEqualTo(Amount.ofKronor(70));
    }

    @Test
    void resource_costs_are_pro_rata_to_the_days_of_the_period_in_each_year() {
        Period spring = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
        // 181 of 365 days of 730 000 a year is exactly 362 000; a whole year is exactly the annual cost.
        assertThat(CostAttribution.proRata(Amount.ofKronor(730_000), spring, 2021)).isEqualTo(Amount.ofKronor(362_000));
        assertThat(CostAttribution.proRata(Amount.ofKronor(730_000), spring, 2020)).isEqualTo(Amount.zero());
        Period whole = Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertThat(CostAttribution.proRata(Amount.parse("12345.67"), whole, 2020)).isEqualTo(Amount.parse("12345.67"));
        // One day of 1.00 a year is 0.0027… kronor: 0.00.
        Period day = Period.of(LocalDate.of(2021, 5, 5), LocalDate.of(2021, 5, 5));
        assertThat(CostAttribution.proRata(Amount.parse("1.00"), day, 2021)).isEqualTo(Amount.zero());
    }
}

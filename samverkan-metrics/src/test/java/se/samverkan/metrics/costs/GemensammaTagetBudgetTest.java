package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Project;
import se.samverkan.model.testing.SeedDocuments;
import se.samverkan.model.time.Period;

/** examples/data/README.md: Gemensamma taget Vuxna, the budget applied for from Samordningsförbundet Umeå. */
class GemensammaTagetBudgetTest {

    private static final String FORBUND = "samordningsforbundet-umea";

    private final SamverkanDocument document = SeedDocuments.gemensammaTagetVuxna();
    private final Project project = document.getProjects().get(0);

    @Test
    void totals_per_year_match_the_application() {
        Financing budget = CostSharing.create().projectFinancing(project).budget();
        assertThat(budget.byYear()).containsExactly(
            entry(2008, Amount.ofKronor(1_198_000)), entry(2009, Amount.ofKronor(1_365_000)),
            entry(2010, Amount.ofKronor(192_000)));
        assertThat(budget.total()).isEqualTo(Amount.parse("2755000.00"));
        assertThat(budget.unattributed()).isEqualTo(Amount.zero());
    }

    @Test
    void categories_add_up_to_staff_external_services_and_other_costs() {
        Financing budget = CostSharing.create().projectFinancing(project).budget();
        // Koordinator 1 072 000; two case officers 858 000; the application's "övriga kostnader" 825 000
        // are participant activities 155 000 + rehabpott 300 000, travel 110 000 and the rest 260 000.
        assertThat(budget.byCategory()).containsExactly(
            entry(CostCategory.STAFF, Amount.ofKronor(1_072_000)),
            entry(CostCategory.EXTERNAL_SERVICES, Amount.ofKronor(858_000)),
            entry(CostCategory.PREMISES, Amount.zero()),
            entry(CostCategory.EQUIPMENT, Amount.zero()),
            entry(CostCategory.TRAVEL, Amount.ofKronor(110_000)),
            entry(CostCategory.EVALUATION, Amount.zero()),
            entry(CostCategory.PARTICIPANT_ACTIVITIES, Amount.ofKronor(455_000)),
            entry(CostCategory.OTHER, Amount.ofKronor(260_000)));
    }

    @Test
    void the_forbund_pays_everything_as_the_single_financier() {
        Financing budget = CostSharing.create().projectFinancing(project).budget();
        assertThat(budget.byFunder()).containsExactly(
            FunderShare.of(FORBUND, Amount.ofKronor(2_755_000), Amount.ofKronor(2_755_000)));
        assertThat(budget.byFunder().get(0).percent()).contains(new BigDecimal("100.0"));
        assertThat(CostSharing.create().projectFinancing(project).outcome()).isEmpty();
    }

    @Test
    void a_measurement_period_selects_the_years_it_touches() {
        Period spring2009 = Period.of(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 6, 30));
        assertThat(CostSharing.of(MeasurementScope.of(spring2009)).projectFinancing(project).budget().total())
            .isEqualTo(Amount.ofKronor(1_365_000));
        Period acrossNewYear = Period.of(LocalDate.of(2009, 12, 1), LocalDate.of(2010, 2, 28));
        assertThat(CostSharing.of(MeasurementScope.of(acrossNewYear)).projectFinancing(project).budget().total())
            .isEqualTo(Amount.ofKronor(1_557_000));
        Period before = Period.of(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31));
        assertThat(CostSharing.of(MeasurementScope.of(before)).projectFinancing(project).budget().total()).isEqualTo(Amount.zero());
        assertThat(CostSharing.of(MeasurementScope.of(before)).projectFinancing(project).budget().byFunder()).isEmpty();
    }

    @Test
    void per_started_participant_at_100_participants_is_27_550_kronor() {
        ProjectCosts costs = CostSharing.projectCosts(project, 100, 40);
        assertThat(costs.unitCosts().perStartedParticipant()).contains(Amount.parse("27550.00"));
        assertThat(costs.unitCosts().perWorkOrStudies()).contains(Amount.parse("68875.00"));
        assertThat(costs.esf()).isEmpty();
    }

    @Test
    void unit_costs_of_a_measurement_period_divide_that_periods_budget() {
        Period year2009 = Period.of(LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31));
        ProjectCosts costs = CostSharing.projectCosts(project, year2009, 60, 7);
        assertThat(costs.unitCosts().budgetTotal()).isEqualTo(Amount.ofKronor(1_365_000));
        assertThat(costs.unitCosts().perStartedParticipant()).contains(Amount.parse("22750.00"));
        // 1 365 000 ÷ 7 = 195 000 exactly.
        assertThat(costs.unitCosts().perWorkOrStudies()).contains(Amount.parse("195000.00"));
        assertThat(costs.financing().budget().byYear()).containsOnlyKeys(2009);
    }

    @Test
    void the_forbund_money_is_borne_by_its_members_by_the_key_year_by_year() {
        // 2008: 1 198 000 -> 599 000 / 299 500 / 299 500; 2009: 1 365 000 -> 682 500 / 341 250 / 341 250;
        // 2010: 192 000 -> 96 000 / 48 000 / 48 000. No resource states an annual cost.
        CostAttribution attribution = CostSharing.create().costAttribution(document, project);
        assertThat(attribution.total()).isEqualTo(Amount.ofKronor(2_755_000));
        assertThat(attribution.inKind()).isEqualTo(Amount.zero());
        assertThat(attribution.unattributed()).isEqualTo(Amount.zero());
        assertThat(attribution.byParty()).containsExactly(
            BorneCost.of("forsakringskassan", PartyType.SOCIAL_INSURANCE_AGENCY, Amount.ofKronor(1_377_500)),
            BorneCost.of("vasterbottens-lans-landsting", PartyType.REGION, Amount.ofKronor(688_750)),
            BorneCost.of("umea-kommun", PartyType.MUNICIPALITY, Amount.ofKronor(688_750)));
        assertThat(attribution.byType())
            .containsEntry(PartyType.SOCIAL_INSURANCE_AGENCY, Amount.ofKronor(1_377_500))
            .containsEntry(PartyType.PUBLIC_EMPLOYMENT_SERVICE, Amount.zero())
            .containsEntry(PartyType.REGION, Amount.ofKronor(688_750))
            .containsEntry(PartyType.MUNICIPALITY, Amount.ofKronor(688_750))
            .containsEntry(PartyType.COORDINATION_ASSOCIATION, Amount.zero())
            .hasSize(PartyType.values().length);
    }

    @Test
    void the_forbund_key_gives_the_state_half_of_each_years_twelve_million() {
        AssociationKey key = CostSharing.create().key(document, FORBUND).orElseThrow();
        assertThat(key.years()).hasSize(3).allSatisfy(year -> assertThat(year.shares().orElseThrow())
            .containsExactly(
                MemberShare.of("forsakringskassan", Amount.ofKronor(6_000_000)),
                MemberShare.of("vasterbottens-lans-landsting", Amount.ofKronor(3_000_000)),
                MemberShare.of("umea-kommun", Amount.ofKronor(3_000_000))));
    }
}

package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.ValueContract.assertValue;
import static se.samverkan.metrics.costs.ProjectFinancingTest.line;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.Funding;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Esf;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.Resource;
import se.samverkan.model.project.ResourceExtent;
import se.samverkan.model.testing.SeedDocuments;

/**
 * The composite cost results (financing, project financing, project costs, the förbund key, the cost
 * attribution) are values a test can compare: equal when built from equal parts (amounts by value, so
 * {@code 100} and {@code 100.00} kronor are the same), unequal when one part differs.
 */
class CostResultValuesTest {

    private static final List<String> TWO_FINANCIERS = List.of("sf", "kommun");

    private static Financing financing(List<String> financiers, BudgetLine... lines) {
        Budget budget = Budget.builder().addLines(lines).build();
        return Financing.of(ProjectFinancingTest.project(financiers, budget), budget, year -> true);
    }

    /** sf pays 100 of staff in 2020, kommun 50 of travel in 2021: total 150. */
    private static Financing base() {
        return financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "100", "sf"),
            line(2021, CostCategory.TRAVEL, "50", "kommun"));
    }

    @Test
    void a_financing_is_equal_exactly_when_every_figure_is() {
        Financing base = base();
        assertValue(base,
            financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "100.00", "sf"),
                line(2021, CostCategory.TRAVEL, "50.0", "kommun")),
            // total (and with it the year, category and funder sums it is the sum of): 101 + 50 = 151
            financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "101", "sf"),
                line(2021, CostCategory.TRAVEL, "50", "kommun")),
            // by year only: {2020: 150} instead of {2020: 100, 2021: 50}
            financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "100", "sf"),
                line(2020, CostCategory.TRAVEL, "50", "kommun")),
            // by category (and the categories with lines): STAFF 150 instead of STAFF 100, TRAVEL 50
            financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "100", "sf"),
                line(2021, CostCategory.STAFF, "50", "kommun")),
            // the categories with lines only: a line of 0 kr of OTHER adds OTHER, every sum stays
            financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "100", "sf"),
                line(2021, CostCategory.TRAVEL, "50", "kommun"), line(2020, CostCategory.OTHER, "0", "sf")),
            // by funder: sf 150 instead of sf 100, kommun 50
            financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "100", "sf"),
                line(2021, CostCategory.TRAVEL, "50", "sf")),
            // by funder, order only: kommun appears first
            financing(TWO_FINANCIERS, line(2021, CostCategory.TRAVEL, "50", "kommun"),
                line(2020, CostCategory.STAFF, "100", "sf")),
            // unattributed 50 (no fundedBy with two financiers), so kommun's 50 leaves the funders
            financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "100", "sf"),
                line(2021, CostCategory.TRAVEL, "50", null)));
        assertThat(base).hasToString("Financing[total=150.00, byYear={2020=100.00, 2021=50.00}, "
            + "byFunder=[sf=100.00 (66.7 %), kommun=50.00 (33.3 %)]]");
    }

    @Test
    void a_financing_has_lines_exactly_when_a_line_lies_in_the_measured_years() {
        assertThat(financing(TWO_FINANCIERS).hasLines()).isFalse();
        assertThat(financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "0", "sf")).hasLines()).isTrue();
        // Two empty financings are equal; one with a line of 0 kr differs only in its categories with lines.
        assertValue(financing(TWO_FINANCIERS), financing(List.of("sf")),
            financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "0", "sf")));
    }

    @Test
    void a_project_financing_is_its_budget_and_outcome() {
        Financing outcome = financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "90", "sf"));
        ProjectFinancing financing = ProjectFinancing.of(base(), Optional.of(outcome));
        assertValue(financing,
            ProjectFinancing.of(base(), Optional.of(financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "90.00", "sf")))),
            ProjectFinancing.of(outcome, Optional.of(outcome)),
            ProjectFinancing.of(base(), Optional.of(financing(TWO_FINANCIERS, line(2020, CostCategory.STAFF, "91", "sf")))),
            ProjectFinancing.of(base(), Optional.empty()));
        assertValue(ProjectFinancing.of(base(), Optional.empty()), ProjectFinancing.of(base(), Optional.empty()));
        assertThatThrownBy(() -> ProjectFinancing.of(null, Optional.empty())).isInstanceOf(NullPointerException.class)
            .hasMessage("budget");
    }

    private static Optional<EsfSplit> esf(String granted) {
        Esf gransgangare = SeedDocuments.gransgangareEsf().getProjects().get(0).getEsf().orElseThrow();
        return EsfSplit.of(Esf.builder().from(gransgangare).grantedSupport(Amount.parse(granted)).build());
    }

    @Test
    void project_costs_are_their_financing_unit_costs_and_esf_split() {
        ProjectFinancing financing = ProjectFinancing.of(base(), Optional.empty());
        // 150 kr over 3 started and 1 ended in work or studies.
        ProjectCosts costs = ProjectCosts.of(financing, UnitCosts.of(Amount.ofKronor(150), 3, 1), esf("1000000"));
        assertThat(esf("1000000")).isPresent();
        assertValue(costs,
            ProjectCosts.of(ProjectFinancing.of(base(), Optional.empty()), UnitCosts.of(Amount.parse("150.00"), 3, 1),
                esf("1000000.00")),
            ProjectCosts.of(ProjectFinancing.of(base(), Optional.of(base())), UnitCosts.of(Amount.ofKronor(150), 3, 1),
                esf("1000000")),
            ProjectCosts.of(financing, UnitCosts.of(Amount.ofKronor(150), 4, 1), esf("1000000")),
            ProjectCosts.of(financing, UnitCosts.of(Amount.ofKronor(150), 3, 1), esf("1000001")),
            ProjectCosts.of(financing, UnitCosts.of(Amount.ofKronor(150), 3, 1), Optional.empty()));
        assertThatThrownBy(() -> ProjectCosts.of(null, UnitCosts.of(Amount.zero(), 0, 0), Optional.empty()))
            .isInstanceOf(NullPointerException.class).hasMessage("financing");
        assertThatThrownBy(() -> ProjectCosts.of(financing, null, Optional.empty()))
            .isInstanceOf(NullPointerException.class).hasMessage("unitCosts");
    }

    private static Party party(String id, PartyType type, long population) {
        return Party.builder().id(id).name(id).type(type).population(population).build();
    }

    /** A förbund of fk, af, a region and the given municipalities with their populations. */
    private static AssociationKey key(String id, List<String> members, long vannas, Funding... funding) {
        List<Party> parties = new ArrayList<>(List.of(
            Party.builder().id("fk").name("fk").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
            Party.builder().id("af").name("af").type(PartyType.PUBLIC_EMPLOYMENT_SERVICE).build(),
            party("region", PartyType.REGION, 257_000), party("umea", PartyType.MUNICIPALITY, 112_000)));
        if (vannas >= 0) {
            parties.add(party("vannas", PartyType.MUNICIPALITY, vannas));
        } else {
            parties.add(Party.builder().id("vannas").name("vannas").type(PartyType.MUNICIPALITY).build());
        }
        SamverkanDocument document = SamverkanDocument.builder().parties(parties)
            .addAssociations(CoordinationAssociation.builder().id(id).members(members).addFunding(funding).build())
            .build();
        return CostSharing.create().key(document, id).orElseThrow();
    }

    private static final List<String> MEMBERS = List.of("fk", "af", "region", "umea", "vannas");

    private static Funding funding(String total) {
        return Funding.builder().year(2008).total(Amount.parse(total)).build();
    }

    @Test
    void an_association_key_is_its_association_weights_and_years() {
        AssociationKey key = key("sf", MEMBERS, 8_000, funding("6000000"));
        assertValue(key, key("sf", MEMBERS, 8_000, funding("6000000.00")),
            key("annat", MEMBERS, 8_000, funding("6000000")),
            key("sf", MEMBERS, 8_000, funding("6000000.01")),
            key("sf", MEMBERS, 8_000));
        // Without funding years only the key itself can differ: a weight, the members' order, a problem.
        AssociationKey noYears = key("sf", MEMBERS, 8_000);
        assertValue(noYears, key("sf", MEMBERS, 8_000),
            key("sf", MEMBERS, 8_001),
            key("sf", List.of("fk", "af", "region", "vannas", "umea"), 8_000),
            key("sf", MEMBERS, -1));
        assertThat(key("sf", MEMBERS, -1).problems()).extracting(KeyProblem::type)
            .containsExactly(KeyProblemType.MISSING_POPULATION);
        assertThatThrownBy(() -> AssociationKey.of(null, null, List.of())).isInstanceOf(NullPointerException.class)
            .hasMessage("association");
    }

    private static CostAttribution attribution(List<String> financiers, BudgetLine... lines) {
        return attribution(financiers, List.of(), lines);
    }

    private static CostAttribution attribution(List<String> financiers, List<Resource> resources,
            BudgetLine... lines) {
        List<Party> parties = List.of(
            Party.builder().id("sf").name("sf").type(PartyType.COORDINATION_ASSOCIATION).build(),
            Party.builder().id("fk").name("fk").type(PartyType.SOCIAL_INSURANCE_AGENCY).build(),
            Party.builder().id("region").name("region").type(PartyType.REGION).build(),
            Party.builder().id("kommun").name("kommun").type(PartyType.MUNICIPALITY).build(),
            Party.builder().id("ideell").name("ideell").type(PartyType.NON_PROFIT).build());
        SamverkanDocument document = SamverkanDocument.builder().parties(parties)
            .addAssociations(CoordinationAssociation.builder().id("sf").addMembers("fk", "region", "kommun").build())
            .build();
        Project project = Project.builder()
            .from(ProjectFinancingTest.project(financiers, Budget.builder().addLines(lines).build()))
            .addAllResources(resources).build();
        return CostSharing.create().costAttribution(document, project);
    }

    @Test
    void a_cost_attribution_is_equal_exactly_when_every_figure_is() {
        // The förbund's 1 000 is borne 500 by fk, 250 by the region, 250 by the municipality.
        CostAttribution base = attribution(List.of("sf"), line(2020, CostCategory.STAFF, "1000", null));
        assertThat(base.byParty()).extracting(BorneCost::amount)
            .containsExactly(Amount.ofKronor(500), Amount.ofKronor(250), Amount.ofKronor(250));
        assertThat(base.inKind()).isEqualTo(Amount.zero());
        assertValue(base, attribution(List.of("sf"), line(2020, CostCategory.STAFF, "1000.00", null)),
            // total and the parts: 500.01, 250, 250 (the extra öre to the state half)
            attribution(List.of("sf"), line(2020, CostCategory.STAFF, "1000.01", null)),
            // by party and by type: the non-profit bears all 1 000 itself
            attribution(List.of("ideell"), line(2020, CostCategory.STAFF, "1000", null)),
            // by party and by type, total kept: 500 borne by the non-profit, the förbund's 500 by its members
            attribution(List.of("sf", "ideell"), line(2020, CostCategory.STAFF, "500", "ideell"),
                line(2021, CostCategory.STAFF, "500", "sf")),
            // in kind: the non-profit's own worker, 1 000 a year over 2020 and 2021 = 2 000 more in kind
            attribution(List.of("sf"), List.of(Resource.builder().party("ideell").role("handledare")
                .extent(ResourceExtent.ofFte(BigDecimal.ONE)).annualCost(Amount.ofKronor(1000)).build()),
                line(2020, CostCategory.STAFF, "1000", null)),
            // unattributed: two financiers and no fundedBy, so the 1 000 belongs to no one
            attribution(List.of("sf", "ideell"), line(2020, CostCategory.STAFF, "1000", null)));
    }
}

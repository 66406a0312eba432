package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.project.Project;
import se.samverkan.model.project.ProjectKind;
import se.samverkan.model.project.TargetGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

class ProjectFinancingTest {

    static BudgetLine line(int year, CostCategory category, String amount, String fundedBy) {
        return BudgetLine.builder().year(year).category(category).item("post").amount(Amount.parse(amount))
            .fundedBy(fundedBy).build();
    }

    static Project project(List<String> financiers, Budget budget) {
        return Project.builder().id("p").name("Insats").kind(ProjectKind.PROJECT).orientation(Orientation.INDIVIDUAL)
            .measurement(Measurement.PERSON_LEVEL).owner("af").financiers(financiers)
            .period(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)))
            .targetGroup(TargetGroup.builder().description("Unga").ageRange(IntRange.of(16, 29)).build())
            .budget(budget).build();
    }

    private static BigDecimal percent(FunderShare share) {
        return share.percent().orElseThrow();
    }

    @Test
    void funders_come_in_order_of_first_appearance_with_their_sums() {
        Budget budget = Budget.builder().addLines(
            line(2021, CostCategory.STAFF, "100", "kommun"),
            line(2020, CostCategory.STAFF, "300", "sf"),
            line(2020, CostCategory.TRAVEL, "50", "kommun"),
            line(2021, CostCategory.OTHER, "50", "region")).build();
        Financing financing = CostSharing.create().projectFinancing(project(List.of("sf", "kommun", "region"), budget)).budget();
        assertThat(financing.byFunder()).extracting(FunderShare::party).containsExactly("kommun", "sf", "region");
        assertThat(financing.byFunder()).extracting(FunderShare::amount)
            .containsExactly(Amount.ofKronor(150), Amount.ofKronor(300), Amount.ofKronor(50));
        assertThat(financing.byFunder()).extracting(ProjectFinancingTest::percent)
            .containsExactly(new BigDecimal("30.0"), new BigDecimal("60.0"), new BigDecimal("10.0"));
        assertThat(financing.byYear()).containsExactly(entry(2020, Amount.ofKronor(350)), entry(2021, Amount.ofKronor(150)));
        assertThat(financing.byCategory()).containsEntry(CostCategory.STAFF, Amount.ofKronor(400))
            .containsEntry(CostCategory.TRAVEL, Amount.ofKronor(50)).containsEntry(CostCategory.OTHER, Amount.ofKronor(50))
            .containsEntry(CostCategory.PREMISES, Amount.zero());
    }

    @Test
    void each_percent_is_rounded_half_even_on_its_own_and_need_not_add_up_to_100() {
        // Thirds: 33.33 / 33.33 / 33.34 of 100.00 are 33.33 %, 33.33 % and 33.34 %: 33.3 each, 99.9 in all.
        Budget thirds = Budget.builder().addLines(line(2020, CostCategory.STAFF, "33.33", "a"),
            line(2020, CostCategory.STAFF, "33.33", "b"), line(2020, CostCategory.STAFF, "33.34", "c")).build();
        assertThat(CostSharing.create().projectFinancing(project(List.of("a", "b", "c"), thirds)).budget().byFunder())
            .extracting(ProjectFinancingTest::percent)
            .containsExactly(new BigDecimal("33.3"), new BigDecimal("33.3"), new BigDecimal("33.3"));
        // Of 2 000: 1 is 0.05 % -> 0.0 (half to even), 3 is 0.15 % -> 0.2, 1 996 is 99.8 %.
        Budget halves = Budget.builder().addLines(line(2020, CostCategory.STAFF, "1", "a"),
            line(2020, CostCategory.STAFF, "3", "b"), line(2020, CostCategory.STAFF, "1996", "c")).build();
        assertThat(CostSharing.create().projectFinancing(project(List.of("a", "b", "c"), halves)).budget().byFunder())
            .extracting(ProjectFinancingTest::percent)
            .containsExactly(new BigDecimal("0.0"), new BigDecimal("0.2"), new BigDecimal("99.8"));
    }

    @Test
    void a_line_without_funder_belongs_to_the_single_financier() {
        Budget budget = Budget.builder().addLines(line(2020, CostCategory.STAFF, "100", null),
            line(2020, CostCategory.STAFF, "100", "kommun"), line(2021, CostCategory.STAFF, "200", null)).build();
        Financing financing = CostSharing.create().projectFinancing(project(List.of("sf"), budget)).budget();
        assertThat(financing.byFunder()).containsExactly(
            FunderShare.of("sf", Amount.ofKronor(300), Amount.ofKronor(400)),
            FunderShare.of("kommun", Amount.ofKronor(100), Amount.ofKronor(400)));
        assertThat(financing.byFunder().get(0).percent()).contains(new BigDecimal("75.0"));
    }

    @Test
    void a_line_without_funder_in_a_project_of_several_financiers_is_counted_but_unattributed() {
        Budget budget = Budget.builder().addLines(line(2020, CostCategory.STAFF, "100", null),
            line(2020, CostCategory.STAFF, "300", "kommun")).build();
        Financing financing = CostSharing.create().projectFinancing(project(List.of("sf", "kommun"), budget)).budget();
        assertThat(financing.total()).isEqualTo(Amount.ofKronor(400));
        assertThat(financing.unattributed()).isEqualTo(Amount.ofKronor(100));
        assertThat(financing.byFunder()).containsExactly(
            FunderShare.of("kommun", Amount.ofKronor(300), Amount.ofKronor(400)));
        assertThat(percent(financing.byFunder().get(0))).isEqualTo(new BigDecimal("75.0"));
    }

    @Test
    void an_empty_budget_has_zero_totals_and_no_percent() {
        Financing financing = CostSharing.create().projectFinancing(project(List.of("sf"), Budget.empty())).budget();
        assertThat(financing.total()).isEqualTo(Amount.zero());
        assertThat(financing.byYear()).isEmpty();
        assertThat(financing.byCategory()).hasSize(CostCategory.values().length)
            .allSatisfy((category, amount) -> assertThat(amount).isEqualTo(Amount.zero()));
        Budget zero = Budget.builder().addLines(line(2020, CostCategory.STAFF, "0", null)).build();
        assertThat(CostSharing.create().projectFinancing(project(List.of("sf"), zero)).budget().byFunder().get(0).percent())
            .isEmpty();
    }

    @Test
    void the_outcome_is_financed_separately_over_the_same_years() {
        Budget budget = Budget.builder().addLines(line(2020, CostCategory.STAFF, "1000", null),
            line(2021, CostCategory.STAFF, "1000", null)).build();
        Budget outcome = Budget.builder().addLines(line(2020, CostCategory.STAFF, "900.50", null),
            line(2021, CostCategory.STAFF, "1100", "kommun")).build();
        Project project = Project.builder().from(project(List.of("sf"), budget)).outcome(outcome).build();
        ProjectFinancing financing =
            CostSharing.of(MeasurementScope.of(Period.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 12, 31)))).projectFinancing(project);
        assertThat(financing.budget().total()).isEqualTo(Amount.ofKronor(1000));
        Financing actual = financing.outcome().orElseThrow();
        assertThat(actual.total()).isEqualTo(Amount.parse("900.50"));
        assertThat(actual.byFunder()).containsExactly(
            FunderShare.of("sf", Amount.parse("900.50"), Amount.parse("900.50")));
        assertThat(CostSharing.create().projectFinancing(project).outcome().orElseThrow().byFunder())
            .extracting(FunderShare::party).containsExactly("sf", "kommun");
    }
}

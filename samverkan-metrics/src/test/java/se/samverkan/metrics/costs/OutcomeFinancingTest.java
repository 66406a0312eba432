package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static se.samverkan.metrics.costs.ProjectFinancingTest.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/**
 * The outcome (<i>utfall</i>) figures of the metrics output next to the budget's, worked by hand: a project
 * financed by "sf" alone, with budget and outcome lines over 2020 and 2021 in two categories, and in each a
 * travel line that the municipality funds ({@code fundedBy}).
 */
class OutcomeFinancingTest {

    private static Project project() {
        Budget budget = Budget.builder().addLines(
            line(2020, CostCategory.STAFF, "1000", null),
            line(2020, CostCategory.TRAVEL, "200", "kommun"),
            line(2021, CostCategory.STAFF, "800", null)).build();
        Budget outcome = Budget.builder().addLines(
            line(2020, CostCategory.STAFF, "900", null),
            line(2020, CostCategory.TRAVEL, "150", "kommun"),
            line(2021, CostCategory.STAFF, "850", null)).build();
        return Project.builder().from(ProjectFinancingTest.project(List.of("sf"), budget)).outcome(outcome).build();
    }

    @Test
    void the_outcome_is_summed_like_the_budget_by_year_category_and_funder() {
        ProjectCosts costs = CostSharing.projectCosts(project(), 4, 0);
        Financing budget = costs.financing().budget();
        // Budget: 1000 + 200 + 800 = 2000; 2020: 1000 + 200 = 1200, 2021: 800; STAFF 1800, TRAVEL 200.
        assertThat(budget.total()).isEqualTo(Amount.ofKronor(2000));
        assertThat(budget.byYear()).containsExactly(entry(2020, Amount.ofKronor(1200)), entry(2021, Amount.ofKronor(800)));
        assertThat(budget.categoriesWithLines()).containsExactly(CostCategory.STAFF, CostCategory.TRAVEL);
        assertThat(budget.byCategory()).containsEntry(CostCategory.STAFF, Amount.ofKronor(1800))
            .containsEntry(CostCategory.TRAVEL, Amount.ofKronor(200));
        // sf (the single financier) 1800 = 90.0 %, kommun (fundedBy) 200 = 10.0 %, sf first in the lines.
        assertThat(budget.byFunder()).extracting(FunderShare::party, FunderShare::amount)
            .containsExactly(tuple("sf", Amount.ofKronor(1800)),
                tuple("kommun", Amount.ofKronor(200)));

        Financing outcome = costs.financing().measuredOutcome().orElseThrow();
        // Outcome: 900 + 150 + 850 = 1900; 2020: 900 + 150 = 1050, 2021: 850; STAFF 1750, TRAVEL 150.
        assertThat(outcome.total()).isEqualTo(Amount.ofKronor(1900));
        assertThat(outcome.byYear()).containsExactly(entry(2020, Amount.ofKronor(1050)), entry(2021, Amount.ofKronor(850)));
        assertThat(outcome.categoriesWithLines()).containsExactly(CostCategory.STAFF, CostCategory.TRAVEL);
        assertThat(outcome.byCategory()).containsEntry(CostCategory.STAFF, Amount.ofKronor(1750))
            .containsEntry(CostCategory.TRAVEL, Amount.ofKronor(150));
        // sf 1750 / 1900 = 92.105… % -> 92.1; kommun 150 / 1900 = 7.894… % -> 7.9.
        assertThat(outcome.byFunder()).extracting(FunderShare::party).containsExactly("sf", "kommun");
        assertThat(outcome.byFunder()).extracting(FunderShare::amount)
            .containsExactly(Amount.ofKronor(1750), Amount.ofKronor(150));
        assertThat(outcome.byFunder()).extracting(share -> share.percent().orElseThrow())
            .containsExactly(new BigDecimal("92.1"), new BigDecimal("7.9"));

        // Unit costs divide the budget, not the outcome: 2000 / 4 = 500.00; no one ended in work or studies.
        assertThat(costs.unitCosts().perStartedParticipant()).contains(Amount.ofKronor(500));
        assertThat(costs.unitCosts().perWorkOrStudies()).isEmpty();
    }

    @Test
    void a_period_in_one_year_counts_only_that_years_lines() {
        Period firstHalf2021 = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
        ProjectFinancing financing = CostSharing.of(MeasurementScope.of(firstHalf2021)).projectFinancing(project());
        // Only the 2021 lines: budget STAFF 800 (sf), outcome STAFF 850 (sf); no travel line that year.
        assertThat(financing.budget().total()).isEqualTo(Amount.ofKronor(800));
        assertThat(financing.budget().categoriesWithLines()).containsExactly(CostCategory.STAFF);
        Financing outcome = financing.measuredOutcome().orElseThrow();
        assertThat(outcome.byYear()).containsExactly(entry(2021, Amount.ofKronor(850)));
        assertThat(outcome.byFunder()).extracting(FunderShare::party, share -> share.percent().orElseThrow())
            .containsExactly(tuple("sf", new BigDecimal("100.0")));
    }

    @Test
    void an_outcome_without_lines_in_the_measured_years_is_not_shown() {
        Period later = Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        ProjectFinancing financing = CostSharing.of(MeasurementScope.of(later)).projectFinancing(project());
        assertThat(financing.outcome()).isPresent();
        assertThat(financing.outcome().orElseThrow().hasLines()).isFalse();
        assertThat(financing.measuredOutcome()).isEmpty();
        // A budget without lines in the years is zero, with no categories and no funders.
        assertThat(financing.budget().total()).isEqualTo(Amount.zero());
        assertThat(financing.budget().categoriesWithLines()).isEmpty();
        assertThat(financing.budget().byFunder()).isEmpty();
    }

    @Test
    void a_zero_line_still_names_its_category() {
        Budget budget = Budget.builder().addLines(line(2020, CostCategory.PREMISES, "0", null)).build();
        Financing financing = CostSharing.create().projectFinancing(ProjectFinancingTest.project(List.of("sf"), budget)).budget();
        assertThat(financing.hasLines()).isTrue();
        assertThat(financing.categoriesWithLines()).containsExactly(CostCategory.PREMISES);
    }
}

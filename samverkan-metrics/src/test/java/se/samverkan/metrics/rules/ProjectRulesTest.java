package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.samverkan.metrics.rules.RuleAssertions.RULES;
import static se.samverkan.metrics.rules.RuleAssertions.assertFindings;
import static se.samverkan.metrics.rules.RuleAssertions.error;
import static se.samverkan.metrics.rules.RuleAssertions.warning;
import static se.samverkan.metrics.rules.RuleFixtures.cohort;
import static se.samverkan.metrics.rules.RuleFixtures.participant;
import static se.samverkan.metrics.rules.RuleFixtures.participation;
import static se.samverkan.metrics.rules.RuleFixtures.period;
import static se.samverkan.metrics.rules.RuleFixtures.withProject;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.BudgetLine;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.goal.AgeBandTotal;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.GenderTotal;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.ImmutableEsf;
import se.samverkan.model.range.IntRange;

/**
 * The rules about a project's own figures (docs/problems.md): budget and table totals, age bands, goal and
 * cohort periods, cohort order and capacity, and ESF support. The fixture's project runs 2020-01-01 to
 * 2021-12-31; its budget is 150 000 (2020) + 80 000 (2021) = 230 000.
 */
class ProjectRulesTest {

    private static ImmutableSamverkanDocument withBreakdown(Breakdown breakdown) {
        return withProject(p -> p.withGoals(RuleFixtures.goal().withBreakdown(breakdown)));
    }

    @Nested
    class BudgetTotalMismatch {

        @Test
        void a_year_total_one_ore_off() {
            Budget budget = Budget.builder().from(RuleFixtures.budget())
                .statedTotals(List.of(StatedTotal.of(2020, Amount.ofKronor(150_000)),
                    StatedTotal.of(2021, Amount.parse("80000.01"))))
                .build();
            ImmutableSamverkanDocument document = withProject(p -> p.withBudget(budget));
            assertFindings(document)
                .containsExactly(error(Rule.BUDGET_TOTAL_MISMATCH, "/projects/0/budget/statedTotals/1"));
            Finding finding = RULES.check(document).get(0);
            assertThat(finding.message())
                .isEqualTo("angiven summa för 2021 är 80000.01 kr men årets rader summerar till 80000.00 kr");
            assertThat(finding.message(Locale.ENGLISH))
                .isEqualTo("the stated total for 2021 is SEK 80000.01 but the lines of the year sum to SEK 80000.00");
        }

        @Test
        void a_grand_total_and_a_year_without_lines_in_the_outcome() {
            Budget outcome = Budget.builder().from(RuleFixtures.budget())
                .addStatedTotals(StatedTotal.of(2022, Amount.zero()), StatedTotal.of(2023, Amount.ofKronor(1)))
                .statedGrandTotal(Amount.ofKronor(230_001)).build();
            assertFindings(withProject(p -> p.withOutcome(outcome))).containsExactly(
                error(Rule.BUDGET_TOTAL_MISMATCH, "/projects/0/outcome/statedTotals/3"),
                error(Rule.BUDGET_TOTAL_MISMATCH, "/projects/0/outcome/statedGrandTotal"));
        }

        @Test
        void totals_that_match_to_the_ore_and_a_zero_year_without_lines() {
            Budget budget = Budget.builder().from(RuleFixtures.budget())
                .addStatedTotals(StatedTotal.of(2022, Amount.parse("0.00")))
                .statedGrandTotal(Amount.parse("230000.0")).build();
            assertThat(RULES.check(withProject(p -> p.withBudget(budget).withOutcome(budget)))).isEmpty();
        }

        @Test
        void lines_whose_sum_no_amount_can_hold_are_compared_without_throwing() {
            Amount largest = Amount.parse("9999999999999.99");
            BudgetLine line = BudgetLine.builder().year(2020).category(CostCategory.OTHER).item("Stort").amount(largest)
                .build();
            Budget budget = Budget.builder().addLines(line, line).addStatedTotals(StatedTotal.of(2020, largest))
                .statedGrandTotal(largest).build();
            assertThat(RULES.check(withProject(p -> p.withBudget(budget))))
                .extracting(Finding::path, Finding::message)
                .containsExactly(
                    tuple("/projects/0/budget/statedTotals/0",
                        "angiven summa för 2020 är 9999999999999.99 kr"
                            + " men årets rader summerar till 19999999999999.98 kr"),
                    tuple("/projects/0/budget/statedGrandTotal",
                        "angiven totalsumma är 9999999999999.99 kr men raderna summerar till 19999999999999.98 kr"));
        }
    }

    @Nested
    class BreakdownTotalMismatch {

        @Test
        void a_wrong_row_column_and_grand_total() {
            Breakdown wrong = Breakdown.builder().from(RuleFixtures.breakdown())
                .rowTotals(List.of(GenderTotal.of(Gender.WOMAN, 21), GenderTotal.of(Gender.MAN, 20)))
                .columnTotals(List.of(AgeBandTotal.of(0, 10), AgeBandTotal.of(1, 3)))
                .total(4).build();
            assertFindings(withBreakdown(wrong)).containsExactly(
                error(Rule.BREAKDOWN_TOTAL_MISMATCH, "/projects/0/goals/0/breakdown/rowTotals/0"),
                error(Rule.BREAKDOWN_TOTAL_MISMATCH, "/projects/0/goals/0/breakdown/columnTotals/1"),
                error(Rule.BREAKDOWN_TOTAL_MISMATCH, "/projects/0/goals/0/breakdown/total"));
            List<Finding> findings = RULES.check(withBreakdown(wrong));
            assertThat(findings.get(0).message())
                .isEqualTo("angiven summa för Kvinna är 21 men cellerna summerar till 20");
            assertThat(findings.get(0).message(Locale.ENGLISH))
                .isEqualTo("the stated total for Woman is 21 but the cells sum to 20");
            assertThat(findings.get(1).message(Locale.ENGLISH))
                .isEqualTo("the stated total for age band 31–64 is 3 but the cells sum to 30");
        }

        @Test
        void a_row_without_cells_sums_to_zero() {
            Breakdown zero = Breakdown.builder().from(RuleFixtures.breakdown())
                .addRowTotals(GenderTotal.of(Gender.NON_BINARY, 0)).build();
            assertThat(RULES.check(withBreakdown(zero))).isEmpty();
            Breakdown one = Breakdown.builder().from(RuleFixtures.breakdown())
                .addRowTotals(GenderTotal.of(Gender.NON_BINARY, 1)).build();
            assertFindings(withBreakdown(one))
                .containsExactly(error(Rule.BREAKDOWN_TOTAL_MISMATCH, "/projects/0/goals/0/breakdown/rowTotals/2"));
        }
    }

    @Nested
    class BreakdownOutsideTargetAge {

        @Test
        void a_band_starting_below_the_target_group() {
            Breakdown young = Breakdown.builder().from(RuleFixtures.breakdown())
                .ageBands(List.of(IntRange.of(16, 30), IntRange.of(31, 64))).build();
            assertFindings(withBreakdown(young))
                .containsExactly(
                    warning(Rule.BREAKDOWN_OUTSIDE_TARGET_AGE, "/projects/0/goals/0/breakdown/ageBands/0"));
        }

        @Test
        void bands_on_the_ends_of_the_target_group_are_inside() {
            // The fixture's bands 18–30 and 31–64 against 18–64.
            assertThat(RuleFixtures.breakdown().getAgeBands())
                .containsExactly(IntRange.of(18, 30), IntRange.of(31, 64));
            assertThat(RULES.check(RuleFixtures.document())).isEmpty();
        }
    }

    @Nested
    class GoalPeriodOutsideProject {

        @Test
        void a_goal_measured_past_the_project() {
            assertFindings(withProject(p -> p.withGoals(
                RuleFixtures.goal().withPeriod(period("2020-01-01", "2022-01-01")))))
                .containsExactly(warning(Rule.GOAL_PERIOD_OUTSIDE_PROJECT, "/projects/0/goals/0/period"));
        }

        @Test
        void a_goal_measured_over_the_whole_project_or_part_of_it() {
            assertThat(RULES.check(withProject(p -> p.withGoals(
                RuleFixtures.goal().withPeriod(period("2020-01-01", "2021-12-31")),
                RuleFixtures.goal().withId("forsta-aret").withPeriod(period("2020-01-01", "2020-12-31")))))).isEmpty();
        }
    }

    @Nested
    class CohortOutsidePeriod {

        @Test
        void a_cohort_starting_before_and_one_ending_after_the_project() {
            assertFindings(withProject(p -> p.withCohorts(cohort("c1", 1, "2019-12-01", "2020-01-31"),
                cohort("c2", 2, "2021-12-01", "2022-01-01")))).containsExactly(
                    warning(Rule.COHORT_OUTSIDE_PERIOD, "/projects/0/cohorts/0/period/start"),
                    warning(Rule.COHORT_OUTSIDE_PERIOD, "/projects/0/cohorts/1/period/end"));
        }

        @Test
        void cohorts_on_the_first_and_last_day_of_the_project() {
            assertThat(RULES.check(withProject(p -> p.withCohorts(cohort("c1", 1, "2020-01-01", "2020-01-31"),
                cohort("c2", 2, "2021-12-01", "2021-12-31"))))).isEmpty();
        }
    }

    @Nested
    class CohortSequence {

        @Test
        void the_cohort_that_starts_before_the_previous_number_is_reported_once() {
            // Group 2 is misdated to December: group 3 starts before it; group 4 starts after group 3.
            ImmutableSamverkanDocument document = withProject(p -> p.withCohorts(
                cohort("c1", 1, "2020-02-01", "2020-03-31"),
                cohort("c2", 2, "2020-12-01", "2020-12-31"),
                cohort("c3", 3, "2020-04-01", "2020-05-31"),
                cohort("c4", 4, "2020-06-01", "2020-07-31")));
            assertFindings(document).containsExactly(warning(Rule.COHORT_SEQUENCE, "/projects/0/cohorts/2"));
            assertThat(RULES.check(document).get(0).message(Locale.ENGLISH))
                .isEqualTo("group 3 starts 2020-04-01, before group 2, which starts 2020-12-01");
        }

        @Test
        void the_order_is_by_number_not_by_place_in_the_document() {
            assertThat(RULES.check(withProject(p -> p.withCohorts(cohort("c2", 2, "2020-04-01", "2020-05-31"),
                cohort("c1", 1, "2020-02-01", "2020-03-31"))))).isEmpty();
            assertFindings(withProject(p -> p.withCohorts(cohort("c2", 2, "2020-02-01", "2020-03-31"),
                cohort("c1", 1, "2020-04-01", "2020-05-31"))))
                .containsExactly(warning(Rule.COHORT_SEQUENCE, "/projects/0/cohorts/0"));
        }

        @Test
        void cohorts_sharing_a_number_are_not_compared_with_each_other_and_the_same_day_is_in_order() {
            assertThat(RULES.check(withProject(p -> p.withCohorts(cohort("c1", 1, "2020-03-01", "2020-03-31"),
                cohort("c1b", 1, "2020-02-01", "2020-02-28"), cohort("c2", 2, "2020-03-01", "2020-04-30"))))).isEmpty();
            // But a later number is compared with the latest start of the number before it.
            assertFindings(withProject(p -> p.withCohorts(cohort("c1", 1, "2020-03-01", "2020-03-31"),
                cohort("c1b", 1, "2020-02-01", "2020-02-28"), cohort("c2", 2, "2020-02-15", "2020-04-30"))))
                .containsExactly(warning(Rule.COHORT_SEQUENCE, "/projects/0/cohorts/2"));
        }
    }

    @Nested
    class CohortOverCapacity {

        @Test
        void three_participations_in_a_cohort_planned_for_at_most_two() {
            ImmutableSamverkanDocument document = RuleFixtures.document().withParticipants(
                participant("d1", participation()), participant("d2", participation()),
                participant("d3", participation()));
            assertFindings(document)
                .containsExactly(warning(Rule.COHORT_OVER_CAPACITY, "/projects/0/cohorts/0/plannedSize"));
            assertThat(RULES.check(document).get(0).message())
                .isEqualTo("3 deltaganden anger gruppstarten, fler än den planerade största storleken 2");
        }

        @Test
        void registrations_in_error_and_other_projects_cohorts_do_not_count() {
            ImmutableSamverkanDocument document = RuleFixtures.document()
                .withProjects(RuleFixtures.project(), RuleFixtures.project().withId("annan"))
                .withParticipants(participant("d1", participation()), participant("d2", participation()),
                    participant("d3", participation().withExitOutcome(ExitOutcome.ERRONEOUS_REGISTRATION)),
                    participant("d4", participation().withProject("annan")));
            assertThat(RULES.check(document)).isEmpty();
        }
    }

    @Nested
    class EsfSupportExceedsBudget {

        @Test
        void support_one_ore_above_the_budget() {
            assertFindings(withProject(p -> p.withEsf(ImmutableEsf.copyOf(p.getEsf().orElseThrow())
                .withGrantedSupport(Amount.parse("230000.01")))))
                .containsExactly(error(Rule.ESF_SUPPORT_EXCEEDS_BUDGET, "/projects/0/esf/grantedSupport"));
        }

        @Test
        void support_equal_to_the_budget() {
            assertThat(RULES.check(withProject(p -> p.withEsf(ImmutableEsf.copyOf(p.getEsf().orElseThrow())
                .withGrantedSupport(Amount.ofKronor(230_000)))))).isEmpty();
        }
    }
}

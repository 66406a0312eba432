package se.samverkan.model.validation;

import static se.samverkan.model.validation.FieldRules.BLANK;
import static se.samverkan.model.validation.FieldRules.ID;
import static se.samverkan.model.validation.FieldRules.SHARES;
import static se.samverkan.model.validation.FieldRules.TOO_LONG;
import static se.samverkan.model.validation.FieldRules.assertValid;
import static se.samverkan.model.validation.FieldRules.assertViolations;
import static se.samverkan.model.validation.FieldRules.builtIn;
import static se.samverkan.model.validation.FieldRules.gemensammaTaget;
import static se.samverkan.model.validation.FieldRules.key;
import static se.samverkan.model.validation.FieldRules.project;
import static se.samverkan.model.validation.FieldRules.replace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.budget.ImmutableBudget;
import se.samverkan.model.budget.ImmutableBudgetLine;
import se.samverkan.model.budget.StatedTotal;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.ImmutableCohort;
import se.samverkan.model.project.ImmutableResource;
import se.samverkan.model.project.ImmutableResourceExtent;
import se.samverkan.model.project.ResourceExtent;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/** The field rules of budgets and outcomes, resources in kind and cohorts (docs/format.md). */
class BudgetAndResourceRulesTest {

    /** Resources of Gemensamma taget: 8 is the koordinator (1.0 FTE), 10 a handläggare paid 50/50. */
    private static final int KOORDINATOR = 8;
    private static final int HANDLAGGARE = 10;

    private final SamverkanDocument document = gemensammaTaget();

    @Test
    void budget_line_year_lies_in_1990_to_2100() {
        assertValid(line(0, l -> l.withYear(1990)));
        assertViolations(line(0, l -> l.withYear(1989)), "/projects/0/budget/lines/0/year", builtIn("Min"));
        assertViolations(line(2, l -> l.withYear(2101)), "/projects/0/budget/lines/2/year", builtIn("Max"));
    }

    @Test
    void budget_line_item_is_a_text_and_amount_not_negative() {
        assertValid(line(0, l -> l.withAmount(Amount.zero())));
        assertViolations(line(0, l -> l.withItem("")), "/projects/0/budget/lines/0/item", BLANK);
        assertViolations(line(0, l -> l.withItem("k".repeat(301))), "/projects/0/budget/lines/0/item", TOO_LONG);
        assertViolations(line(4, l -> l.withAmount(Amount.parse("-438000.00"))),
            "/projects/0/budget/lines/4/amount", key("NonNegative"));
    }

    @Test
    void a_stated_amount_has_at_most_13_integer_digits() {
        Amount largest = Amount.parse("9999999999999.99");
        // One öre more: 10 000 000 000 000.00, fourteen integer digits (a sum, never a stated amount).
        Amount tooLarge = largest.plus(Amount.ofOre(1));
        assertValid(line(0, l -> l.withAmount(largest)));
        assertViolations(line(1, l -> l.withAmount(tooLarge)),
            "/projects/0/budget/lines/1/amount", key("StatedAmount"));
        assertViolations(budget(b -> b.withStatedTotals(StatedTotal.of(2008, tooLarge))),
            "/projects/0/budget/statedTotals/0/amount", key("StatedAmount"));
        assertViolations(budget(b -> b.withStatedGrandTotal(tooLarge)),
            "/projects/0/budget/statedGrandTotal", key("StatedAmount"));
    }

    @Test
    void budget_line_funder_is_an_id() {
        assertValid(line(0, l -> l.withFundedBy("samordningsforbundet-umea")));
        assertViolations(line(0, l -> l.withFundedBy("SF Umeå")), "/projects/0/budget/lines/0/fundedBy", ID);
    }

    @Test
    void stated_total_year_lies_in_1990_to_2100_and_may_differ_from_the_lines() {
        assertValid(budget(b -> b.withStatedTotals(StatedTotal.of(2008, Amount.ofKronor(1)))));
        assertViolations(budget(b -> b.withStatedTotals(StatedTotal.of(2008, Amount.ofKronor(1)),
                StatedTotal.of(20090, Amount.ofKronor(1_365_000)))),
            "/projects/0/budget/statedTotals/1/year", builtIn("Max"));
    }

    @Test
    void the_outcome_is_validated_like_the_budget() {
        Budget outcome = Budget.builder().addLines(ImmutableBudgetLine.copyOf(firstLine()).withAmount(Amount.ofKronor(-1)))
            .build();
        assertValid(project(document, p -> p.withOutcome(p.getBudget())));
        assertViolations(project(document, p -> p.withOutcome(outcome)),
            "/projects/0/outcome/lines/0/amount", key("NonNegative"));
    }

    @Test
    void resource_party_is_an_id_and_role_a_text() {
        assertViolations(resource(KOORDINATOR, r -> r.withParty("Arbetsförmedlingen")),
            "/projects/0/resources/8/party", ID);
        assertViolations(resource(KOORDINATOR, r -> r.withRole(" ")), "/projects/0/resources/8/role", BLANK);
    }

    @Test
    void resource_extent_gives_exactly_one_of_fte_days_and_hours_per_week() {
        assertValid(resource(KOORDINATOR, r -> r.withExtent(ResourceExtent.ofFte(new BigDecimal("0.5")))));
        assertViolations(resource(KOORDINATOR, r -> r.withExtent(ImmutableResourceExtent.builder().build())),
            "/projects/0/resources/8/extent", key("ExactlyOneExtent"));
        assertViolations(resource(KOORDINATOR, r -> r.withExtent(ImmutableResourceExtent.builder()
                .fte(BigDecimal.ONE).days(BigDecimal.TEN).build())),
            "/projects/0/resources/8/extent", key("ExactlyOneExtent"));
    }

    @Test
    void resource_extent_values_lie_within_their_limits() {
        assertValid(resource(KOORDINATOR, r -> r.withExtent(ImmutableResourceExtent.builder()
            .hoursPerWeek(BigDecimal.valueOf(168)).build())));
        assertViolations(resource(KOORDINATOR, r -> r.withExtent(ResourceExtent.ofFte(new BigDecimal("-0.5")))),
            "/projects/0/resources/8/extent/fte", "se.samverkan.validation.DecimalMin.atLeast");
        assertViolations(resource(KOORDINATOR, r -> r.withExtent(ResourceExtent.ofFte(BigDecimal.valueOf(1001)))),
            "/projects/0/resources/8/extent/fte", "se.samverkan.validation.DecimalMax.atMost");
        assertViolations(resource(KOORDINATOR, r -> r.withExtent(ImmutableResourceExtent.builder()
                .days(BigDecimal.valueOf(100_001)).build())),
            "/projects/0/resources/8/extent/days", "se.samverkan.validation.DecimalMax.atMost");
        assertViolations(resource(KOORDINATOR, r -> r.withExtent(ImmutableResourceExtent.builder()
                .hoursPerWeek(new BigDecimal("168.5")).build())),
            "/projects/0/resources/8/extent/hoursPerWeek", "se.samverkan.validation.DecimalMax.atMost");
    }

    @Test
    void resource_funding_shares_sum_to_exactly_1() {
        assertValid(resource(HANDLAGGARE, r -> r.withFundedBy(
            FundingShare.of("umea-kommun.socialtjansten", Share.parse("0.25")),
            FundingShare.of("samordningsforbundet-umea", Share.parse("0.75")))));
        assertViolations(resource(HANDLAGGARE, r -> r.withFundedBy(
                FundingShare.of("umea-kommun.socialtjansten", Share.parse("0.5")),
                FundingShare.of("samordningsforbundet-umea", Share.parse("0.25")))),
            "/projects/0/resources/10/fundedBy", SHARES);
        assertViolations(resource(HANDLAGGARE, r -> r.withFundedBy(
                FundingShare.of("Socialtjänsten", Share.parse("0.5")),
                FundingShare.of("samordningsforbundet-umea", Share.parse("0.5")))),
            "/projects/0/resources/10/fundedBy/0/party", ID);
    }

    @Test
    void resource_annual_cost_is_not_negative() {
        assertValid(resource(KOORDINATOR, r -> r.withAnnualCost(Amount.ofKronor(541_000))));
        assertViolations(resource(KOORDINATOR, r -> r.withAnnualCost(Amount.ofKronor(-541_000))),
            "/projects/0/resources/8/annualCost", key("NonNegative"));
    }

    @Test
    void cohort_id_number_period_and_planned_size() {
        assertViolations(cohort(12, c -> c.withId("Grupp 13")), "/projects/0/cohorts/12/id", ID);
        assertViolations(cohort(0, c -> c.withNumber(0)), "/projects/0/cohorts/0/number", builtIn("Positive"));
        assertViolations(cohort(1, c -> c.withPeriod(Period.of(LocalDate.of(2008, 5, 16), LocalDate.of(2008, 4, 14)))),
            "/projects/0/cohorts/1/period/end", key("PeriodOrder"));
        assertViolations(cohort(2, c -> c.withPlannedSize(IntRange.of(-6, 8))),
            "/projects/0/cohorts/2/plannedSize/min", "se.samverkan.validation.IntRangeWithin.atLeast");
        assertViolations(cohort(2, c -> c.withPlannedSize(IntRange.of(8, 6))),
            "/projects/0/cohorts/2/plannedSize/max", key("RangeOrder"));
    }

    @Test
    void group_13_with_january_2009_dates_is_not_a_field_rule() {
        // Its sequence is COHORT_SEQUENCE, a reporting rule (examples/data/README.md).
        assertValid(document.getProjects().get(0).getCohorts().get(12));
    }

    private ImmutableBudgetLine firstLine() {
        return ImmutableBudgetLine.copyOf(document.getProjects().get(0).getBudget().getLines().get(0));
    }

    private SamverkanDocument budget(UnaryOperator<ImmutableBudget> edit) {
        return project(document, p -> p.withBudget(edit.apply(ImmutableBudget.copyOf(p.getBudget()))));
    }

    private SamverkanDocument line(int index, UnaryOperator<ImmutableBudgetLine> edit) {
        return budget(b -> b.withLines(replace(b.getLines(), index,
            edit.apply(ImmutableBudgetLine.copyOf(b.getLines().get(index))))));
    }

    private SamverkanDocument resource(int index, UnaryOperator<ImmutableResource> edit) {
        return project(document, p -> p.withResources(replace(p.getResources(), index,
            edit.apply(ImmutableResource.copyOf(p.getResources().get(index))))));
    }

    private SamverkanDocument cohort(int index, UnaryOperator<ImmutableCohort> edit) {
        return project(document, p -> p.withCohorts(replace(p.getCohorts(), index,
            edit.apply(ImmutableCohort.copyOf(p.getCohorts().get(index))))));
    }
}

package se.samverkan.metrics.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.model.participant.IncomeSource.ACTIVITY_SUPPORT;
import static se.samverkan.model.participant.IncomeSource.EMPLOYMENT;
import static se.samverkan.model.participant.IncomeSource.NO_INCOME;
import static se.samverkan.model.participant.IncomeSource.OTHER;
import static se.samverkan.model.participant.IncomeSource.SICKNESS_BENEFIT;
import static se.samverkan.model.participant.IncomeSource.SOCIAL_ASSISTANCE;
import static se.samverkan.model.participant.IncomeSource.STUDENT_FINANCE;
import static se.samverkan.model.participant.IncomeSource.SUBSIDISED_EMPLOYMENT;
import static se.samverkan.metrics.valuation.ValuationFixtures.ended;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.Fixtures;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.valuation.Payer;
import se.samverkan.model.valuation.SourceCost;
import se.samverkan.model.valuation.ValuationParameters;

class ProjectValuationTest {

    private static BigDecimal kr(String value) {
        return new BigDecimal(value);
    }

    /**
     * Four valued people and three who are not:
     * <ul>
     *   <li>A: sickness benefit and social assistance at start (two sources, half a year each: FK 90 000,
     *       municipality 60 000), employment at end (0); a whole year more in work.</li>
     *   <li>B: employment at start, social assistance at end: moves onto support, municipality −120 000;
     *       a whole year less in work.</li>
     *   <li>C: activity support at start (AF 90 000); subsidised employment and activity support at end
     *       (AF 45 000): AF +45 000; half a year more in work.</li>
     *   <li>D: sickness benefit, no income and other at start (three sources, the last two unlisted: FK
     *       180 000 / 3 = 60 000); student finance at end (unlisted, 0): FK +60 000.</li>
     *   <li>not valued: an anonymous person; a person still taking part; a person whose income at end was
     *       not recorded.</li>
     * </ul>
     */
    private static final List<Participant> PEOPLE = List.of(
        Fixtures.person("a", Gender.WOMAN, 1980,
            ended("2008-04-01", "2009-03-31", List.of(SICKNESS_BENEFIT, SOCIAL_ASSISTANCE), List.of(EMPLOYMENT))),
        Fixtures.person("b", Gender.MAN, 1975,
            ended("2008-05-01", "2009-01-31", List.of(EMPLOYMENT), List.of(SOCIAL_ASSISTANCE))),
        Fixtures.person("c", Gender.MAN, 1990,
            ended("2008-06-01", "2009-06-30", List.of(ACTIVITY_SUPPORT), List.of(SUBSIDISED_EMPLOYMENT, ACTIVITY_SUPPORT))),
        Fixtures.person("d", Gender.WOMAN, 1985,
            ended("2009-01-01", "2009-12-31", List.of(SICKNESS_BENEFIT, NO_INCOME, OTHER), List.of(STUDENT_FINANCE))),
        Participant.builder().id("e").anonymous(true).gender(Gender.UNSPECIFIED)
            .addParticipations(Fixtures.ended("2008-04-01", "2009-01-31",
                se.samverkan.model.participant.ExitOutcome.OTHER).build()).build(),
        Fixtures.person("f", Gender.WOMAN, 1970,
            Fixtures.started("2009-02-01").incomeAtStart(List.of(SOCIAL_ASSISTANCE)).build()),
        Fixtures.person("g", Gender.MAN, 1972,
            ended("2008-09-01", "2009-09-30", List.of(SICKNESS_BENEFIT), List.of())));

    @Test
    void values_each_payer_and_sets_it_against_its_cost() {
        ValuationResult result = ProjectValuation.of(ValuationFixtures.parameters().build(),
            MeasurementScope.projectPeriod()).compute(ValuationFixtures.document(PEOPLE)).get(0);

        assertThat(result.projectId()).isEqualTo(Fixtures.PROJECT);
        assertThat(result.valued()).isEqualTo(4);
        assertThat(result.horizonYears()).isEqualTo(3);
        // q = 0.5 / 1.25 = 0.4; F = 1 + 0.4 + 0.4² = 1.56
        assertThat(result.factor()).isEqualTo(kr("1.560000"));
        // Before deadweight: FK 90 000 (A) + 60 000 (D) = 150 000; AF 45 000 (C); region 0;
        // municipality 60 000 (A) − 120 000 (B) = −60 000; other public 0. Times 1 − 0.1 = 0.9:
        // FK 135 000, AF 40 500, municipality −54 000. Over the horizon, times 1.56: FK 210 600,
        // AF 63 180, municipality −84 240. Costs by the förbund key of 180 000: FK 90 000, region
        // 45 000, municipality 45 000 (AF pays nothing). Net: FK 120 600, AF 63 180, region −45 000,
        // municipality −84 240 − 45 000 = −129 240.
        assertThat(result.byPayer()).containsExactly(
            new PayerValue(Payer.SOCIAL_INSURANCE_AGENCY, kr("135000.00"), kr("210600.00"), kr("90000.00"),
                kr("120600.00")),
            new PayerValue(Payer.PUBLIC_EMPLOYMENT_SERVICE, kr("40500.00"), kr("63180.00"), kr("0.00"),
                kr("63180.00")),
            new PayerValue(Payer.REGION, kr("0.00"), kr("0.00"), kr("45000.00"), kr("-45000.00")),
            new PayerValue(Payer.MUNICIPALITY, kr("-54000.00"), kr("-84240.00"), kr("45000.00"), kr("-129240.00")),
            new PayerValue(Payer.OTHER_PUBLIC, kr("0.00"), kr("0.00"), kr("0.00"), kr("0.00")));
        // Total annual 135 000 + 40 500 − 54 000 = 121 500; horizon 121 500 × 1.56 = 189 540; cost 180 000;
        // net 9 540; ratio 189 540 / 180 000 = 1.053 -> 1.05. Cumulative value: year 1 121 500, year 2
        // 121 500 × 1.4 = 170 100 (below 180 000), year 3 189 540 (reaches it): payback in year 3.
        assertThat(result.total()).isEqualTo(new TotalValue(kr("121500.00"), kr("189540.00"), kr("180000.00"),
            kr("9540.00"), Optional.of(kr("1.05")), OptionalInt.of(3)));
        assertThat(result.cumulativeValue()).containsExactly(kr("121500.00"), kr("170100.00"), kr("189540.00"));
        // Work: A +1, B −1, C +½, D 0 = +½ a year; × 300 000 × 0.9 = 135 000; × 1.56 = 210 600.
        assertThat(result.society()).contains(new SocietyValue(kr("135000.00"), kr("210600.00")));
        // The non-profit association's own line of 10 000 is no public payer's cost.
        assertThat(result.excludedCost()).isEqualTo(kr("10000.00"));
    }

    @Test
    void rounds_each_figure_once_from_its_unrounded_value() {
        // One person on sickness benefit, no income and other at start (FK 100 000 / 3 = 33 333.333…),
        // student finance at end; no deadweight; F = 1.56. Annual 33 333.33; over the horizon
        // 33 333.333… × 1.56 = 52 000.00 exactly, where the rounded annual figure would give 51 999.99.
        ValuationParameters parameters = ValuationFixtures.parameters().deadweight(BigDecimal.ZERO)
            .putIncomeSources(SICKNESS_BENEFIT, SourceCost.of(Amount.parse("100000"), Payer.SOCIAL_INSURANCE_AGENCY))
            .build();
        SamverkanDocument document = ValuationFixtures.document(List.of(Fixtures.person("a", Gender.WOMAN, 1980,
            ended("2008-04-01", "2009-03-31", List.of(SICKNESS_BENEFIT, NO_INCOME, OTHER), List.of(STUDENT_FINANCE)))));
        ValuationResult result = ProjectValuation.of(parameters, MeasurementScope.projectPeriod()).compute(document)
            .get(0);
        assertThat(result.byPayer().get(0).annualChange()).isEqualTo(kr("33333.33"));
        assertThat(result.byPayer().get(0).horizonValue()).isEqualTo(kr("52000.00"));
        // Net 52 000 − 90 000 = −38 000; total 52 000 against 180 000: ratio 0.288… -> 0.29, never pays back.
        assertThat(result.byPayer().get(0).net()).isEqualTo(kr("-38000.00"));
        assertThat(result.total().returnRatio()).contains(kr("0.29"));
        assertThat(result.total().paybackYear()).isEmpty();
    }

    @Test
    void persistence_one_without_discounting_counts_every_year_in_full() {
        // p = 1, r = 0, H = 4: F = 4. Person A alone: FK 90 000 and municipality 60 000 a year, no deadweight:
        // 150 000 a year, 600 000 over four years against 180 000: ratio 3.33; year 1 150 000 < 180 000,
        // year 2 300 000 ≥ 180 000: payback in year 2.
        ValuationParameters parameters = ValuationFixtures.parameters().horizonYears(4).discountRate(BigDecimal.ZERO)
            .persistence(BigDecimal.ONE).deadweight(BigDecimal.ZERO).build();
        ValuationResult result = ProjectValuation.of(parameters, MeasurementScope.projectPeriod())
            .compute(ValuationFixtures.document(PEOPLE.subList(0, 1))).get(0);
        assertThat(result.factor()).isEqualTo(kr("4.000000"));
        assertThat(result.total().annualChange()).isEqualTo(kr("150000.00"));
        assertThat(result.total().horizonValue()).isEqualTo(kr("600000.00"));
        assertThat(result.total().returnRatio()).contains(kr("3.33"));
        assertThat(result.total().paybackYear()).hasValue(2);
        assertThat(result.cumulativeValue())
            .containsExactly(kr("150000.00"), kr("300000.00"), kr("450000.00"), kr("600000.00"));
    }

    @Test
    void without_cost_there_is_no_ratio_nor_payback_and_without_work_value_no_society() {
        // A project with no budget: every cost 0, so ratio and payback are null; no production value given.
        ValuationParameters parameters = ValuationParameters.builder().from(ValuationFixtures.parameters().build())
            .employmentAnnualValue(Optional.empty()).build();
        SamverkanDocument document = SamverkanDocument.builder().from(ValuationFixtures.document(PEOPLE))
            .projects(List.of(Fixtures.project())).build();
        ValuationResult result = ProjectValuation.of(parameters, MeasurementScope.projectPeriod())
            .compute(document, Fixtures.PROJECT).orElseThrow();
        assertThat(result.total().cost()).isEqualTo(kr("0.00"));
        assertThat(result.total().returnRatio()).isEmpty();
        assertThat(result.total().paybackYear()).isEmpty();
        assertThat(result.society()).isEmpty();
        assertThat(result.total().horizonValue()).isEqualTo(kr("189540.00"));
    }

    @Test
    void a_measurement_period_values_only_what_ended_in_it() {
        // 2009 alone: A (ended 2009-03-31), B (2009-01-31), C (2009-06-30), D (2009-12-31) all end in 2009;
        // the whole of 2008: none. Costs follow the years the period touches: 2008's 180 000 budget line
        // is outside 2009, so only the non-profit line (excluded) remains.
        ProjectValuation in2008 = ProjectValuation.of(ValuationFixtures.parameters().build(),
            MeasurementScope.of(Fixtures.period("2008-01-01", "2008-12-31")));
        ValuationResult result2008 = in2008.compute(ValuationFixtures.document(PEOPLE)).get(0);
        assertThat(result2008.valued()).isZero();
        assertThat(result2008.total().cost()).isEqualTo(kr("180000.00"));
        assertThat(result2008.excludedCost()).isEqualTo(kr("0.00"));
        ValuationResult result2009 = ProjectValuation.of(ValuationFixtures.parameters().build(),
            MeasurementScope.of(Fixtures.period("2009-01-01", "2009-12-31")))
            .compute(ValuationFixtures.document(PEOPLE)).get(0);
        assertThat(result2009.valued()).isEqualTo(4);
        assertThat(result2009.total().cost()).isEqualTo(kr("0.00"));
        assertThat(result2009.excludedCost()).isEqualTo(kr("10000.00"));
    }

    @Test
    void refuses_parameters_outside_the_calculations_ranges() {
        assertThatThrownBy(() -> ProjectValuation.of(ValuationFixtures.parameters().horizonYears(0).build(),
            MeasurementScope.projectPeriod())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectValuation.of(ValuationFixtures.parameters().horizonYears(101).build(),
            MeasurementScope.projectPeriod())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectValuation.of(ValuationFixtures.parameters().discountRate(kr("-0.01")).build(),
            MeasurementScope.projectPeriod())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectValuation.of(ValuationFixtures.parameters().persistence(kr("1.01")).build(),
            MeasurementScope.projectPeriod())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectValuation.of(ValuationFixtures.parameters().deadweight(kr("1.5")).build(),
            MeasurementScope.projectPeriod())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProjectValuation.of(ValuationFixtures.parameters()
            .employmentAnnualValue(Amount.parse("-1")).build(), MeasurementScope.projectPeriod()))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_denominator_covers_every_set_size() {
        // lcm(1, …, 12) = 2³ · 3² · 5 · 7 · 11 = 27 720
        assertThat(SupportPricing.DENOMINATOR).isEqualTo(27_720L);
    }
}

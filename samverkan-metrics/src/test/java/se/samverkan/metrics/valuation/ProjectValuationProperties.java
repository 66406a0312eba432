package se.samverkan.metrics.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MetricsArbitraries;
import se.samverkan.metrics.income.IncomeTransitions;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.valuation.Payer;
import se.samverkan.model.valuation.SourceCost;
import se.samverkan.model.valuation.ValuationParameters;

/** The laws of the valuation, over random participants, parameters and scopes. */
class ProjectValuationProperties {

    @Provide
    Arbitrary<ValuationParameters> parameters() {
        Arbitrary<Map<IncomeSource, SourceCost>> sources = Arbitraries.maps(Arbitraries.of(IncomeSource.class),
            Combinators.combine(Arbitraries.longs().between(0, 50_000_000L), Arbitraries.of(Payer.class))
                .as((ore, payer) -> SourceCost.of(Amount.ofOre(ore), payer))).ofMaxSize(IncomeSource.values().length);
        return Combinators.combine(sources, Arbitraries.integers().between(1, 12),
                Arbitraries.of("0", "0.035", "0.25", "1.5"), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 99), Arbitraries.longs().between(0, 60_000_000L).optional(0.7))
            .as((costs, years, rate, persistence, deadweight, work) -> ValuationParameters.builder()
                .incomeSources(costs).horizonYears(years).discountRate(new BigDecimal(rate))
                .persistence(BigDecimal.valueOf(persistence, 2)).deadweight(BigDecimal.valueOf(deadweight, 2))
                .employmentAnnualValue(work.map(Amount::ofOre)).build());
    }

    @Provide
    Arbitrary<MeasurementScope> scopes() {
        return MetricsArbitraries.scopes();
    }

    @Provide
    Arbitrary<List<Participant>> people() {
        return MetricsArbitraries.participants().list().ofMaxSize(25);
    }

    private static ValuationResult value(ValuationParameters parameters, MeasurementScope scope,
            List<Participant> people) {
        return ProjectValuation.of(parameters, scope).compute(ValuationFixtures.document(people)).get(0);
    }

    /** Multiplying every annual cost and the value of work by k multiplies every value by k, to the öre. */
    @Property(tries = 150)
    void scaling_every_annual_cost_scales_every_value(@ForAll("parameters") ValuationParameters parameters,
            @ForAll("scopes") MeasurementScope scope, @ForAll("people") List<Participant> people,
            @ForAll @IntRange(min = 2, max = 1000) int k) {
        BigDecimal factor = BigDecimal.valueOf(k);
        ValuationParameters scaled = ValuationParameters.builder().from(parameters)
            .incomeSources(parameters.getIncomeSources().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> SourceCost.of(Amount.of(e.getValue().getAnnualCost().toBigDecimal()
                    .multiply(factor)), e.getValue().getPayer()))))
            .employmentAnnualValue(parameters.getEmploymentAnnualValue()
                .map(v -> Amount.of(v.toBigDecimal().multiply(factor))))
            .build();
        ValuationResult once = value(parameters, scope, people);
        ValuationResult kTimes = value(scaled, scope, people);
        // Each figure is rounded once to the öre: round(k·x) and k·round(x) differ by at most
        // ½ öre + k·½ öre.
        BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(k + 1L));
        List<BigDecimal[]> pairs = new ArrayList<>();
        for (int i = 0; i < Payer.values().length; i++) {
            pairs.add(new BigDecimal[] {once.byPayer().get(i).annualChange(), kTimes.byPayer().get(i).annualChange()});
            pairs.add(new BigDecimal[] {once.byPayer().get(i).horizonValue(), kTimes.byPayer().get(i).horizonValue()});
            assertThat(kTimes.byPayer().get(i).cost()).isEqualTo(once.byPayer().get(i).cost());
        }
        pairs.add(new BigDecimal[] {once.total().annualChange(), kTimes.total().annualChange()});
        pairs.add(new BigDecimal[] {once.total().horizonValue(), kTimes.total().horizonValue()});
        once.society().ifPresent(s -> {
            pairs.add(new BigDecimal[] {s.annualProductionGain(), kTimes.society().orElseThrow().annualProductionGain()});
            pairs.add(new BigDecimal[] {s.horizonValue(), kTimes.society().orElseThrow().horizonValue()});
        });
        for (BigDecimal[] pair : pairs) {
            assertThat(pair[1].subtract(pair[0].multiply(factor)).abs()).isLessThanOrEqualTo(tolerance);
        }
    }

    @Property(tries = 200)
    void one_year_or_no_persistence_gives_factor_one(@ForAll @IntRange(min = 1, max = 100) int years,
            @ForAll @IntRange(min = 0, max = 100_000) int rateInTenThousandths,
            @ForAll @IntRange(min = 0, max = 10_000) int persistenceInTenThousandths) {
        BigDecimal rate = BigDecimal.valueOf(rateInTenThousandths, 4);
        assertThat(HorizonFactor.of(1, rate, BigDecimal.valueOf(persistenceInTenThousandths, 4)).value())
            .isEqualByComparingTo(BigDecimal.ONE);
        assertThat(HorizonFactor.of(years, rate, BigDecimal.ZERO).value()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Property(tries = 100)
    void no_discounting_and_full_persistence_gives_factor_h(@ForAll @IntRange(min = 1, max = 100) int years) {
        HorizonFactor factor = HorizonFactor.of(years, BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(factor.value()).isEqualByComparingTo(BigDecimal.valueOf(years));
        for (int t = 1; t <= years; t++) {
            assertThat(factor.cumulative(t)).isEqualByComparingTo(BigDecimal.valueOf(t));
        }
    }

    /**
     * A deadweight of 1 (everything would have happened anyway) leaves nothing to value. The parameters
     * file refuses d = 1, since such a valuation says nothing; the calculation accepts it, which is where
     * the law is checked.
     */
    @Property(tries = 100)
    void full_deadweight_values_nothing(@ForAll("parameters") ValuationParameters parameters,
            @ForAll("scopes") MeasurementScope scope, @ForAll("people") List<Participant> people) {
        ValuationResult result = value(ValuationParameters.builder().from(parameters).deadweight(BigDecimal.ONE)
            .build(), scope, people);
        for (PayerValue payer : result.byPayer()) {
            assertThat(payer.annualChange()).isZero();
            assertThat(payer.horizonValue()).isZero();
        }
        assertThat(result.total().horizonValue()).isZero();
        assertThat(result.total().paybackYear()).isEmpty();
        result.society().ifPresent(s -> assertThat(s.horizonValue()).isZero());
    }

    @Property(tries = 150)
    void streamed_and_merged_equals_whole(@ForAll("parameters") ValuationParameters parameters,
            @ForAll("scopes") MeasurementScope scope, @ForAll("people") List<Participant> people,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 25) Integer> cuts) {
        ProjectValuation valuation = ProjectValuation.of(parameters, scope);
        SamverkanDocument document = ValuationFixtures.document(people);
        List<ValuationResult> whole = valuation.compute(document);
        SamverkanDocument header = SamverkanDocument.builder().from(document).participants(List.of()).build();
        assertThat(valuation.compute(header, people.parallelStream())).isEqualTo(whole);
        ValuationAccumulator merged = valuation.accumulator(header, header.getProjects());
        int from = 0;
        List<Integer> bounds = new ArrayList<>(cuts);
        bounds.add(people.size());
        bounds.sort(null);
        for (int bound : bounds) {
            int to = Math.min(bound, people.size());
            ValuationAccumulator part = valuation.accumulator(header, header.getProjects());
            people.subList(Math.min(from, to), to).forEach(part::accept);
            merged = part.merge(merged);
            from = Math.max(from, to);
        }
        assertThat(merged.result()).isEqualTo(whole);
    }

    /** The valued participations are exactly the income transitions' recorded ones (no one is anonymous here). */
    @Property(tries = 150)
    void valued_equals_recorded(@ForAll("parameters") ValuationParameters parameters,
            @ForAll("scopes") MeasurementScope scope, @ForAll("people") List<Participant> people) {
        assertThat(value(parameters, scope, people).valued())
            .isEqualTo(IncomeTransitions.of(ValuationFixtures.project(), people, scope).recorded());
    }

    /** The cumulative value of the last year is the total value over the horizon. */
    @Property(tries = 100)
    void cumulative_value_ends_at_the_horizon_value(@ForAll("parameters") ValuationParameters parameters,
            @ForAll("scopes") MeasurementScope scope, @ForAll("people") List<Participant> people) {
        ValuationResult result = value(parameters, scope, people);
        assertThat(result.cumulativeValue()).hasSize(parameters.getHorizonYears());
        assertThat(result.cumulativeValue().get(parameters.getHorizonYears() - 1))
            .isEqualTo(result.total().horizonValue());
    }
}

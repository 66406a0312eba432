package se.samverkan.metrics.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.metrics.costs.CostAttribution;
import se.samverkan.metrics.income.IncomeTransitions;
import se.samverkan.metrics.internal.ClassifiedParticipant;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Project;
import se.samverkan.model.valuation.Payer;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * The running sums of one insats's valuation: the valued participations, each payer's support cost at
 * start minus at end and the share of a year in work at end minus at start, all as exact whole multiples
 * of 1 / {@link SupportPricing#DENOMINATOR}; and the cost the insats attributes to each type of party.
 * Sums are exact, so any split of the participants merges to the same tally. Mutable, not thread-safe.
 */
final class ProjectTally {

    private final MeasurementWindow window;
    private final boolean countOnly;
    private final SupportPricing pricing;
    private final CostAttribution cost;
    private final ClassifiedParticipant cursor;
    private final BigDecimal[] supportChange = new BigDecimal[SupportPricing.payers()];
    private long workChange;
    private int valued;

    ProjectTally(Project project, MeasurementWindow window, SupportPricing pricing, CostAttribution cost) {
        this.window = window;
        this.countOnly = project.getMeasurement() == Measurement.COUNT_ONLY;
        this.pricing = pricing;
        this.cost = cost;
        this.cursor = new ClassifiedParticipant(window);
        Arrays.fill(supportChange, BigDecimal.ZERO);
    }

    MeasurementWindow window() {
        return window;
    }

    void accept(Participant participant) {
        if (countOnly || participant.isAnonymous()) {
            return;
        }
        ClassifiedParticipant classified = cursor.classify(participant);
        for (int i = 0; i < classified.size(); i++) {
            if (!classified.isEnded(i)) {
                continue;
            }
            Participation participation = classified.participation(i);
            if (!IncomeTransitions.isRecorded(participation)) {
                continue;
            }
            valued = Math.addExact(valued, 1);
            pricing.addCost(participation.getIncomeAtStart(), supportChange, 1);
            pricing.addCost(participation.getIncomeAtEnd(), supportChange, -1);
            workChange = Math.addExact(workChange, SupportPricing.workWeight(participation.getIncomeAtEnd())
                - SupportPricing.workWeight(participation.getIncomeAtStart()));
        }
    }

    void merge(ProjectTally other) {
        if (!window.equals(other.window)) {
            throw new IllegalArgumentException("cannot merge " + other.window + " into " + window);
        }
        valued = Math.addExact(valued, other.valued);
        workChange = Math.addExact(workChange, other.workChange);
        for (int i = 0; i < supportChange.length; i++) {
            supportChange[i] = supportChange[i].add(other.supportChange[i]);
        }
    }

    ValuationResult result(ValuationParameters parameters, HorizonFactor factor) {
        BigDecimal kept = BigDecimal.ONE.subtract(parameters.getDeadweight());
        BigDecimal denominator = BigDecimal.valueOf(SupportPricing.DENOMINATOR);
        BigDecimal f = factor.value();
        BigDecimal annualTotal = BigDecimal.ZERO;
        BigDecimal costTotal = BigDecimal.ZERO;
        List<PayerValue> byPayer = new ArrayList<>();
        for (Payer payer : Payer.values()) {
            BigDecimal annual = kept.multiply(supportChange[payer.ordinal()])
                .divide(denominator, HorizonFactor.PRECISION);
            BigDecimal horizon = annual.multiply(f);
            BigDecimal borne = cost.byType().get(payer.partyType()).toBigDecimal();
            byPayer.add(new PayerValue(payer, money(annual), money(horizon), money(borne),
                money(horizon.subtract(borne))));
            annualTotal = annualTotal.add(annual);
            costTotal = costTotal.add(borne);
        }
        BigDecimal horizonTotal = annualTotal.multiply(f);
        Optional<BigDecimal> ratio = costTotal.signum() == 0 ? Optional.empty()
            : Optional.of(horizonTotal.divide(costTotal, 2, RoundingMode.HALF_EVEN));
        OptionalInt payback = OptionalInt.empty();
        List<BigDecimal> cumulative = new ArrayList<>();
        for (int t = 1; t <= factor.years(); t++) {
            BigDecimal value = annualTotal.multiply(factor.cumulative(t));
            cumulative.add(money(value));
            if (payback.isEmpty() && costTotal.signum() > 0 && annualTotal.signum() > 0
                && value.compareTo(costTotal) >= 0) {
                payback = OptionalInt.of(t);
            }
        }
        TotalValue total = new TotalValue(money(annualTotal), money(horizonTotal), money(costTotal),
            money(horizonTotal.subtract(costTotal)), ratio, payback);
        Optional<SocietyValue> society = parameters.getEmploymentAnnualValue().map(value -> {
            BigDecimal gain = kept.multiply(value.toBigDecimal()).multiply(BigDecimal.valueOf(workChange))
                .divide(denominator, HorizonFactor.PRECISION);
            return new SocietyValue(money(gain), money(gain.multiply(f)));
        });
        BigDecimal excluded = cost.total().toBigDecimal().subtract(costTotal);
        return new ValuationResult(window.project(), window.period(), window.asOf(), valued, factor.years(),
            factor.rounded(), byPayer, society, total, money(excluded), cumulative);
    }

    /** A money figure as reported: rounded half-even to the öre, once. */
    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}

package se.samverkan.metrics.valuation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.valuation.Payer;
import se.samverkan.model.valuation.SourceCost;

/**
 * Prices a set of income sources: one person-year shared equally by the sources of the set, each share
 * costing its source's annual cost and assigned to that source's payer; and the share of the year in
 * work (employment or subsidised employment).
 *
 * <p>To stay exact, every share is kept as a whole multiple of 1 / {@link #DENOMINATOR}, the least
 * common multiple of every possible set size (1 to the number of income sources): a set of n sources
 * gives each source the weight {@code DENOMINATOR / n}, a whole number. Sums of such weighted amounts
 * are exact and do not depend on the order they are added in; the single division by the denominator
 * comes at the end. Immutable and thread-safe.
 */
final class SupportPricing {

    /** The least common multiple of 1 … the number of income sources (27 720 for twelve sources). */
    static final long DENOMINATOR = leastCommonMultipleUpTo(IncomeSource.values().length);

    private static final Set<IncomeSource> WORK = Set.of(IncomeSource.EMPLOYMENT, IncomeSource.SUBSIDISED_EMPLOYMENT);

    private final BigDecimal[] annualCost = new BigDecimal[IncomeSource.values().length];
    private final int[] payer = new int[IncomeSource.values().length];

    SupportPricing(Map<IncomeSource, SourceCost> sources) {
        for (IncomeSource source : IncomeSource.values()) {
            SourceCost cost = sources.get(source);
            annualCost[source.ordinal()] = cost == null ? BigDecimal.ZERO : cost.getAnnualCost().toBigDecimal();
            payer[source.ordinal()] = cost == null ? -1 : cost.getPayer().ordinal();
        }
    }

    /**
     * Adds {@code sign ×} the weighted annual cost of the set to each payer's sum ({@link Payer} ordinal
     * order); {@code sign} is 1 or −1.
     */
    void addCost(Set<IncomeSource> sources, BigDecimal[] byPayer, int sign) {
        long weight = DENOMINATOR / sources.size();
        BigDecimal signed = BigDecimal.valueOf(sign * weight);
        for (IncomeSource source : sources) {
            int index = payer[source.ordinal()];
            if (index >= 0) {
                byPayer[index] = byPayer[index].add(annualCost[source.ordinal()].multiply(signed));
            }
        }
    }

    /** The set's share of a year in work, times {@link #DENOMINATOR}. */
    static long workWeight(Set<IncomeSource> sources) {
        long weight = DENOMINATOR / sources.size();
        long work = 0;
        for (IncomeSource source : WORK) {
            if (sources.contains(source)) {
                work += weight;
            }
        }
        return work;
    }

    static long leastCommonMultipleUpTo(int n) {
        long lcm = 1;
        for (int i = 2; i <= n; i++) {
            lcm = lcm / gcd(lcm, i) * i;
        }
        return lcm;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static int payers() {
        return Payer.values().length;
    }
}

package se.samverkan.metrics.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Objects;

/**
 * The horizon factor of a valuation (<i>diskonteringsfaktor över horisonten</i>): how many first-year
 * changes a change is worth over H years when a share p of it remains each following year and later
 * years are discounted at the rate r.
 *
 * <p>With q = p / (1 + r), computed once to 34 significant digits ({@link MathContext#DECIMAL128}), the
 * factor is F = q⁰ + q¹ + … + q^(H−1), where q⁰ = 1 even for q = 0; each power is the previous one times
 * q, rounded to 34 significant digits. So H = 1 or p = 0 gives exactly 1, and r = 0 with p = 1 gives
 * exactly H. {@link #cumulative(int)} gives the partial sums the payback year is found with; the last
 * of them is the factor itself.
 *
 * <p>Two factors are equal when they have the same horizon and the same q (to its 34 digits): then every
 * partial sum is the same too, whichever rate and persistence gave q.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HorizonFactor {

    /** The precision of q, its powers and every quotient of the valuation: 34 significant digits. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private final BigDecimal q;
    private final BigDecimal[] cumulative;

    private HorizonFactor(BigDecimal q, BigDecimal[] cumulative) {
        this.q = q;
        this.cumulative = cumulative;
    }

    /**
     * The factor over a horizon.
     *
     * @param years the horizon H in years, at least 1
     * @param discountRate the discount rate r, at least 0, not null
     * @param persistence the persistence p, between 0 and 1, not null
     * @return the factor, never null
     * @throws NullPointerException if a decimal is null
     * @throws IllegalArgumentException if a value is outside its range
     */
    public static HorizonFactor of(int years, BigDecimal discountRate, BigDecimal persistence) {
        Objects.requireNonNull(discountRate, "discountRate");
        Objects.requireNonNull(persistence, "persistence");
        if (years < 1) {
            throw new IllegalArgumentException("horizon must be at least one year: " + years);
        }
        if (discountRate.signum() < 0) {
            throw new IllegalArgumentException("discount rate must not be negative: " + discountRate);
        }
        if (persistence.signum() < 0 || persistence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("persistence must lie between 0 and 1: " + persistence);
        }
        BigDecimal q = persistence.divide(BigDecimal.ONE.add(discountRate), PRECISION);
        BigDecimal[] cumulative = new BigDecimal[years];
        BigDecimal power = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        for (int t = 0; t < years; t++) {
            sum = sum.add(power);
            cumulative[t] = sum;
            power = power.multiply(q, PRECISION);
        }
        return new HorizonFactor(q, cumulative);
    }

    /**
     * The horizon H in years.
     *
     * @return H, at least 1
     */
    public int years() {
        return cumulative.length;
    }

    /**
     * The share of a year's value that counts the following year, q = p / (1 + r), to 34 significant
     * digits.
     *
     * @return q, never null
     */
    public BigDecimal q() {
        return q;
    }

    /**
     * The factor F, unrounded (its terms to 34 significant digits each).
     *
     * @return F, at least 1, never null
     */
    public BigDecimal value() {
        return cumulative[cumulative.length - 1];
    }

    /**
     * The factor as reported: rounded half-even to six decimals.
     *
     * @return F with scale 6, never null
     */
    public BigDecimal rounded() {
        return value().setScale(6, RoundingMode.HALF_EVEN);
    }

    /**
     * The factor over the first {@code years} years: q⁰ + … + q^(years−1).
     *
     * @param years the number of years, 1 to H
     * @return the partial sum, never null
     * @throws IllegalArgumentException if {@code years} is outside 1 to H
     */
    public BigDecimal cumulative(int years) {
        if (years < 1 || years > cumulative.length) {
            throw new IllegalArgumentException("years must lie between 1 and " + cumulative.length + ": " + years);
        }
        return cumulative[years - 1];
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof HorizonFactor)) {
            return false;
        }
        HorizonFactor that = (HorizonFactor) other;
        return q.equals(that.q) && Arrays.equals(cumulative, that.cumulative);
    }

    @Override
    public int hashCode() {
        return 31 * q.hashCode() + Arrays.hashCode(cumulative);
    }

    @Override
    public String toString() {
        return "HorizonFactor[H=" + years() + ", q=" + q + ", F=" + value() + "]";
    }
}

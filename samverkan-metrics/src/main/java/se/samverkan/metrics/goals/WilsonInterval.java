package se.samverkan.metrics.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The 95 % Wilson score interval (<i>konfidensintervall</i>, docs/metrics.md) of a share, in percent,
 * with {@code z = 1.96}: the range of true shares compatible with {@code k} successes out of {@code n}
 * at the 95 % level. Unlike the normal approximation it stays inside 0–100 and is meaningful for small
 * groups and for shares near 0 or 100 %, which follow-up of small projects often meets.
 *
 * <p>The bounds are
 * {@code (k + z²/2 ± z·√(k(n−k)/n + z²/4)) / (n + z²)} × 100, computed in {@link BigDecimal} with 40
 * significant digits (the square root too) and then rounded half-even to one decimal, so that the
 * printed bounds are the correctly rounded exact bounds (an error of about 10<sup>−38</sup> could only
 * matter for a bound lying that close to a rounding tie). The exact lower bound is never above the point
 * estimate {@code 100·k/n} and the exact upper bound never below it, so the rounded bounds enclose the
 * point estimate rounded the same way; both lie in 0–100.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param lower the lower bound in percent, one decimal
 * @param upper the upper bound in percent, one decimal
 */
public record WilsonInterval(BigDecimal lower, BigDecimal upper) {

    private static final MathContext PRECISION = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal Z = new BigDecimal("1.96");
    private static final BigDecimal Z_SQUARED = Z.multiply(Z);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * An interval with the given bounds, kept as given; {@link #of(int, int)} computes one.
     *
     * @throws NullPointerException if a bound is null
     * @throws IllegalArgumentException unless {@code 0 ≤ lower ≤ upper ≤ 100}
     */
    public WilsonInterval {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.signum() < 0 || lower.compareTo(upper) > 0 || upper.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a share's interval needs 0 ≤ lower ≤ upper ≤ 100 (percent), got "
                + lower + " to " + upper);
        }
    }

    /**
     * The 95 % Wilson score interval of {@code successes} out of {@code trials}, in percent rounded
     * half-even to one decimal.
     *
     * @param successes the number of successes {@code k}, {@code 0 ≤ k ≤ n}
     * @param trials the number of trials {@code n}, at least 1
     * @return the interval, never null
     * @throws IllegalArgumentException if {@code trials < 1} or {@code successes} is outside 0..trials
     */
    public static WilsonInterval of(int successes, int trials) {
        if (trials < 1) {
            throw new IllegalArgumentException("a share needs at least one trial, got " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes " + successes + " outside 0.." + trials);
        }
        BigDecimal k = BigDecimal.valueOf(successes);
        BigDecimal n = BigDecimal.valueOf(trials);
        BigDecimal variance = k.multiply(n.subtract(k)).divide(n, PRECISION)
            .add(Z_SQUARED.divide(BigDecimal.valueOf(4), PRECISION));
        BigDecimal halfWidth = Z.multiply(variance.sqrt(PRECISION), PRECISION);
        BigDecimal centre = k.add(Z_SQUARED.divide(BigDecimal.valueOf(2), PRECISION));
        BigDecimal denominator = n.add(Z_SQUARED);
        return new WilsonInterval(percent(centre.subtract(halfWidth), denominator),
            percent(centre.add(halfWidth), denominator));
    }

    private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal value = numerator.multiply(HUNDRED).divide(denominator, PRECISION);
        return value.max(BigDecimal.ZERO).min(HUNDRED).setScale(1, RoundingMode.HALF_EVEN);
    }
}

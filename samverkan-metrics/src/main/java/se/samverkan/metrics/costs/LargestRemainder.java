package se.samverkan.metrics.costs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import se.samverkan.model.money.Amount;

/**
 * The largest-remainder method (<i>största-restmetoden</i>): the one routine that splits an amount of
 * money into whole öre by weights, used by every split of the library — the förbund key at both
 * levels, the ESF split, resource funding shares (docs/metrics.md "Exact money").
 *
 * <p>Each part first gets its exact amount ({@code whole × weight ÷ sum of weights}) rounded down to
 * the öre; the öre left over then go one each to the parts with the largest remainders, ties to the
 * part listed first. The parts therefore always sum to exactly the whole, no part differs from its
 * exact share by a whole öre or more, and a part with weight zero gets exactly zero. The arithmetic is
 * exact throughout ({@link BigInteger}); no floating point is involved.
 *
 * <p><b>Negative wholes</b> (equity can be negative) are split symmetrically: the absolute value is
 * allocated as above and every part negated, so {@code allocate(-x, w)} is the negation of
 * {@code allocate(x, w)} part by part and the rounding is towards zero.
 *
 * <p><b>Weights</b> must be non-negative and at least one must be positive; an empty list of weights
 * is rejected as there is no part to receive the money. Weights need not sum to 1: populations,
 * shares and amounts may be used as they are.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class LargestRemainder {

    /**
     * The largest number of decimals a decimal weight may have; guards against hostile input such as
     * {@code 1e-1000000}, whose exact arithmetic would exhaust memory.
     */
    public static final int MAX_WEIGHT_SCALE = 64;

    /** The largest number of integer digits a decimal weight may have; see {@link #MAX_WEIGHT_SCALE}. */
    public static final int MAX_WEIGHT_INTEGER_DIGITS = 64;

    private LargestRemainder() {
    }

    /**
     * Splits an amount into parts proportional to decimal weights, such as agreed key shares or the
     * union co-financing rate.
     *
     * @param whole the amount to split, not null; may be negative or zero
     * @param weights the weights in part order, not null, not empty, each not null and ≥ 0, at least
     *     one positive, each with at most {@value #MAX_WEIGHT_SCALE} decimals and
     *     {@value #MAX_WEIGHT_INTEGER_DIGITS} integer digits
     * @return the parts in the order of the weights, summing to exactly {@code whole}; an unmodifiable
     *     list, never null
     * @throws NullPointerException if {@code whole}, {@code weights} or a weight is null
     * @throws IllegalArgumentException if {@code weights} is empty, a weight is negative or out of
     *     bounds, or every weight is zero
     */
    public static List<Amount> allocate(Amount whole, List<BigDecimal> weights) {
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(weights, "weights");
        List<BigDecimal> checked = new ArrayList<>(weights.size());
        int scale = 0;
        for (BigDecimal weight : weights) {
            Objects.requireNonNull(weight, "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("negative weight: " + weight.toPlainString());
            }
            BigDecimal normal = weight.stripTrailingZeros();
            if (normal.scale() > MAX_WEIGHT_SCALE
                || (long) normal.precision() - normal.scale() > MAX_WEIGHT_INTEGER_DIGITS) {
                throw new IllegalArgumentException("weight outside the supported bounds");
            }
            scale = Math.max(scale, normal.scale());
            checked.add(normal);
        }
        BigInteger[] scaled = new BigInteger[checked.size()];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = checked.get(i).setScale(scale).unscaledValue();
        }
        return allocateScaled(whole, scaled);
    }

    /**
     * Splits an amount into parts proportional to whole-number weights, such as populations.
     *
     * @param whole the amount to split, not null; may be negative or zero
     * @param weights the weights in part order, not null, not empty, each ≥ 0, at least one positive
     * @return the parts in the order of the weights, summing to exactly {@code whole}; an unmodifiable
     *     list, never null
     * @throws NullPointerException if {@code whole} or {@code weights} is null
     * @throws IllegalArgumentException if {@code weights} is empty, a weight is negative, or every
     *     weight is zero
     */
    public static List<Amount> allocate(Amount whole, long... weights) {
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(weights, "weights");
        BigInteger[] scaled = new BigInteger[weights.length];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight: " + weights[i]);
            }
            scaled[i] = BigInteger.valueOf(weights[i]);
        }
        return allocateScaled(whole, scaled);
    }

    private static List<Amount> allocateScaled(Amount whole, BigInteger[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("no weights: at least one part is needed");
        }
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger weight : weights) {
            sum = sum.add(weight);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("every weight is zero");
        }
        BigInteger ore = whole.toOreBig();
        BigInteger magnitude = ore.abs();
        int n = weights.length;
        BigInteger[] parts = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger allocated = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            // Exact share = magnitude * w / sum; quotient and remainder share the denominator `sum`,
            // so remainders compare exactly as integers.
            BigInteger[] qr = magnitude.multiply(weights[i]).divideAndRemainder(sum);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            allocated = allocated.add(qr[0]);
        }
        // The left-over öre are fewer than the parts with a non-zero remainder, so zero weights
        // never receive one.
        int leftover = magnitude.subtract(allocated).intValueExact();
        if (leftover > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // A stable sort by descending remainder keeps ties in list order: the first listed wins.
            Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
            for (int k = 0; k < leftover; k++) {
                parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
            }
        }
        List<Amount> result = new ArrayList<>(n);
        for (BigInteger part : parts) {
            BigInteger signed = ore.signum() < 0 ? part.negate() : part;
            result.add(Amount.of(new BigDecimal(signed, 2)));
        }
        return Collections.unmodifiableList(result);
    }
}

package se.samverkan.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.metrics.costs.LargestRemainder;
import se.samverkan.model.money.Amount;

/**
 * Fuzz targets for the largest-remainder method (docs/metrics.md "Exact money"): on any amount and any
 * weights the parts sum to exactly the whole, each part lies within one öre of its exact share, and the
 * only exceptions are the documented {@link IllegalArgumentException}s for weights that cannot be split.
 *
 * <p>Without {@code JAZZER_FUZZ} the targets replay the committed inputs under
 * {@code src/test/resources/se/samverkan/reliability/LargestRemainderFuzzTestInputs/}.
 */
class LargestRemainderFuzzTest {

    private static final BigInteger MAX_UNSCALED = new BigInteger("999999999999999");

    @FuzzTest(maxDuration = "10m")
    void decimal_weights_split_the_whole_to_the_ore(FuzzedDataProvider data) {
        Amount whole = amount(data);
        int parts = data.consumeInt(0, 12);
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            weights.add(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-70, 70)).abs());
        }
        boolean splittable = !weights.isEmpty()
            && weights.stream().anyMatch(w -> w.signum() > 0)
            && weights.stream().map(BigDecimal::stripTrailingZeros).allMatch(LargestRemainderFuzzTest::inBounds);
        if (!splittable) {
            assertThatThrownBy(() -> LargestRemainder.allocate(whole, weights))
                .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        List<Amount> split = LargestRemainder.allocate(whole, weights);
        assertSplit(whole, weights, split);
    }

    @FuzzTest(maxDuration = "10m")
    void whole_number_weights_split_the_whole_to_the_ore(FuzzedDataProvider data) {
        Amount whole = amount(data);
        long[] weights = new long[data.consumeInt(0, 12)];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = data.consumeLong();
        }
        boolean negative = false;
        boolean positive = false;
        List<BigDecimal> decimals = new ArrayList<>();
        for (long weight : weights) {
            negative |= weight < 0;
            positive |= weight > 0;
            decimals.add(BigDecimal.valueOf(weight));
        }
        if (weights.length == 0 || negative || !positive) {
            assertThatThrownBy(() -> LargestRemainder.allocate(whole, weights))
                .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertSplit(whole, decimals, LargestRemainder.allocate(whole, weights));
    }

    private static boolean inBounds(BigDecimal weight) {
        return weight.scale() <= LargestRemainder.MAX_WEIGHT_SCALE
            && weight.precision() - weight.scale() <= LargestRemainder.MAX_WEIGHT_INTEGER_DIGITS;
    }

    /** Any amount a document may state: at most 13 integer digits and 2 decimals, either sign. */
    private static Amount amount(FuzzedDataProvider data) {
        BigInteger unscaled = BigInteger.valueOf(data.consumeLong()).remainder(MAX_UNSCALED.add(BigInteger.ONE));
        return Amount.of(new BigDecimal(unscaled, 2));
    }

    private static void assertSplit(Amount whole, List<BigDecimal> weights, List<Amount> split) {
        assertThat(split).hasSize(weights.size());
        BigDecimal sum = split.stream().map(Amount::toBigDecimal).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(whole.toBigDecimal());
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < split.size(); i++) {
            BigDecimal part = split.get(i).toBigDecimal();
            // |part - whole*w/total| < 0.01  <=>  |part*total - whole*w| < 0.01*total, exact
            BigDecimal gap = part.multiply(total).subtract(whole.toBigDecimal().multiply(weights.get(i))).abs();
            assertThat(gap).as("part %d of %s by %s", i, whole, weights).isLessThan(new BigDecimal("0.01").multiply(total));
            if (weights.get(i).signum() == 0) {
                assertThat(part.signum()).isZero();
            }
            if (part.signum() != 0) {
                assertThat(part.signum()).isEqualTo(whole.toBigDecimal().signum());
            }
        }
    }
}

package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import se.samverkan.model.money.Amount;

class LargestRemainderProperties {

    private static final long MAX_ORE = 999_999_999_999_999L;

    @Provide
    Arbitrary<Amount> wholes() {
        return Arbitraries.oneOf(
            Arbitraries.longs().between(-MAX_ORE, MAX_ORE),
            Arbitraries.longs().between(-1_000, 1_000))
            .map(Amount::ofOre);
    }

    @Provide
    Arbitrary<List<Long>> weights() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1_000_000_000_000L),
                Arbitraries.longs().between(0, 5))
            .list().ofMinSize(1).ofMaxSize(12)
            .filter(ws -> ws.stream().anyMatch(w -> w > 0));
    }

    @Provide
    Arbitrary<List<BigDecimal>> decimalWeights() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(12)
            .list().ofMinSize(1).ofMaxSize(8)
            .filter(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
    }

    private static long[] array(List<Long> weights) {
        return weights.stream().mapToLong(Long::longValue).toArray();
    }

    private static BigInteger sumOre(List<Amount> parts) {
        return parts.stream().map(Amount::toOreBig).reduce(BigInteger.ZERO, BigInteger::add);
    }

    @Property(tries = 200)
    void allocation_always_sums_to_the_whole(@ForAll("wholes") Amount whole,
            @ForAll("weights") List<Long> weights) {
        List<Amount> parts = LargestRemainder.allocate(whole, array(weights));
        assertThat(parts).hasSameSizeAs(weights);
        assertThat(sumOre(parts)).isEqualTo(whole.toOreBig());
    }

    @Property(tries = 200)
    void allocation_by_decimal_weights_always_sums_to_the_whole(@ForAll("wholes") Amount whole,
            @ForAll("decimalWeights") List<BigDecimal> weights) {
        List<Amount> parts = LargestRemainder.allocate(whole, weights);
        assertThat(parts).hasSameSizeAs(weights);
        assertThat(sumOre(parts)).isEqualTo(whole.toOreBig());
    }

    @Property(tries = 200)
    void no_part_differs_from_its_exact_share_by_a_whole_ore(@ForAll("wholes") Amount whole,
            @ForAll("weights") List<Long> weights) {
        List<Amount> parts = LargestRemainder.allocate(whole, array(weights));
        BigInteger total = weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        for (int i = 0; i < parts.size(); i++) {
            // |part − whole × w ÷ W| < 1 öre  ⇔  |part × W − whole × w| < W, in exact integers.
            BigInteger deviation = parts.get(i).toOreBig().multiply(total)
                .subtract(whole.toOreBig().multiply(BigInteger.valueOf(weights.get(i)))).abs();
            assertThat(deviation).isLessThan(total);
        }
    }

    @Property(tries = 200)
    void no_part_differs_from_its_exact_decimal_share_by_a_whole_ore(@ForAll("wholes") Amount whole,
            @ForAll("decimalWeights") List<BigDecimal> weights) {
        List<Amount> parts = LargestRemainder.allocate(whole, weights);
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal deviation = new BigDecimal(parts.get(i).toOreBig()).multiply(total)
                .subtract(new BigDecimal(whole.toOreBig()).multiply(weights.get(i))).abs();
            assertThat(deviation).isLessThan(total);
        }
    }

    @Property(tries = 200)
    void ties_go_to_the_first_listed(@ForAll @LongRange(min = 0, max = 100_000) long ore,
            @ForAll @IntRange(min = 1, max = 12) int parts, @ForAll @LongRange(min = 1, max = 1_000_000) long weight) {
        long[] weights = new long[parts];
        java.util.Arrays.fill(weights, weight);
        List<Amount> allocated = LargestRemainder.allocate(Amount.ofOre(ore), weights);
        long base = ore / parts;
        long extra = ore % parts;
        for (int i = 0; i < parts; i++) {
            assertThat(allocated.get(i)).isEqualTo(Amount.ofOre(i < extra ? base + 1 : base));
        }
    }

    @Property(tries = 200)
    void a_negative_whole_is_the_mirror_of_its_absolute_value(@ForAll("wholes") Amount whole,
            @ForAll("weights") List<Long> weights) {
        List<Amount> parts = LargestRemainder.allocate(whole, array(weights));
        List<Amount> mirrored = LargestRemainder.allocate(Amount.zero().minus(whole), array(weights));
        for (int i = 0; i < parts.size(); i++) {
            assertThat(parts.get(i).plus(mirrored.get(i))).isEqualTo(Amount.zero());
        }
    }

    @Property(tries = 200)
    void zero_weights_get_nothing_and_parts_share_the_sign_of_the_whole(@ForAll("wholes") Amount whole,
            @ForAll("weights") List<Long> weights) {
        List<Amount> parts = LargestRemainder.allocate(whole, array(weights));
        for (int i = 0; i < parts.size(); i++) {
            if (weights.get(i) == 0) {
                assertThat(parts.get(i)).isEqualTo(Amount.zero());
            }
            assertThat(parts.get(i).toOreBig().signum() * whole.toOreBig().signum()).isNotNegative();
        }
    }

    @Property(tries = 100)
    void long_and_decimal_weights_agree(@ForAll("wholes") Amount whole,
            @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 10_000) Long> weights) {
        Assume.that(weights.stream().anyMatch(w -> w > 0));
        List<BigDecimal> decimals = weights.stream().map(w -> BigDecimal.valueOf(w, 3)).toList();
        assertThat(LargestRemainder.allocate(whole, decimals)).isEqualTo(LargestRemainder.allocate(whole, array(weights)));
    }
}

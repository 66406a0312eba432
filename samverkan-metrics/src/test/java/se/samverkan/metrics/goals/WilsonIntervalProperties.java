package se.samverkan.metrics.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WilsonIntervalProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Provide
    Arbitrary<int[]> shares() {
        Arbitrary<Integer> trials = Arbitraries.oneOf(
            Arbitraries.integers().between(1, 60),
            Arbitraries.integers().between(1, 2_000_000_000));
        return trials.flatMap(n -> Combinators.combine(Arbitraries.just(n), Arbitraries.oneOf(
                Arbitraries.integers().between(0, n), Arbitraries.of(0, n, 1, n - 1)))
            .as((total, k) -> new int[] {Math.min(Math.max(k, 0), total), total}));
    }

    @Property(tries = 200)
    void the_interval_lies_within_0_and_100_and_holds_the_point_estimate(@ForAll("shares") int[] share) {
        WilsonInterval interval = WilsonInterval.of(share[0], share[1]);
        BigDecimal point = BigDecimal.valueOf(100L * share[0]).divide(BigDecimal.valueOf(share[1]), 1, RoundingMode.HALF_EVEN);
        assertThat(interval.lower()).isBetween(BigDecimal.ZERO, HUNDRED);
        assertThat(interval.upper()).isBetween(BigDecimal.ZERO, HUNDRED);
        assertThat(interval.lower()).isLessThanOrEqualTo(point);
        assertThat(interval.upper()).isGreaterThanOrEqualTo(point);
        assertThat(interval.lower().scale()).isEqualTo(1);
        assertThat(interval.upper().scale()).isEqualTo(1);
    }

    @Property(tries = 100)
    void the_interval_is_symmetric_under_swapping_successes_and_failures(@ForAll("shares") int[] share) {
        WilsonInterval interval = WilsonInterval.of(share[0], share[1]);
        WilsonInterval mirrored = WilsonInterval.of(share[1] - share[0], share[1]);
        // Exact bounds satisfy lower(k) = 100 − upper(n − k), and half-even rounding is symmetric.
        assertThat(HUNDRED.subtract(mirrored.upper())).isEqualByComparingTo(interval.lower());
    }
}

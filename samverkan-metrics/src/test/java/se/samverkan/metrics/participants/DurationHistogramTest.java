package se.samverkan.metrics.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The duration histogram behind the summary's mean and median duration (docs/metrics.md). */
class DurationHistogramTest {

    @Test
    void an_empty_histogram_has_no_mean_and_no_median() {
        DurationHistogram histogram = new DurationHistogram();
        assertThat(histogram.mean()).isEmpty();
        assertThat(histogram.median()).isEmpty();
        assertThat(histogram.size()).isZero();
        assertThat(histogram.denseLength()).isZero();
    }

    @Test
    void the_median_of_an_odd_count_is_the_middle_duration() {
        DurationHistogram histogram = of(30, 1, 7, 7, 365);
        assertThat(histogram.median()).contains(new BigDecimal("7.0"));
        assertThat(histogram.mean()).contains(new BigDecimal("82.0"));
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_durations() {
        assertThat(of(10, 1, 4, 100).median()).contains(new BigDecimal("7.0"));
        assertThat(of(10, 1, 5, 100).median()).contains(new BigDecimal("7.5"));
        assertThat(of(3, 3).median()).contains(new BigDecimal("3.0"));
        assertThat(of(2, 3).median()).contains(new BigDecimal("2.5"));
    }

    @Test
    void the_mean_is_rounded_half_even_to_one_decimal() {
        assertThat(of(1, 1, 2, 2).mean()).contains(new BigDecimal("1.5"));
        assertThat(of(1, 2, 2).mean()).contains(new BigDecimal("1.7"));
        assertThat(of(0, 0, 0, 1).mean()).contains(new BigDecimal("0.2"));
        assertThat(of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1).mean())
            .contains(new BigDecimal("0.0"));
        assertThat(of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3).mean())
            .contains(new BigDecimal("0.2"));
    }

    @Test
    void the_array_grows_on_demand_to_the_longest_duration_and_keeps_earlier_counts() {
        DurationHistogram histogram = of(1, 2);
        int initial = histogram.denseLength();
        assertThat(initial).isGreaterThan(2);
        histogram.add(initial);
        assertThat(histogram.denseLength()).isGreaterThan(initial);
        histogram.add(10 * initial);
        assertThat(histogram.denseLength()).isGreaterThan(10 * initial);
        assertThat(histogram.size()).isEqualTo(4);
        assertThat(histogram.median()).contains(BigDecimal.valueOf(2L + initial).divide(BigDecimal.valueOf(2))
            .setScale(1));
    }

    @Test
    void a_zero_day_duration_is_counted_in_the_array_and_a_negative_one_beside_it() {
        DurationHistogram zero = of(0);
        assertThat(zero.denseLength()).isPositive();
        assertThat(zero.median()).contains(new BigDecimal("0.0"));
        DurationHistogram negative = of(-1);
        assertThat(negative.denseLength()).isZero();
        assertThat(negative.median()).contains(new BigDecimal("-1.0"));
        assertThat(of(DurationHistogram.DENSE_DAYS).denseLength()).isZero();
    }

    @Test
    void the_array_never_grows_past_the_dense_limit() {
        DurationHistogram histogram = of(DurationHistogram.DENSE_DAYS - 1, DurationHistogram.DENSE_DAYS,
            Long.MAX_VALUE / 4);
        assertThat(histogram.denseLength()).isEqualTo(DurationHistogram.DENSE_DAYS);
        assertThat(histogram.median()).contains(new BigDecimal(DurationHistogram.DENSE_DAYS + ".0"));
    }

    @Test
    void durations_outside_the_array_sort_around_it() {
        DurationHistogram histogram = of(5, -3, 1_000_000, -1, 0);
        assertThat(histogram.median()).contains(new BigDecimal("0.0"));
        assertThat(of(-7, -2).median()).contains(new BigDecimal("-4.5"));
        assertThat(of(1_000_000, 3_000_001).median()).contains(new BigDecimal("2000000.5"));
        assertThat(of(-1, 3_000_000).median()).contains(new BigDecimal("1499999.5"));
        assertThat(of(5, -3, 1_000_000, -1, 0).mean()).contains(new BigDecimal("200000.2"));
    }

    @Test
    void a_merge_adds_histograms_of_any_lengths_either_way() {
        DurationHistogram shortOne = of(3, 3, 9);
        DurationHistogram longOne = of(2000, 4, -5, 70_000);
        DurationHistogram single = of(3, 3, 9, 2000, 4, -5, 70_000);

        DurationHistogram intoShort = of(3, 3, 9);
        intoShort.addAll(longOne);
        DurationHistogram intoLong = of(2000, 4, -5, 70_000);
        intoLong.addAll(shortOne);

        for (DurationHistogram merged : new DurationHistogram[] {intoShort, intoLong}) {
            assertThat(merged.size()).isEqualTo(7);
            assertThat(merged.median()).isEqualTo(single.median()).contains(new BigDecimal("4.0"));
            assertThat(merged.mean()).isEqualTo(single.mean()).contains(new BigDecimal("10287.7"));
        }
        assertThat(shortOne.size()).isEqualTo(3);
        assertThat(shortOne.median()).contains(new BigDecimal("3.0"));
        assertThat(longOne.size()).isEqualTo(4);
    }

    @Test
    void merging_an_empty_histogram_changes_nothing() {
        DurationHistogram histogram = of(4, 8);
        histogram.addAll(new DurationHistogram());
        assertThat(histogram.size()).isEqualTo(2);
        assertThat(histogram.median()).contains(new BigDecimal("6.0"));
        DurationHistogram empty = new DurationHistogram();
        empty.addAll(of(4, 8));
        assertThat(empty.median()).contains(new BigDecimal("6.0"));
        assertThat(empty.mean()).contains(new BigDecimal("6.0"));
    }

    private static DurationHistogram of(long... days) {
        DurationHistogram histogram = new DurationHistogram();
        for (long day : days) {
            histogram.add(day);
        }
        return histogram;
    }
}

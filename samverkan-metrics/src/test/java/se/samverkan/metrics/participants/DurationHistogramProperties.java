package se.samverkan.metrics.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The dense histogram gives the mean and median of the sorted-map histogram it replaced, for every mix
 * of durations (valid ones, zero, negative and centuries long) and every split merged back.
 */
class DurationHistogramProperties {

    @Provide
    Arbitrary<List<Long>> durations() {
        Arbitrary<Long> duration = Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.longs().between(1, 800)),
            Tuple.of(2, Arbitraries.longs().between(-400, 0)),
            Tuple.of(2, Arbitraries.longs().between(DurationHistogram.DENSE_DAYS - 3L,
                DurationHistogram.DENSE_DAYS + 3L)),
            Tuple.of(1, Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)));
        return duration.list().ofMaxSize(60);
    }

    @Property(tries = 200)
    void mean_and_median_equal_the_sorted_map_reference(@ForAll("durations") List<Long> durations) {
        DurationHistogram histogram = new DurationHistogram();
        Reference reference = new Reference();
        durations.forEach(days -> {
            histogram.add(days);
            reference.add(days);
        });
        assertThat(histogram.size()).isEqualTo(durations.size());
        assertThat(histogram.mean()).isEqualTo(reference.mean());
        assertThat(histogram.median()).isEqualTo(reference.median());
    }

    @Property(tries = 200)
    void any_split_merged_equals_the_single_pass(@ForAll("durations") List<Long> durations,
            @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 60) Integer> cuts) {
        Reference reference = new Reference();
        durations.forEach(reference::add);
        DurationHistogram merged = new DurationHistogram();
        int from = 0;
        List<Integer> bounds = new java.util.ArrayList<>(cuts);
        bounds.add(durations.size());
        bounds.sort(null);
        for (int bound : bounds) {
            int to = Math.max(from, Math.min(bound, durations.size()));
            DurationHistogram part = new DurationHistogram();
            durations.subList(from, to).forEach(part::add);
            merged.addAll(part);
            from = to;
        }
        assertThat(merged.size()).isEqualTo(durations.size());
        assertThat(merged.mean()).isEqualTo(reference.mean());
        assertThat(merged.median()).isEqualTo(reference.median());
    }

    /** The histogram as it was before the dense array: a sorted map from days to counts. */
    private static final class Reference {

        private final TreeMap<Long, Long> counts = new TreeMap<>();
        private long size;
        private long sum;

        void add(long days) {
            counts.merge(days, 1L, Long::sum);
            size++;
            sum += days;
        }

        Optional<BigDecimal> mean() {
            return size == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(size), 1, RoundingMode.HALF_EVEN));
        }

        Optional<BigDecimal> median() {
            if (size == 0) {
                return Optional.empty();
            }
            Long low = null;
            Long high = null;
            long seen = 0;
            for (Map.Entry<Long, Long> entry : counts.entrySet()) {
                seen += entry.getValue();
                if (low == null && seen > (size - 1) / 2) {
                    low = entry.getKey();
                }
                if (seen > size / 2) {
                    high = entry.getKey();
                    break;
                }
            }
            return Optional.of(BigDecimal.valueOf(low).add(BigDecimal.valueOf(high))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN));
        }
    }
}

package se.samverkan.metrics.participants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Durations in days held as a histogram (days to number of participations), so that mean and median
 * stay exact when partial results are merged: a running double would make the result depend on the
 * order of the participants. Not thread-safe.
 */
final class DurationHistogram {

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long size;
    private long sum;

    void add(long days) {
        counts.merge(days, 1L, Math::addExact);
        size = Math.addExact(size, 1);
        sum = Math.addExact(sum, days);
    }

    void addAll(DurationHistogram other) {
        other.counts.forEach((days, count) -> counts.merge(days, count, Math::addExact));
        size = Math.addExact(size, other.size);
        sum = Math.addExact(sum, other.sum);
    }

    /** The mean, rounded half-even to one decimal; empty when there is no duration. */
    Optional<BigDecimal> mean() {
        if (size == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(size), 1, RoundingMode.HALF_EVEN));
    }

    /**
     * The median: the middle value for an odd count, the mean of the two middle values for an even
     * count (exact: a whole or half number of days), with one decimal; empty when there is no duration.
     */
    Optional<BigDecimal> median() {
        if (size == 0) {
            return Optional.empty();
        }
        long lowIndex = (size - 1) / 2;
        long highIndex = size / 2;
        Long low = null;
        Long high = null;
        long seen = 0;
        for (Map.Entry<Long, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (low == null && seen > lowIndex) {
                low = entry.getKey();
            }
            if (seen > highIndex) {
                high = entry.getKey();
                break;
            }
        }
        return Optional.of(BigDecimal.valueOf(low).add(BigDecimal.valueOf(high))
            .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN));
    }
}

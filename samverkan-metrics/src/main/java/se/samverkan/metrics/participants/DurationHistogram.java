package se.samverkan.metrics.participants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Durations in days held as a histogram (days to number of participations), so that mean and median
 * stay exact when partial results are merged: a running double would make the result depend on the
 * order of the participants. Not thread-safe.
 *
 * <p>Durations from 0 to {@link #DENSE_DAYS}{@code - 1} days, which is every duration of a valid
 * document, are counted in a dense array indexed by days and grown on demand to the longest duration
 * seen. Any other duration (a negative one from an end before the start, or one of centuries in a
 * document that was not validated) is counted in a sorted map, so that neither can make the array
 * unbounded.
 */
final class DurationHistogram {

    /** The durations counted in the dense array: 0 to 65 535 days, about 179 years. */
    static final int DENSE_DAYS = 1 << 16;

    private static final long[] NONE = new long[0];
    private static final int INITIAL_LENGTH = 512;

    private long[] dense = NONE;
    private TreeMap<Long, Long> sparse;
    private long size;
    private long sum;

    /**
     * Counts one duration.
     *
     * @param days the duration in days
     * @throws ArithmeticException if the count or the sum of days overflows a {@code long}
     */
    void add(long days) {
        long newSize = Math.addExact(size, 1);
        long newSum = Math.addExact(sum, days);
        if (days >= 0 && days < DENSE_DAYS) {
            int index = (int) days;
            if (index >= dense.length) {
                grow(index + 1);
            }
            dense[index]++;
        } else {
            sparse().merge(days, 1L, Math::addExact);
        }
        size = newSize;
        sum = newSum;
    }

    /**
     * Adds another histogram's counts to this one; the other is left unchanged.
     *
     * @param other the histogram, not null
     * @throws ArithmeticException if a count or the sum of days overflows a {@code long}
     */
    void addAll(DurationHistogram other) {
        long newSize = Math.addExact(size, other.size);
        long newSum = Math.addExact(sum, other.sum);
        if (other.dense.length > dense.length) {
            grow(other.dense.length);
        }
        for (int i = 0; i < other.dense.length; i++) {
            dense[i] = Math.addExact(dense[i], other.dense[i]);
        }
        if (other.sparse != null) {
            for (Map.Entry<Long, Long> entry : other.sparse.entrySet()) {
                sparse().merge(entry.getKey(), entry.getValue(), Math::addExact);
            }
        }
        size = newSize;
        sum = newSum;
    }

    private void grow(int minLength) {
        int length = Math.max(minLength, Math.max(INITIAL_LENGTH, dense.length * 2));
        dense = Arrays.copyOf(dense, Math.min(length, DENSE_DAYS));
    }

    private TreeMap<Long, Long> sparse() {
        if (sparse == null) {
            sparse = new TreeMap<>();
        }
        return sparse;
    }

    /** The number of durations counted. */
    long size() {
        return size;
    }

    /** The length of the dense array: 0 until a duration is counted in it, never above {@link #DENSE_DAYS}. */
    int denseLength() {
        return dense.length;
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
        long low = durationAt((size - 1) / 2);
        long high = durationAt(size / 2);
        return Optional.of(BigDecimal.valueOf(low).add(BigDecimal.valueOf(high))
            .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_EVEN));
    }

    /**
     * The duration at a position ({@code 0 <= position < size}) of the sorted durations: negative
     * sparse durations first, then the dense array, then the sparse durations of {@link #DENSE_DAYS}
     * days and more (the map exists when the position lies beyond the dense array).
     */
    private long durationAt(long position) {
        long seen = 0;
        if (sparse != null) {
            for (Map.Entry<Long, Long> entry : sparse.headMap(0L).entrySet()) {
                seen += entry.getValue();
                if (seen > position) {
                    return entry.getKey();
                }
            }
        }
        for (int days = 0; days < dense.length; days++) {
            seen += dense[days];
            if (seen > position) {
                return days;
            }
        }
        long days = 0;
        for (Map.Entry<Long, Long> entry : sparse.tailMap((long) DENSE_DAYS).entrySet()) {
            seen += entry.getValue();
            days = entry.getKey();
            if (seen > position) {
                break;
            }
        }
        return days;
    }
}

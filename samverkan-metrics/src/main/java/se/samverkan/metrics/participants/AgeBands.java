package se.samverkan.metrics.participants;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The age bands (<i>åldersgrupper</i>) participants are counted by at start (docs/metrics.md): by default
 * the ESF+ bands under 18, 18–29, 30–54 and 55 and over; callers may pass their own.
 *
 * <p>Age is the age reached during the start year ({@code start year − birth year}, docs/format.md).
 * Participants without a birth year are counted under {@link #UNKNOWN}. The bands never overlap, so
 * an age falls in at most one band; bands need not cover every age, and an age in a gap between
 * caller-supplied bands is counted in no band (the band counts then sum to less than
 * {@code started}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AgeBands {

    /** The key of the band for participants without a birth year. */
    public static final String UNKNOWN = "unknown";

    private static final AgeBands ESF_PLUS =
        new AgeBands(List.of(AgeBand.upTo(17), AgeBand.of(18, 29), AgeBand.of(30, 54), AgeBand.from(55)));

    /** The ages 0 to {@code TABLE_AGES - 1} have their band index in a table; other ages are searched. */
    static final int TABLE_AGES = 151;

    private final List<AgeBand> bands;
    private final int[] indexByAge;

    private AgeBands(List<AgeBand> bands) {
        this.bands = bands;
        this.indexByAge = new int[TABLE_AGES];
        for (int age = 0; age < TABLE_AGES; age++) {
            indexByAge[age] = search(age);
        }
    }

    /**
     * The ESF+ bands: under 18 ({@code -17}), 18–29, 30–54 and 55 and over ({@code 55-}).
     *
     * @return the bands, never null
     */
    public static AgeBands esfPlus() {
        return ESF_PLUS;
    }

    /**
     * The given bands, in the given order.
     *
     * @param bands the bands, not null, none null, at least one, no two overlapping
     * @return the bands, never null
     * @throws NullPointerException if {@code bands} or an element is null
     * @throws IllegalArgumentException if {@code bands} is empty or two bands share an age
     */
    public static AgeBands of(List<AgeBand> bands) {
        Objects.requireNonNull(bands, "bands");
        List<AgeBand> copy = List.copyOf(bands);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one age band is needed");
        }
        for (int i = 0; i < copy.size(); i++) {
            for (int j = i + 1; j < copy.size(); j++) {
                if (copy.get(i).overlaps(copy.get(j))) {
                    throw new IllegalArgumentException("age bands " + copy.get(i) + " and " + copy.get(j) + " overlap");
                }
            }
        }
        return new AgeBands(copy);
    }

    /**
     * The given bands, in the given order.
     *
     * @param bands the bands, not null, none null, at least one, no two overlapping
     * @return the bands, never null
     * @throws NullPointerException if {@code bands} or an element is null
     * @throws IllegalArgumentException if no band is given or two bands share an age
     */
    public static AgeBands of(AgeBand... bands) {
        return of(List.of(bands));
    }

    /**
     * The bands, in order.
     *
     * @return an unmodifiable list, never null
     */
    public List<AgeBand> bands() {
        return bands;
    }

    /**
     * The keys of the output, in order: each band's key followed by {@link #UNKNOWN}.
     *
     * @return an unmodifiable list, never null
     */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(bands.size() + 1);
        bands.forEach(band -> keys.add(band.key()));
        keys.add(UNKNOWN);
        return List.copyOf(keys);
    }

    /**
     * The index of the band an age falls in.
     *
     * @param age the age
     * @return the index into {@link #bands()}, or empty when no band holds the age
     */
    public OptionalInt indexOf(int age) {
        int index = index(age);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * The index of the band an age falls in, without boxing: a table lookup for the ages 0 to 150 and
     * a search of the bands for any other age (a negative age, from a birth year after the start, falls
     * in a band open below).
     *
     * @param age the age
     * @return the index into {@link #bands()}, or -1 when no band holds the age
     */
    int index(int age) {
        return age >= 0 && age < TABLE_AGES ? indexByAge[age] : search(age);
    }

    private int search(int age) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).contains(age)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgeBands && bands.equals(((AgeBands) other).bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    @Override
    public String toString() {
        return keys().toString();
    }
}

package se.samverkan.metrics.goals;

/**
 * Whether a goal's target is met (<i>måluppfyllelse</i>, docs/metrics.md): attained, not attained, or not
 * decidable from the data. A share of nothing (no participation in the denominator), a reported goal
 * without a report, and a {@code BETWEEN} target without an upper bound cannot be decided; the metrics
 * output writes {@code null} for those.
 */
public enum Attainment {

    /** The actual value meets the target (<i>uppnått</i>). */
    ATTAINED,

    /** The actual value misses the target (<i>ej uppnått</i>). */
    NOT_ATTAINED,

    /** The data decide nothing: no actual value, or a target that cannot be compared with. */
    UNDECIDED;

    /**
     * The attainment a comparison decided.
     *
     * @param attained whether the target is met
     * @return {@link #ATTAINED} or {@link #NOT_ATTAINED}, never null
     */
    public static Attainment of(boolean attained) {
        return attained ? ATTAINED : NOT_ATTAINED;
    }

    /**
     * Whether the target is met.
     *
     * @return true only for {@link #ATTAINED}
     */
    public boolean isAttained() {
        return this == ATTAINED;
    }

    /**
     * Whether the data decide the attainment one way or the other.
     *
     * @return false only for {@link #UNDECIDED}
     */
    public boolean isDecided() {
        return this != UNDECIDED;
    }
}

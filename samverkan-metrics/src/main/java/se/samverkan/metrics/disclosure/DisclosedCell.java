package se.samverkan.metrics.disclosure;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One cell of a published table after disclosure control (<i>röjandekontroll</i>, docs/metrics.md):
 * either a shown count or hidden. A hidden cell does not keep the count it hides.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DisclosedCell {

    private static final DisclosedCell HIDDEN = new DisclosedCell(-1);

    private final int value;

    private DisclosedCell(int value) {
        this.value = value;
    }

    /**
     * A shown count.
     *
     * @param count the count, ≥ 0
     * @return the cell, never null
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public static DisclosedCell shown(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative: " + count);
        }
        return new DisclosedCell(count);
    }

    /**
     * A hidden cell.
     *
     * @return the cell, never null
     */
    public static DisclosedCell hidden() {
        return HIDDEN;
    }

    /**
     * Whether the cell is hidden.
     *
     * @return true if the count is replaced by the marker
     */
    public boolean isHidden() {
        return value < 0;
    }

    /**
     * The shown count.
     *
     * @return the count, or empty for a hidden cell
     */
    public OptionalInt value() {
        return isHidden() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * The cell as printed.
     *
     * @param marker the text that replaces a hidden count, not null
     * @return the count in decimal, or {@code marker} for a hidden cell
     * @throws NullPointerException if {@code marker} is null
     */
    public String text(String marker) {
        Objects.requireNonNull(marker, "marker");
        return isHidden() ? marker : Integer.toString(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisclosedCell && value == ((DisclosedCell) other).value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    @Override
    public String toString() {
        return isHidden() ? "hidden" : Integer.toString(value);
    }
}

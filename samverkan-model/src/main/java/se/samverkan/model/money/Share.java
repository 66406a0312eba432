package se.samverkan.model.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact share (<i>andel</i>) of a whole, between 0 and 1 inclusive, such as a member's part of an
 * agreed key or a funder's part of a resource.
 *
 * <p>Shares are exact decimals with at most {@value #MAX_SCALE} decimals; {@code 0.5} and
 * {@code 0.50} are equal. Whether the shares of a key sum to exactly 1 is checked by validation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Share implements Comparable<Share>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest number of decimals a share may have. */
    public static final int MAX_SCALE = 12;

    /** The share zero. */
    public static final Share ZERO = new Share(BigDecimal.ZERO);
    /** The whole. */
    public static final Share ONE = new Share(BigDecimal.ONE);

    private final BigDecimal value;

    private Share(BigDecimal value) {
        this.value = value;
    }

    /**
     * A share from an exact decimal.
     *
     * @param value the share, not null, 0 ≤ value ≤ 1, at most {@value #MAX_SCALE} decimals
     * @return the share, normalised (trailing zeros removed), never null
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the value is outside 0–1 or has too many decimals
     */
    public static Share of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            // Zero in any form (0E+5, 0.000) is zero; its exponent says nothing about its size.
            return ZERO;
        }
        if (value.precision() - (long) value.scale() > 1) {
            throw new IllegalArgumentException("share must lie between 0 and 1");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share must lie between 0 and 1: " + value.toPlainString());
        }
        BigDecimal normal = value.stripTrailingZeros();
        if (normal.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("share has more than " + MAX_SCALE + " decimals");
        }
        return new Share(normal);
    }

    /**
     * A share from its decimal text, such as {@code "0.25"}.
     *
     * @param text the decimal text, not null
     * @return the share, never null
     * @throws NullPointerException if {@code text} is null
     * @throws NumberFormatException if {@code text} is not a plain decimal number (such as {@code "0,25"});
     *     the message names the form expected
     * @throws IllegalArgumentException if the value is outside 0–1 or has too many decimals
     */
    public static Share parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > 64) {
            throw new IllegalArgumentException("share text longer than 64 characters");
        }
        return of(DecimalText.parse(text, "a share",
            "write a number from 0 to 1 with a decimal point, such as \"0.25\""));
    }

    /**
     * The exact value.
     *
     * @return the value between 0 and 1, never null
     */
    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public int compareTo(Share other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Share && value.equals(((Share) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The plain decimal text, such as {@code "0.25"}; also the JSON form.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}

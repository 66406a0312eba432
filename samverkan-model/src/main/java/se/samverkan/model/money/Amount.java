package se.samverkan.model.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact amount of money in Swedish kronor (<i>belopp i SEK</i>), to the öre.
 *
 * <p>The value is held as a {@link BigDecimal} with scale exactly 2, so {@code 1.5} and {@code 1.50}
 * are the same amount. An amount never has more than {@value #MAX_INTEGER_DIGITS} integer digits nor
 * a fraction finer than one öre: every factory rejects such input before any arithmetic, so a hostile
 * literal such as {@code 1e1000000} cannot exhaust memory. Amounts may be negative (equity,
 * differences); the model's validation constraints require non-negative amounts where DOMAIN.md §2 does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest number of integer digits (kronor) an amount may have (DOMAIN.md §2.5). */
    public static final int MAX_INTEGER_DIGITS = 13;

    private static final int SCALE = 2;
    private static final Amount ZERO = new Amount(BigDecimal.ZERO.setScale(SCALE));

    private final BigDecimal value;

    private Amount(BigDecimal value) {
        this.value = value;
    }

    /**
     * The amount zero kronor.
     *
     * @return zero, never null
     */
    public static Amount zero() {
        return ZERO;
    }

    /**
     * An amount from an exact decimal.
     *
     * @param value the amount in kronor, not null; at most two significant decimals and at most
     *     {@value #MAX_INTEGER_DIGITS} integer digits
     * @return the amount with scale 2, never null
     * @throws NullPointerException if {@code value} is null
     * @throws ArithmeticException if {@code value} has a non-zero digit below the öre
     * @throws IllegalArgumentException if {@code value} has more than {@value #MAX_INTEGER_DIGITS}
     *     integer digits
     */
    public static Amount of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            // Zero in any form (0E+20, -0.000) is zero; its exponent says nothing about its size.
            return ZERO;
        }
        checkBounds(value);
        BigDecimal scaled;
        try {
            scaled = value.setScale(SCALE);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("amount has a fraction finer than one öre: " + value.toPlainString());
        }
        return new Amount(scaled);
    }

    /**
     * An amount from its plain decimal text, such as {@code "438000"} or {@code "199954.50"}.
     *
     * @param text a decimal number without exponent longer than the bounds allow, not null
     * @return the amount, never null
     * @throws NullPointerException if {@code text} is null
     * @throws NumberFormatException if {@code text} is not a decimal number
     * @throws ArithmeticException if it has a non-zero digit below the öre
     * @throws IllegalArgumentException if it has more than {@value #MAX_INTEGER_DIGITS} integer digits
     */
    public static Amount parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > 64) {
            throw new IllegalArgumentException("amount text longer than 64 characters");
        }
        return of(new BigDecimal(text));
    }

    /**
     * An amount from a whole number of kronor.
     *
     * @param kronor the whole kronor
     * @return the amount, never null
     * @throws IllegalArgumentException if it has more than {@value #MAX_INTEGER_DIGITS} digits
     */
    public static Amount ofKronor(long kronor) {
        return of(BigDecimal.valueOf(kronor));
    }

    /**
     * An amount from a whole number of öre (hundredths of a krona).
     *
     * @param ore the amount in öre
     * @return the amount, never null
     * @throws IllegalArgumentException if it has more than {@value #MAX_INTEGER_DIGITS} integer digits
     */
    public static Amount ofOre(long ore) {
        return of(BigDecimal.valueOf(ore, SCALE));
    }

    private static void checkBounds(BigDecimal value) {
        // precision - scale is the number of integer digits; computed without expanding the value,
        // so 1e1000000 is rejected in constant time.
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(
                "amount has more than " + MAX_INTEGER_DIGITS + " integer digits");
        }
        if (value.scale() > 64 && value.stripTrailingZeros().scale() > SCALE) {
            throw new ArithmeticException("amount has a fraction finer than one öre");
        }
    }

    /**
     * The exact value in kronor.
     *
     * @return the value with scale 2, never null
     */
    public BigDecimal toBigDecimal() {
        return value;
    }

    /**
     * The exact value in öre.
     *
     * @return the amount in öre
     */
    public long toOre() {
        return value.unscaledValue().longValueExact();
    }

    /**
     * The exact value in öre as a big integer.
     *
     * @return the amount in öre, never null
     */
    public BigInteger toOreBig() {
        return value.unscaledValue();
    }

    /**
     * The sum of this amount and another.
     *
     * @param other the amount to add, not null
     * @return the exact sum, never null
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the sum has more than {@value #MAX_INTEGER_DIGITS} integer
     *     digits
     */
    public Amount plus(Amount other) {
        Objects.requireNonNull(other, "other");
        return of(value.add(other.value));
    }

    /**
     * The difference between this amount and another.
     *
     * @param other the amount to subtract, not null
     * @return the exact difference, never null
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if the result has more than {@value #MAX_INTEGER_DIGITS}
     *     integer digits
     */
    public Amount minus(Amount other) {
        Objects.requireNonNull(other, "other");
        return of(value.subtract(other.value));
    }

    /**
     * Whether this amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /**
     * Whether this amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Amount && value.equals(((Amount) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The plain decimal text with exactly two decimals, such as {@code "199954.50"}; this is also the
     * JSON form.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}

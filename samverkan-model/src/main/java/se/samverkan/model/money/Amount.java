package se.samverkan.model.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact amount of money in Swedish kronor (<i>belopp i SEK</i>), to the öre.
 *
 * <p>The value is held as a {@link BigDecimal} with scale exactly 2, so {@code 1.5} and {@code 1.50}
 * are the same amount. An amount never has a fraction finer than one öre. Its size is not limited by
 * this class: sums and differences are exact however large they grow, so the total of a budget with many
 * large lines, or of a förbund's funding over many years, is an {@code Amount} like any other.
 *
 * <p>The limit of {@value #MAX_INTEGER_DIGITS} integer digits applies to the amounts a document
 * <em>states</em> (a budget line, a year's funding): the JSON reader refuses a larger one and the model's
 * validation reports one built in code ({@link #isWithinDocumentBound()} is that one test). Only a
 * representation no sum could ever take, more than {@value #MAX_REPRESENTED_DIGITS} integer digits (a
 * hostile literal such as {@code 1e1000000}), is refused by the factories, before it is expanded.
 * Amounts may be negative (equity, differences); the model's validation constraints require
 * non-negative amounts where the domain does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest number of integer digits (kronor) an amount stated in a document may have. */
    public static final int MAX_INTEGER_DIGITS = 13;

    /**
     * The largest number of integer digits a factory accepts: a guard against hostile representations,
     * far beyond any sum (adding amounts of 13 digits, 10<sup>50</sup> of them still have fewer).
     */
    public static final int MAX_REPRESENTED_DIGITS = 64;

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
     * @param value the amount in kronor, not null; at most two significant decimals
     * @return the amount with scale 2, never null
     * @throws NullPointerException if {@code value} is null
     * @throws ArithmeticException if {@code value} has a non-zero digit below the öre
     * @throws IllegalArgumentException if {@code value} has more than {@value #MAX_REPRESENTED_DIGITS}
     *     integer digits (a hostile representation, never a sum)
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
     * Reads back every amount's {@link #toString()}.
     *
     * @param text a decimal number of at most 64 characters, not null
     * @return the amount, never null
     * @throws NullPointerException if {@code text} is null
     * @throws NumberFormatException if {@code text} is not a plain decimal number (such as
     *     {@code "4 500 000,01"}, with spaces and a decimal comma); the message names the form expected
     * @throws ArithmeticException if it has a non-zero digit below the öre
     * @throws IllegalArgumentException if it is longer than 64 characters or has more than
     *     {@value #MAX_REPRESENTED_DIGITS} integer digits
     */
    public static Amount parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > 64) {
            throw new IllegalArgumentException("amount text longer than 64 characters");
        }
        return of(DecimalText.parse(text, "an amount",
            "write kronor as digits with a decimal point and no spaces, such as \"4500000.01\""));
    }

    /**
     * An amount from a whole number of kronor.
     *
     * @param kronor the whole kronor
     * @return the amount, never null
     */
    public static Amount ofKronor(long kronor) {
        return of(BigDecimal.valueOf(kronor));
    }

    /**
     * An amount from a whole number of öre (hundredths of a krona).
     *
     * @param ore the amount in öre
     * @return the amount, never null
     */
    public static Amount ofOre(long ore) {
        return of(BigDecimal.valueOf(ore, SCALE));
    }

    private static void checkBounds(BigDecimal value) {
        // precision - scale is the number of integer digits; computed without expanding the value,
        // so 1e1000000 is rejected in constant time.
        if (integerDigits(value) > MAX_REPRESENTED_DIGITS) {
            throw new IllegalArgumentException(
                "amount has more than " + MAX_REPRESENTED_DIGITS + " integer digits");
        }
        if (value.scale() > 64 && value.stripTrailingZeros().scale() > SCALE) {
            throw new ArithmeticException("amount has a fraction finer than one öre");
        }
    }

    private static long integerDigits(BigDecimal value) {
        return (long) value.precision() - value.scale();
    }

    /**
     * Whether a decimal has at most {@value #MAX_INTEGER_DIGITS} integer digits, the size an amount stated in
     * a document may have. Decided without expanding the value, so it is safe on hostile input and can be
     * asked before an {@code Amount} is made.
     *
     * @param value the decimal, not null
     * @return true if it fits a document
     * @throws NullPointerException if {@code value} is null
     */
    public static boolean isWithinDocumentBound(BigDecimal value) {
        return value.signum() == 0 || integerDigits(value) <= MAX_INTEGER_DIGITS;
    }

    /**
     * Whether this amount has at most {@value #MAX_INTEGER_DIGITS} integer digits, the size an amount
     * stated in a document may have. Sums and splits of such amounts need not fit.
     *
     * @return true if it fits a document
     */
    public boolean isWithinDocumentBound() {
        return isWithinDocumentBound(value);
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
     * @throws ArithmeticException if it does not fit a {@code long} (a sum beyond 92 233 720 368 547 758
     *     kronor; {@link #toOreBig()} holds any amount)
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
     * @return the exact sum, however large, never null
     * @throws NullPointerException if {@code other} is null
     */
    public Amount plus(Amount other) {
        Objects.requireNonNull(other, "other");
        return new Amount(value.add(other.value));
    }

    /**
     * The difference between this amount and another.
     *
     * @param other the amount to subtract, not null
     * @return the exact difference, however large, never null
     * @throws NullPointerException if {@code other} is null
     */
    public Amount minus(Amount other) {
        Objects.requireNonNull(other, "other");
        return new Amount(value.subtract(other.value));
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

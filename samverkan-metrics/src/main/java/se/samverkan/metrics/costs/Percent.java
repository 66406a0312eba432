package se.samverkan.metrics.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the metrics show them: exact quotient, rounded half-even to one decimal. */
final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code 100 × part ÷ whole} rounded half-even to one decimal; {@code whole} must not be zero. */
    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        // BigDecimal.divide with a scale rounds the exact quotient: no intermediate rounding.
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
    }
}

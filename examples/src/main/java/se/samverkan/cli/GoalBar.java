package se.samverkan.cli;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One goal in the goal chart: its target (a point, or a band for {@code BETWEEN}), the actual value, the
 * 95 % Wilson interval of a share and whether it is attained. Shares are in percent; counts are whole
 * numbers. Absent values are {@code null}.
 */
final class GoalBar {

    final String label;
    final boolean share;
    final BigDecimal target;
    final BigDecimal upper;
    final BigDecimal actual;
    final BigDecimal low;
    final BigDecimal high;
    final Boolean attained;
    final String text;

    GoalBar(String label, boolean share, BigDecimal target, BigDecimal upper, BigDecimal actual, BigDecimal low,
        BigDecimal high, Boolean attained, String text) {
        this.label = Objects.requireNonNull(label, "label");
        this.share = share;
        this.target = target;
        this.upper = upper;
        this.actual = actual;
        this.low = low;
        this.high = high;
        this.attained = attained;
        this.text = Objects.requireNonNull(text, "text");
    }
}

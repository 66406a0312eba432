package se.samverkan.cli;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bar of a chart: a label, the value it is drawn to ({@code null} when the value is not published,
 * for example a count hidden by disclosure control, so no bar reveals it) and the text shown beside it.
 */
final class Bar {

    final String label;
    final BigDecimal value;
    final String text;

    Bar(String label, BigDecimal value, String text) {
        this.label = Objects.requireNonNull(label, "label");
        this.value = value;
        this.text = Objects.requireNonNull(text, "text");
    }
}

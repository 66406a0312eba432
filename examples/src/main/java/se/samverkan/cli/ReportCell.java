package se.samverkan.cli;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of a report table: the text every output prints, and, for a figure, what kind of figure it is
 * and its exact value, so that the spreadsheet can hold it as a number with a number format. A count
 * hidden by disclosure control is a {@link Kind#HIDDEN} cell carrying only the marker: no output can learn
 * the count from it. A figure that does not apply ("ej tillämpligt") is plain text.
 *
 * @param text the cell as printed, never null
 * @param kind what the cell holds
 * @param value the figure (a count, kronor, a percent such as 34.6, a decimal, a year); null for text
 *     and hidden cells
 */
record ReportCell(String text, Kind kind, BigDecimal value) {

    /** What a cell holds. */
    enum Kind {
        /** Words, or a figure that does not apply or is not reported. */
        TEXT,
        /** A count hidden by disclosure control: the marker only. */
        HIDDEN,
        /** A whole number of participations, persons, goals. */
        COUNT,
        /** An amount in kronor. */
        MONEY,
        /** A percent (34.6 means 34,6 %). */
        PERCENT,
        /** Any other number, such as a number of days. */
        DECIMAL,
        /** A calendar year. */
        YEAR
    }

    ReportCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if ((value == null) != (kind == Kind.TEXT || kind == Kind.HIDDEN)) {
            throw new IllegalArgumentException(kind + " cell with value " + value);
        }
    }

    static ReportCell text(String text) {
        return new ReportCell(text, Kind.TEXT, null);
    }

    static ReportCell hidden(String marker) {
        return new ReportCell(marker, Kind.HIDDEN, null);
    }

    static ReportCell figure(Kind kind, BigDecimal value, String text) {
        return new ReportCell(text, kind, Objects.requireNonNull(value, "value"));
    }

    /** Whether the cell is a number in a spreadsheet. */
    boolean isNumber() {
        return value != null;
    }
}

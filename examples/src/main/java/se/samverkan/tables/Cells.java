package se.samverkan.tables;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.samverkan.model.Labelled;
import se.samverkan.model.money.Amount;

/**
 * The cells of one row read as the document's values. A blank cell is "not given" (null); a bad cell is
 * a problem with the row, the column's heading, the text and the reason, and also gives null, so that the
 * rest of the row is still checked.
 */
final class Cells {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
    /** Digits with an optional decimal point or comma, after the thousands separators are removed. */
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]+([.,][0-9]+)?");
    /** Thousands separators: space, no-break space, narrow no-break space. */
    private static final Pattern GROUPING = Pattern.compile("[ \u00A0\u202F]");

    private static final int MAX_AMOUNT_LENGTH = 40;

    private final Header header;
    private final Problems problems;
    private List<String> cells;
    private long row;

    Cells(Header header, Problems problems) {
        this.header = header;
        this.problems = problems;
    }

    void at(List<String> cells, long row) {
        this.cells = cells;
        this.row = row;
    }

    long row() {
        return row;
    }

    /** Whether every cell of the row is blank (such rows are skipped). */
    boolean blank() {
        return cells.stream().allMatch(c -> c.trim().isEmpty());
    }

    String raw(Column column) {
        return header.cell(cells, column);
    }

    /** The trimmed text of the cell at an index ("" beyond the row's end). */
    String index(int index) {
        return index < cells.size() ? cells.get(index).trim() : "";
    }

    /** The text of a column, or null when blank. */
    String text(Column column) {
        String text = raw(column);
        return text.isEmpty() ? null : text;
    }

    /** The text of a column that must be given. */
    String required(Column column) {
        String text = text(column);
        if (text == null) {
            problem(column, "", "värde saknas", "a value is required");
        }
        return text;
    }

    Boolean bool(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true": case "ja": case "yes": case "1":
                return Boolean.TRUE;
            case "false": case "nej": case "no": case "0":
                return Boolean.FALSE;
            default:
                problem(column, text, "inte ett sanningsvärde (ja/nej, true/false, yes/no, 1/0)",
                    "not a yes/no value (ja/nej, true/false, yes/no, 1/0)");
                return null;
        }
    }

    Integer integer(Column column) {
        return integer(heading(column), text(column));
    }

    Integer integer(String heading, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (!INTEGER.matcher(text).matches()) {
            problem(heading, text, "inte ett heltal", "not a whole number");
            return null;
        }
        return Integer.valueOf(text);
    }

    LocalDate date(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                // falls through to the problem
            }
        }
        problem(column, text, "inte ett datum ÅÅÅÅ-MM-DD", "not a date YYYY-MM-DD");
        return null;
    }

    Amount amount(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String digits = GROUPING.matcher(text).replaceAll("");
        // The length bound keeps a hostile cell from costing time before the amount's own bounds apply.
        if (digits.length() <= MAX_AMOUNT_LENGTH && AMOUNT.matcher(digits).matches()) {
            try {
                return Amount.of(new BigDecimal(digits.replace(',', '.')));
            } catch (IllegalArgumentException | ArithmeticException e) {
                // too many digits, or a digit below the öre: falls through to the problem
            }
        }
        problem(column, text, "inte ett belopp (till exempel 438 000,00)", "not an amount (for example 438000.00)");
        return null;
    }

    <E extends Enum<E> & Labelled> E code(Column column, Codes<E> codes) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        Optional<E> value = codes.one(text);
        if (value.isEmpty()) {
            unknownCode(column, text, text.trim(), codes);
            return null;
        }
        return value.get();
    }

    <E extends Enum<E> & Labelled> Set<E> codes(Column column, Codes<E> codes) {
        String text = text(column);
        if (text == null) {
            return Set.of();
        }
        Optional<Set<E>> values = codes.several(text);
        if (values.isEmpty()) {
            unknownCode(column, text, codes.firstUnknown(text), codes);
            return Set.of();
        }
        return values.get();
    }

    /** A cell that names no value ({@code unknown}: the piece of a list cell that does): the allowed ones. */
    private <E extends Enum<E> & Labelled> void unknownCode(Column column, String text, String unknown,
        Codes<E> codes) {
        // Labels are quoted: some contain a comma ("Sjukpenning, rehabiliteringspenning").
        String allowed = String.join(", ", codes.codes());
        problem(column, text, "okänd kod '" + unknown + "'; tillåtna: " + quoted(codes.labels(false))
                + " (eller koderna " + allowed + ")",
            "unknown code '" + unknown + "'; allowed: " + quoted(codes.labels(true)) + " (or the codes " + allowed + ")");
    }

    private static String quoted(java.util.List<String> labels) {
        return "\"" + String.join("\", \"", labels) + "\"";
    }

    String heading(Column column) {
        return header.heading(column);
    }

    void problem(Column column, String value, String swedish, String english) {
        problem(heading(column), value, swedish, english);
    }

    void problem(String heading, String value, String swedish, String english) {
        problems.add(row, heading, value, swedish, english);
    }
}

package se.samverkan.tables;

import java.util.Locale;
import java.util.Objects;

/**
 * One bad cell of an imported table (<i>felaktig cell</i>): where it is, what it holds and what is wrong,
 * in Swedish and English.
 *
 * @param row the row number, the header row being row 1
 * @param column the column's name as written in the header row (for a problem of the header itself,
 *     the heading)
 * @param value the cell's text as read ("" for an empty cell)
 * @param swedish the message in Swedish
 * @param english the message in English
 */
public record CellProblem(long row, String column, String value, String swedish, String english) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if {@code row} is below 1
     */
    public CellProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(swedish, "swedish");
        Objects.requireNonNull(english, "english");
        if (row < 1) {
            throw new IllegalArgumentException("row " + row);
        }
    }

    /**
     * The message in a language.
     *
     * @param locale English for an English locale, Swedish otherwise; not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : swedish;
    }
}

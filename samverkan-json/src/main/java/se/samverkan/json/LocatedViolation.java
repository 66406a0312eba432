package se.samverkan.json;

import java.util.Objects;
import se.samverkan.model.validation.Violation;

/**
 * A field-rule violation (<i>valideringsfel</i>) of a document read from JSON, with the line and column in
 * the original text where its JSON Pointer points. A pointer to a value absent from the text (a default)
 * is placed at the nearest enclosing value that is present.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocatedViolation {

    private final Violation violation;
    private final int line;
    private final int column;

    private LocatedViolation(Violation violation, int line, int column) {
        this.violation = violation;
        this.line = line;
        this.column = column;
    }

    /**
     * A located violation.
     *
     * @param violation the violation, not null
     * @param line the 1-based line, positive
     * @param column the 1-based column, positive
     * @return the located violation, never null
     * @throws NullPointerException if {@code violation} is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is not positive
     */
    public static LocatedViolation of(Violation violation, int line, int column) {
        Objects.requireNonNull(violation, "violation");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based");
        }
        return new LocatedViolation(violation, line, column);
    }

    /**
     * The violation, with its pointer, rule, message key and messages.
     *
     * @return the violation, never null
     */
    public Violation violation() {
        return violation;
    }

    /**
     * The JSON Pointer of the violation into the original document.
     *
     * @return the pointer, never null
     */
    public String path() {
        return violation.path();
    }

    /**
     * The 1-based line in the original text.
     *
     * @return the line, positive
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column (in characters) in the original text.
     *
     * @return the column, positive
     */
    public int column() {
        return column;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof LocatedViolation)) {
            return false;
        }
        LocatedViolation that = (LocatedViolation) other;
        return violation.equals(that.violation) && line == that.line && column == that.column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(violation, line, column);
    }

    /**
     * The place and the violation, for logs and test failures.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + violation;
    }
}

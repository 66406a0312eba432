package se.samverkan.model.problem;

/**
 * Where a value stands in the text of a document (<i>position</i>): its line and column, both counted from 1,
 * of the first character of the value (for an absent property, of the enclosing object).
 *
 * @param line the line, at least 1
 * @param column the column, at least 1 (counted in characters, not bytes)
 */
public record Position(int line, int column) {

    /**
     * A position.
     *
     * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
     */
    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException(
                "line and column are counted from 1, got line " + line + ", column " + column);
        }
    }

    /**
     * A position.
     *
     * @param line the line, at least 1
     * @param column the column, at least 1
     * @return the position, never null
     * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
     */
    public static Position of(int line, int column) {
        return new Position(line, column);
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}

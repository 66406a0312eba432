package se.samverkan.tables;

import java.util.List;

/**
 * A table that cannot be imported: every bad cell found, in row order (the whole table is read before
 * this is thrown, so none is held back). Nothing of the table was imported.
 */
public final class TableImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems; a plain list so that the exception stays serialisable. */
    private final transient List<CellProblem> problems;

    TableImportException(List<CellProblem> problems) {
        super(problems.size() + " problem(s), the first at row " + problems.get(0).row() + ", column "
            + problems.get(0).column() + ": " + problems.get(0).english());
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems of the table.
     *
     * @return the unmodifiable problems, at least one, in the order found (row by row, column by column)
     */
    public List<CellProblem> problems() {
        return problems;
    }
}

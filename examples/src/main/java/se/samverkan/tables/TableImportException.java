package se.samverkan.tables;

import java.util.List;

/**
 * A table that cannot be imported: the bad cells found, in the order found (row by row), and how many
 * there were. The whole table is read before this is thrown; it holds the first 1 000 problems, and a
 * caller that wants every one of them, however many, passes a listener to
 * {@link TableImport#read(java.nio.file.Path, TableKind, java.util.function.Consumer)}. Nothing of the
 * table was imported.
 */
public final class TableImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems; a plain list so that the exception stays serialisable. */
    private final transient List<CellProblem> problems;

    private final long count;

    TableImportException(List<CellProblem> problems, long count) {
        super(count + " problem(s), the first at row " + problems.get(0).row() + ", column "
            + problems.get(0).column() + ": " + problems.get(0).english());
        this.problems = List.copyOf(problems);
        this.count = count;
    }

    /**
     * The problems of the table (the first 1 000 when there were more).
     *
     * @return the unmodifiable problems, at least one, in the order found (row by row)
     */
    public List<CellProblem> problems() {
        return problems;
    }

    /**
     * How many problems the table has.
     *
     * @return the count, at least the size of {@link #problems()}
     */
    public long count() {
        return count;
    }
}

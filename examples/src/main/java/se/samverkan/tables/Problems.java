package se.samverkan.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The problems of one import: each is handed to a listener as it is found, and the first
 * {@value #KEPT} are kept for the exception, so that a table bad on every row costs no memory.
 */
final class Problems {

    /** How many problems the exception holds; the listener sees them all. */
    static final int KEPT = 1_000;

    private final Consumer<CellProblem> listener;
    private final List<CellProblem> kept = new ArrayList<>();
    private long count;

    Problems(Consumer<CellProblem> listener) {
        this.listener = listener;
    }

    void add(long row, String column, String value, String swedish, String english) {
        CellProblem problem = new CellProblem(row, column, value, swedish, english);
        listener.accept(problem);
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Throws the problems found, if any. */
    void throwIfAny() throws TableImportException {
        if (count > 0) {
            throw new TableImportException(kept, count);
        }
    }
}

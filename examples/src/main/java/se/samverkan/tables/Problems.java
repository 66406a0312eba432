package se.samverkan.tables;

import java.util.ArrayList;
import java.util.List;

/** The problems of one import, collected in the order found. */
final class Problems {

    private final List<CellProblem> list = new ArrayList<>();

    void add(long row, String column, String value, String swedish, String english) {
        list.add(new CellProblem(row, column, value, swedish, english));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws the problems found, if any. */
    void throwIfAny() throws TableImportException {
        if (!list.isEmpty()) {
            throw new TableImportException(list);
        }
    }
}

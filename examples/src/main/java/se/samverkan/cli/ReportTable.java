package se.samverkan.cli;

import java.util.List;
import java.util.Objects;

/**
 * One table of the human report: a caption, column headers and rows of cells already formatted (counts
 * after disclosure control, money with two decimals). The first {@code labelColumns} columns are
 * left-aligned text; the others are right-aligned figures.
 */
final class ReportTable {

    final String caption;
    final List<String> headers;
    final List<List<String>> rows;
    final String note;
    final int labelColumns;

    ReportTable(String caption, List<String> headers, List<List<String>> rows, String note) {
        this(caption, headers, rows, note, 1);
    }

    ReportTable(String caption, List<String> headers, List<List<String>> rows, String note, int labelColumns) {
        this.labelColumns = labelColumns;
        this.caption = Objects.requireNonNull(caption, "caption");
        this.headers = List.copyOf(headers);
        this.rows = rows.stream().map(List::copyOf).collect(java.util.stream.Collectors.toUnmodifiableList());
        this.note = note;
        for (List<String> row : this.rows) {
            if (row.size() != this.headers.size()) {
                throw new IllegalArgumentException("row width " + row.size() + " != " + this.headers.size());
            }
        }
    }
}

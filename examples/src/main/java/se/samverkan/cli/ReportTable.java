package se.samverkan.cli;

import java.util.List;
import java.util.Objects;

/**
 * One table of the human report: a caption, column headers and rows of cells already formatted (counts
 * after disclosure control, money with two decimals). The first {@code labelColumns} columns are
 * left-aligned text; the others are right-aligned figures. A table may carry a {@link ReportFigure} that
 * the HTML page draws before it.
 */
final class ReportTable {

    final String caption;
    final List<String> headers;
    final List<List<String>> rows;
    final String note;
    final int labelColumns;
    /** The drawing shown before the table in the HTML page, or {@code null}. */
    final ReportFigure figure;

    ReportTable(String caption, List<String> headers, List<List<String>> rows, String note) {
        this(caption, headers, rows, note, 1);
    }

    ReportTable(String caption, List<String> headers, List<List<String>> rows, String note, int labelColumns) {
        this(caption, headers, rows, note, labelColumns, null);
    }

    private ReportTable(String caption, List<String> headers, List<List<String>> rows, String note, int labelColumns,
        ReportFigure figure) {
        this.labelColumns = labelColumns;
        this.figure = figure;
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

    /** This table with the drawing the HTML page shows before it. */
    ReportTable withFigure(ReportFigure drawing) {
        return new ReportTable(caption, headers, rows, note, labelColumns, Objects.requireNonNull(drawing));
    }
}

package se.samverkan.cli;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One table of the human report: a caption, column headers and rows of cells already formatted (counts
 * after disclosure control, money with two decimals). The first {@code labelColumns} columns are
 * left-aligned text; the others are right-aligned figures. A table may carry a {@link ReportFigure} that
 * the HTML page draws before it. Each cell also keeps its kind and exact value ({@link ReportCell}), which
 * the spreadsheet writes as a number.
 */
final class ReportTable {

    final String caption;
    final List<String> headers;
    /** The cells as printed, row by row. */
    final List<List<String>> rows;
    /** The same cells with their kind and value, for the spreadsheet. */
    final List<List<ReportCell>> cells;
    final String note;
    final int labelColumns;
    /** The drawing shown before the table in the HTML page, or {@code null}. */
    final ReportFigure figure;

    ReportTable(String caption, List<String> headers, List<List<String>> rows, String note) {
        this(caption, headers, rows, note, 1);
    }

    ReportTable(String caption, List<String> headers, List<List<String>> rows, String note, int labelColumns) {
        this(caption, headers, note, labelColumns, null, rows.stream()
            .map(row -> row.stream().map(ReportCell::text).collect(Collectors.toUnmodifiableList()))
            .collect(Collectors.toUnmodifiableList()));
    }

    private ReportTable(String caption, List<String> headers, String note, int labelColumns, ReportFigure figure,
        List<List<ReportCell>> cells) {
        this.labelColumns = labelColumns;
        this.figure = figure;
        this.caption = Objects.requireNonNull(caption, "caption");
        this.headers = List.copyOf(headers);
        this.cells = cells.stream().map(List::copyOf).collect(Collectors.toUnmodifiableList());
        this.rows = this.cells.stream().map(row -> row.stream().map(ReportCell::text)
            .collect(Collectors.toUnmodifiableList())).collect(Collectors.toUnmodifiableList());
        this.note = note;
        for (List<String> row : this.rows) {
            if (row.size() != this.headers.size()) {
                throw new IllegalArgumentException("row width " + row.size() + " != " + this.headers.size());
            }
        }
    }

    /**
     * A table of typed cells (counts, kronor, percents as numbers for the spreadsheet).
     *
     * @throws IllegalArgumentException if a row is not as wide as the headers
     */
    static ReportTable ofCells(String caption, List<String> headers, List<List<ReportCell>> cells, String note,
        int labelColumns) {
        return new ReportTable(caption, headers, note, labelColumns, null, cells);
    }

    /** This table with the drawing the HTML page shows before it. */
    ReportTable withFigure(ReportFigure drawing) {
        return new ReportTable(caption, headers, note, labelColumns, Objects.requireNonNull(drawing), cells);
    }
}

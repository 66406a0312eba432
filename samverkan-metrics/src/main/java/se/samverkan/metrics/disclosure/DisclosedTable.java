package se.samverkan.metrics.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A count table after disclosure control (<i>röjandekontroll</i>, docs/metrics.md), ready to publish: each
 * cell is a shown count or hidden. The hidden counts are not kept.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DisclosedTable {

    private final List<List<DisclosedCell>> rows;
    private final int columns;
    private final String marker;

    DisclosedTable(List<List<DisclosedCell>> rows, int columns, String marker) {
        List<List<DisclosedCell>> copy = new ArrayList<>(rows.size());
        rows.forEach(row -> copy.add(List.copyOf(row)));
        this.rows = List.copyOf(copy);
        this.columns = columns;
        this.marker = marker;
    }

    /**
     * The number of rows.
     *
     * @return the rows, ≥ 0
     */
    public int rowCount() {
        return rows.size();
    }

    /**
     * The number of columns.
     *
     * @return the columns, ≥ 0
     */
    public int columnCount() {
        return columns;
    }

    /**
     * A cell.
     *
     * @param row the row index, from 0
     * @param column the column index, from 0
     * @return the cell, never null
     * @throws IndexOutOfBoundsException if an index is outside the table
     */
    public DisclosedCell cell(int row, int column) {
        return rows.get(row).get(column);
    }

    /**
     * The cells, row by row.
     *
     * @return unmodifiable rows of unmodifiable cells, never null
     */
    public List<List<DisclosedCell>> rows() {
        return rows;
    }

    /**
     * The marker printed for a hidden cell.
     *
     * @return the marker, never null
     */
    public String marker() {
        return marker;
    }

    /**
     * A cell as printed: its count, or the marker when hidden.
     *
     * @param row the row index, from 0
     * @param column the column index, from 0
     * @return the text, never null
     * @throws IndexOutOfBoundsException if an index is outside the table
     */
    public String text(int row, int column) {
        return cell(row, column).text(marker);
    }

    /**
     * The number of hidden cells.
     *
     * @return the count, ≥ 0
     */
    public int hiddenCount() {
        return (int) rows.stream().flatMap(List::stream).filter(DisclosedCell::isHidden).count();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DisclosedTable && rows.equals(((DisclosedTable) other).rows)
            && columns == ((DisclosedTable) other).columns && marker.equals(((DisclosedTable) other).marker);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, columns, marker);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                text.append(c == 0 ? "" : "\t").append(text(r, c));
            }
            text.append('\n');
        }
        return text.toString();
    }
}

package se.samverkan.metrics.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Disclosure control (<i>röjandekontroll</i>, docs/metrics.md) of a published count table, such as
 * participants by gender × age band: small counts could single out a person whose participation
 * reveals health data (GDPR Art. 9), so they are hidden.
 *
 * <ol>
 *   <li><b>Primary suppression.</b> Every count that is at least 1 and below the minimum (default 5, so
 *       1–4) is hidden. Zero is shown: it reveals nobody.</li>
 *   <li><b>Secondary suppression.</b> In any row or column where exactly one cell is hidden, its
 *       total and the shown cells would reveal it, so one more cell of that row or column is hidden: the
 *       smallest other non-zero shown cell (the first one, by index, among equals). When the row or
 *       column has no other non-zero cell, the first other cell, a zero, is hidden instead: a shown
 *       zero beside the total would reveal the hidden count just as well. Rows are examined before
 *       columns, in index order, and the step is repeated until no row or column has exactly one
 *       hidden cell.</li>
 * </ol>
 * The result therefore never shows a count in 1..minimum−1 and never leaves exactly one hidden cell in a
 * row or column, except in a row (or column) that has only one cell: such a line's total is the cell
 * itself, and no suppression inside the table can protect it; the caller must not publish that total.
 * The procedure is deterministic and always ends, since each step hides one more cell.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DisclosureControl {

    /** The default minimum count shown: counts 1–4 are hidden. */
    public static final int DEFAULT_MINIMUM = 5;

    /** The default marker printed for a hidden cell, as in Swedish official statistics. */
    public static final String DEFAULT_MARKER = "..";

    private static final DisclosureControl DEFAULTS = new DisclosureControl(DEFAULT_MINIMUM, DEFAULT_MARKER);

    private final int minimum;
    private final String marker;

    private DisclosureControl(int minimum, String marker) {
        this.minimum = minimum;
        this.marker = marker;
    }

    /**
     * Disclosure control with the default minimum ({@value #DEFAULT_MINIMUM}) and marker
     * ({@value #DEFAULT_MARKER}).
     *
     * @return the control, never null
     */
    public static DisclosureControl defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another minimum: counts from 1 up to {@code minimum − 1} are hidden.
     *
     * @param minimum the smallest count shown, at least 1 (1 hides nothing)
     * @return the copy, never null
     * @throws IllegalArgumentException if {@code minimum < 1}
     */
    public DisclosureControl withMinimum(int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("the minimum count shown must be at least 1, got " + minimum);
        }
        return new DisclosureControl(minimum, marker);
    }

    /**
     * A copy with another marker for hidden cells.
     *
     * @param marker the marker, not null
     * @return the copy, never null
     * @throws NullPointerException if {@code marker} is null
     */
    public DisclosureControl withMarker(String marker) {
        return new DisclosureControl(minimum, Objects.requireNonNull(marker, "marker"));
    }

    /**
     * The smallest count shown.
     *
     * @return the minimum, ≥ 1
     */
    public int minimum() {
        return minimum;
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
     * Applies disclosure control to a count table.
     *
     * @param counts the table, rows × columns, not null; every row the same length, every count ≥ 0;
     *     the array is not modified
     * @return the table to publish, never null
     * @throws NullPointerException if {@code counts} or a row is null
     * @throws IllegalArgumentException if the rows differ in length or a count is negative
     */
    public DisclosedTable apply(int[][] counts) {
        Objects.requireNonNull(counts, "counts");
        int rows = counts.length;
        int columns = rows == 0 ? 0 : Objects.requireNonNull(counts[0], "row 0").length;
        boolean[][] cells = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            Objects.requireNonNull(counts[r], "row " + r);
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " cells, row 0 has "
                    + columns);
            }
            for (int c = 0; c < columns; c++) {
                if (counts[r][c] < 0) {
                    throw new IllegalArgumentException("negative count " + counts[r][c] + " at row " + r
                        + ", column " + c);
                }
                cells[r][c] = true;
            }
        }
        boolean[][] hidden = suppress(counts, cells, new boolean[rows][columns]);
        List<List<DisclosedCell>> result = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<DisclosedCell> row = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                row.add(hidden[r][c] ? DisclosedCell.hidden() : DisclosedCell.shown(counts[r][c]));
            }
            result.add(row);
        }
        return new DisclosedTable(result, columns, marker);
    }

    /**
     * Applies disclosure control to a count table given as lists.
     *
     * @param counts the table, rows × columns, not null, no null row or count; every row the same
     *     length, every count ≥ 0
     * @return the table to publish, never null
     * @throws NullPointerException if {@code counts}, a row or a count is null
     * @throws IllegalArgumentException if the rows differ in length or a count is negative
     */
    public DisclosedTable apply(List<? extends List<Integer>> counts) {
        Objects.requireNonNull(counts, "counts");
        int[][] array = new int[counts.size()][];
        for (int r = 0; r < array.length; r++) {
            List<Integer> row = Objects.requireNonNull(counts.get(r), "row " + r);
            array[r] = row.stream().mapToInt(count -> Objects.requireNonNull(count, "count")).toArray();
        }
        return apply(array);
    }

    /**
     * The hidden positions of a table whose cells are checked already: the primary step (every count from 1
     * to minimum − 1, and every position {@code alsoHidden} marks, such as a sum that would reveal part of
     * another table's hidden cells) and then the secondary step, rows before columns, in index order,
     * until nothing changes. Positions where {@code cells} is false are not cells (a breakdown position
     * without an expected cell): they are never hidden and never counted.
     *
     * @param counts rows × columns, every count ≥ 0 (a position that is not a cell may hold anything)
     * @param cells which positions are cells, the same shape
     * @param alsoHidden positions to hide whatever their count, the same shape
     * @return the hidden positions, a new array
     */
    boolean[][] suppress(int[][] counts, boolean[][] cells, boolean[][] alsoHidden) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = cells[r][c] && (alsoHidden[r][c] || hidesAlone(counts[r][c]));
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                changed |= protectLine(counts, cells, hidden, r, columns, true);
            }
            for (int c = 0; c < columns; c++) {
                changed |= protectLine(counts, cells, hidden, c, rows, false);
            }
        }
        return hidden;
    }

    /**
     * Whether a count published on its own, outside any table (participations started, ended, a number of
     * persons), is hidden: from 1 to minimum − 1.
     *
     * @param count the count
     * @return true if the count must not be shown
     */
    public boolean hidesAlone(long count) {
        return count >= 1 && count < minimum;
    }

    /**
     * Hides one more cell of a line (a row when {@code isRow}, else a column) that has exactly one
     * hidden cell; returns whether it hid one.
     */
    private static boolean protectLine(int[][] counts, boolean[][] cells, boolean[][] hidden, int line, int length,
        boolean isRow) {
        int hiddenCells = 0;
        for (int i = 0; i < length; i++) {
            if (isRow ? hidden[line][i] : hidden[i][line]) {
                hiddenCells++;
            }
        }
        if (hiddenCells != 1) {
            return false;
        }
        int smallestNonZero = -1;
        int firstZero = -1;
        for (int i = 0; i < length; i++) {
            boolean isCell = isRow ? cells[line][i] : cells[i][line];
            boolean isHidden = isRow ? hidden[line][i] : hidden[i][line];
            int count = isRow ? counts[line][i] : counts[i][line];
            if (!isCell || isHidden) {
                continue;
            }
            if (count == 0) {
                firstZero = firstZero < 0 ? i : firstZero;
            } else if (smallestNonZero < 0
                || count < (isRow ? counts[line][smallestNonZero] : counts[smallestNonZero][line])) {
                smallestNonZero = i;
            }
        }
        int chosen = smallestNonZero >= 0 ? smallestNonZero : firstZero;
        if (chosen < 0) {
            return false;
        }
        if (isRow) {
            hidden[line][chosen] = true;
        } else {
            hidden[chosen][line] = true;
        }
        return true;
    }
}

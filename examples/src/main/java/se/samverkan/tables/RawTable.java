package se.samverkan.tables;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A table read one row at a time, every cell as text: the header row first, then the data rows with their
 * numbers (the header is row 1). Only the current row is held.
 */
abstract class RawTable implements Closeable {

    /**
     * Opens a CSV or XLSX file, told apart by their first bytes (an XLSX file is a ZIP archive).
     *
     * @throws IOException when the file cannot be read
     * @throws UnreadableTableException when it is neither a CSV nor an XLSX file that can be read
     */
    static RawTable open(Path file) throws IOException {
        byte[] start = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, 4);
        }
        if (read == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            return XlsxTable.open(file);
        }
        return CsvTable.open(file);
    }

    private List<String> cells = List.of();
    private long row;

    /** The header row's cells, or an empty list for an empty file. */
    final List<String> header() throws IOException {
        return next() ? cells : List.of();
    }

    /** Moves to the next row; false at the end. */
    final boolean next() throws IOException {
        return advance();
    }

    /** Reads the next row into {@link #at}; false at the end. */
    abstract boolean advance() throws IOException;

    /** Makes a row the current one. */
    final void at(List<String> rowCells, long number) {
        this.cells = rowCells;
        this.row = number;
    }

    /** The current row's cells (may be shorter or longer than the header). */
    final List<String> cells() {
        return cells;
    }

    /** The current row's number, the header being row 1. */
    final long row() {
        return row;
    }
}

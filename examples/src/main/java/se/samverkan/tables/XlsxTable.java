package se.samverkan.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, streamed. Cells become text: a number in a date format is the date
 * {@code YYYY-MM-DD}; another number is the shortest decimal that reads back as the same binary number
 * (so 0.1 stays {@code 0.1}, 1975 is {@code 1975}); a boolean is {@code true}/{@code false}; a formula
 * gives its stored result. Row numbers are the sheet's own.
 */
final class XlsxTable extends RawTable {

    /** Excel's built-in date and date-time number formats. */
    private static final int[][] DATE_FORMAT_IDS = {{14, 22}, {45, 47}};

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;

    private XlsxTable(ReadableWorkbook workbook, Stream<Row> stream) {
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
    }

    static XlsxTable open(Path file) throws IOException {
        ReadableWorkbook workbook;
        try {
            // With the cell formats: a date cell is a number that only its format tells apart.
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableTableException(String.valueOf(e.getMessage()), e);
        }
        try {
            return new XlsxTable(workbook, workbook.getFirstSheet().openStream());
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw new UnreadableTableException(String.valueOf(e.getMessage()), e);
        }
    }

    @Override
    boolean advance() throws IOException {
        Row next;
        try {
            if (!rows.hasNext()) {
                return false;
            }
            next = rows.next();
        } catch (UncheckedIOException e) {
            throw new UnreadableTableException(String.valueOf(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new UnreadableTableException(String.valueOf(e.getMessage()), e);
        }
        List<String> cells = new ArrayList<>(next.getCellCount());
        for (int c = 0; c < next.getCellCount(); c++) {
            cells.add(text(next.getCell(c)));
        }
        at(cells, next.getRowNum());
        return true;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        switch (cell.getType()) {
            case NUMBER:
                if (isDate(cell)) {
                    LocalDateTime date = cell.asDate();
                    return date.toLocalDate().toString();
                }
                return shortest(cell.getRawValue());
            case BOOLEAN:
                return String.valueOf(cell.asBoolean());
            case EMPTY:
                return "";
            case FORMULA:
            case ERROR:
            case STRING:
            default:
                String text = cell.getText();
                return text == null ? "" : text;
        }
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null) {
            for (int[] range : DATE_FORMAT_IDS) {
                if (id >= range[0] && id <= range[1]) {
                    return true;
                }
            }
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // Quoted text and [colour]/[locale] sections are not date parts.
        String parts = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
        return parts.contains("y") || parts.contains("d");
    }

    /**
     * The shortest decimal that parses to the same double as {@code raw}: the stored text rounded to
     * 1, 2, … significant digits until it reads back unchanged.
     */
    static String shortest(String raw) {
        BigDecimal exact = new BigDecimal(raw.trim());
        double value = exact.doubleValue();
        if (value == 0) {
            return "0";
        }
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits));
            if (rounded.doubleValue() == value) {
                return plain(rounded);
            }
        }
        return plain(new BigDecimal(value));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}

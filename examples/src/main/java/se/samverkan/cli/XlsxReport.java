package se.samverkan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link Report} as an XLSX workbook (<i>kalkylblad</i>): a first sheet with the title, the header
 * line and the disclosure note, then every table of the report on a sheet of its own, in the report's
 * order: the caption in the first row, the column headers (bold) in the second, the pane frozen below them,
 * the rows, and the table's note after an empty row.
 *
 * <p>Figures are numeric cells with a number format: counts and years as whole numbers with a thousands
 * separator, kronor with two decimals and "kr", percents as a fraction shown with one decimal and "%".
 * The formats are stored as the file format wants them (with "," for the thousands separator and "." for the
 * decimal point); Excel and LibreOffice show them with the reader's own separators, so a Swedish reader sees
 * {@code 1 234}, {@code 1 234,50 kr} and {@code 34,6 %}. A count hidden by disclosure control is a text cell
 * holding the same marker as the text report, and a figure that does not apply the same words: nothing of a
 * hidden count is in the file.
 *
 * <p>Sheet names are the table captions, shortened to Excel's 31 characters without the characters it
 * forbids, made unique with a number; with more than one insats, an insats's tables start with its id.
 */
final class XlsxReport {

    static final String COUNT_FORMAT = "#,##0";
    static final String MONEY_FORMAT = "#,##0.00 \"kr\"";
    static final String PERCENT_FORMAT = "0.0%";
    static final String DECIMAL_FORMAT = "#,##0.0";
    static final String YEAR_FORMAT = "0";

    private static final int SHEET_NAME = 31;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Set<String> names = new HashSet<>();

    private XlsxReport() {
    }

    /**
     * Writes the workbook.
     *
     * @param report the report, not null
     * @param out where the workbook goes; flushed, not closed
     * @throws IOException if writing fails
     */
    static void write(Report report, OutputStream out) throws IOException {
        new XlsxReport().workbook(report, out);
    }

    private void workbook(Report report, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(new NonClosingStream(out), "samverkan", null);
        Worksheet front = workbook.newWorksheet(name(report.title.contains(":") ? report.title.substring(0,
            report.title.indexOf(':')) : report.title));
        front.value(0, 0, report.title);
        front.style(0, 0).bold().set();
        front.value(1, 0, report.subtitle);
        front.value(3, 0, report.disclosureNote);
        front.width(0, 120);
        for (ReportTable table : report.overview) {
            sheet(workbook, "", table);
        }
        for (ProjectReport project : report.projects) {
            String prefix = report.projects.size() > 1 ? project.id + " " : "";
            for (ReportTable table : project.tables) {
                sheet(workbook, prefix, table);
            }
        }
        for (ReportTable table : report.documentTables) {
            sheet(workbook, "", table);
        }
        workbook.finish();
        out.flush();
    }

    private void sheet(Workbook workbook, String prefix, ReportTable table) {
        Worksheet sheet = workbook.newWorksheet(name(prefix + table.caption));
        sheet.value(0, 0, table.caption);
        sheet.style(0, 0).bold().set();
        for (int c = 0; c < table.headers.size(); c++) {
            if (!table.headers.get(c).isEmpty()) {
                sheet.value(1, c, table.headers.get(c));
                sheet.style(1, c).bold().set();
            }
            int width = table.headers.get(c).length();
            for (List<String> row : table.rows) {
                width = Math.max(width, row.get(c).length());
            }
            sheet.width(c, Math.min(60, width + 2));
        }
        sheet.freezePane(0, 2);
        int r = 2;
        for (List<ReportCell> row : table.cells) {
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r, c, row.get(c));
            }
            r++;
        }
        if (table.note != null) {
            sheet.value(r + 1, 0, table.note);
        }
    }

    private static void cell(Worksheet sheet, int r, int c, ReportCell cell) {
        switch (cell.kind()) {
            case COUNT -> number(sheet, r, c, cell.value(), COUNT_FORMAT);
            case MONEY -> number(sheet, r, c, cell.value(), MONEY_FORMAT);
            case PERCENT -> number(sheet, r, c, cell.value().divide(HUNDRED), PERCENT_FORMAT);
            case DECIMAL -> number(sheet, r, c, cell.value(), DECIMAL_FORMAT);
            case YEAR -> number(sheet, r, c, cell.value(), YEAR_FORMAT);
            default -> {
                if (!cell.text().isEmpty()) {
                    sheet.value(r, c, cell.text());
                }
            }
        }
    }

    private static void number(Worksheet sheet, int r, int c, BigDecimal value, String format) {
        sheet.value(r, c, value);
        sheet.style(r, c).format(format).set();
    }

    /** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not used before (any case). */
    private String name(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        if (base.startsWith("'")) {
            base = base.substring(1);
        }
        if (base.isEmpty()) {
            base = "Tabell";
        }
        String name = cut(base, SHEET_NAME);
        for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, SHEET_NAME - suffix.length()) + suffix;
        }
        return name;
    }

    private static String cut(String text, int length) {
        String cut = text.length() <= length ? text : text.substring(0, length);
        return cut.endsWith("'") ? cut.substring(0, cut.length() - 1).stripTrailing() : cut.stripTrailing();
    }
}

package se.samverkan.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * Writes a {@link Report} as plain text for a terminal: headings underlined, facts as "key: value" lines,
 * tables with aligned columns (labels left, figures right).
 */
final class TextReport {

    private TextReport() {
    }

    static void write(Report report, PrintStream out) {
        heading(out, report.title, '=');
        out.println(report.subtitle);
        for (ReportTable table : report.overview) {
            out.println();
            table(out, table);
        }
        for (ProjectReport project : report.projects) {
            out.println();
            heading(out, project.name + " (" + project.id + ")", '=');
            int width = project.facts.stream().mapToInt(f -> f[0].length()).max().orElse(0);
            for (String[] fact : project.facts) {
                out.println(pad(fact[0] + ":", width + 1, false) + " " + fact[1]);
            }
            for (ReportTable table : project.tables) {
                out.println();
                table(out, table);
            }
        }
        for (ReportTable table : report.documentTables) {
            out.println();
            table(out, table);
        }
        out.println();
        out.println(report.disclosureNote);
    }

    private static void heading(PrintStream out, String text, char underline) {
        out.println(text);
        out.println(String.valueOf(underline).repeat(text.length()));
    }

    static void table(PrintStream out, ReportTable table) {
        heading(out, table.caption, '-');
        if (table.rows.isEmpty()) {
            out.println(table.note == null ? "–" : table.note);
            return;
        }
        int columns = table.headers.size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = table.headers.get(c).length();
            for (List<String> row : table.rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        out.println(line(table.headers, widths, table.labelColumns));
        for (List<String> row : table.rows) {
            out.println(line(row, widths, table.labelColumns));
        }
        if (table.note != null) {
            out.println(table.note);
        }
    }

    private static String line(List<String> cells, int[] widths, int labelColumns) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            line.append(pad(cells.get(c), widths[c], c >= labelColumns));
        }
        return line.toString().stripTrailing();
    }

    private static String pad(String text, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - text.length()));
        return right ? space + text : text + space;
    }
}

package se.samverkan.tables;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.samverkan.model.Labelled;
import se.samverkan.model.budget.CostCategory;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.party.PartyType;

/**
 * Writes the empty table to fill in for an import (<i>mall</i>): the header row with every column (no
 * survey columns: add {@code survey.<question id>} columns as needed), in Swedish or English headings.
 * The XLSX template offers a drop-down list for each coded column (the labels), for yes/no and for
 * budget/outcome (for the columns that
 * hold several values, choosing from the list is a help, not a limit) on a second sheet of codes; the
 * CSV template is semicolon-separated UTF-8 with a byte-order mark, as Swedish Excel opens it.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class TemplateWriter {

    /** The rows of the XLSX template that offer drop-down lists. */
    static final int ROWS = 5_000;

    private static final Map<Column, Class<? extends Labelled>> CODED = Map.of(
        Column.GENDER, Gender.class, Column.EDUCATION_LEVEL, EducationLevel.class,
        Column.AUTHORITY_CONTACTS, PartyType.class, Column.INCOME_AT_START, IncomeSource.class,
        Column.INCOME_AT_END, IncomeSource.class, Column.EXIT_OUTCOME, ExitOutcome.class,
        Column.CATEGORY, CostCategory.class);
    private static final List<Column> SEVERAL = List.of(Column.AUTHORITY_CONTACTS, Column.INCOME_AT_START,
        Column.INCOME_AT_END);

    private TemplateWriter() {
    }

    /**
     * Writes the CSV template.
     *
     * @param kind the table, not null
     * @param locale Swedish headings unless English, not null
     * @param out where it goes; flushed, not closed; not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if writing fails
     */
    public static void csv(TableKind kind, Locale locale, OutputStream out) throws IOException {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(out, "out");
        List<String> headings = headings(kind, locale);
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // No heading holds a separator, quote or line break: none needs quoting.
        writer.write(String.join(";", headings));
        writer.write("\r\n");
        writer.flush();
    }

    /**
     * Writes the XLSX template: a sheet with the header row and drop-down lists, and a sheet of the codes'
     * labels the lists draw on.
     *
     * @param kind the table, not null
     * @param locale Swedish headings and labels unless English, not null
     * @param out where it goes; flushed, not closed; not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if writing fails
     */
    public static void xlsx(TableKind kind, Locale locale, OutputStream out) throws IOException {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(out, "out");
        boolean english = english(locale);
        Workbook workbook = new Workbook(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        }, "samverkan", null);
        Worksheet sheet = workbook.newWorksheet(english ? "Table" : "Tabell");
        Worksheet codes = workbook.newWorksheet(english ? "Codes" : "Koder");
        List<Column> columns = Column.of(kind);
        int list = 0;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            sheet.value(0, c, english ? column.english() : column.swedish());
            sheet.style(0, c).bold().set();
            sheet.width(c, 22);
            List<String> values = values(column, locale);
            if (!values.isEmpty()) {
                codes.value(0, list, english ? column.english() : column.swedish());
                for (int v = 0; v < values.size(); v++) {
                    codes.value(v + 1, list, values.get(v));
                }
                var validation = sheet.range(1, c, ROWS, c).validateWithList(codes.range(1, list, values.size(), list));
                validation.allowBlank(true).showErrorMessage(true)
                    .errorTitle(english ? "Not in the list" : "Finns inte i listan");
                if (SEVERAL.contains(column)) {
                    // Several values may be listed, separated by commas: the list suggests, it does not limit.
                    validation.errorStyle(DataValidationErrorStyle.INFORMATION)
                        .error(english ? "Several values may be given, separated by commas."
                            : "Flera värden kan anges, åtskilda med kommatecken.");
                } else {
                    validation.errorStyle(DataValidationErrorStyle.STOP)
                        .error(english ? "Choose a value from the list." : "Välj ett värde i listan.");
                }
                list++;
            }
        }
        workbook.finish();
        out.flush();
    }

    /** The values a column's drop-down list offers: labels of a coded column, yes/no, budget/outcome. */
    private static List<String> values(Column column, Locale locale) {
        boolean english = english(locale);
        if (column == Column.ANONYMOUS) {
            return english ? List.of("yes", "no") : List.of("ja", "nej");
        }
        if (column == Column.KIND) {
            return english ? List.of("budget", "outcome") : List.of("budget", "utfall");
        }
        Class<? extends Labelled> coded = CODED.get(column);
        return coded == null ? List.of() : Arrays.stream(coded.getEnumConstants()).map(v -> v.label(locale))
            .collect(java.util.stream.Collectors.toList());
    }

    private static List<String> headings(TableKind kind, Locale locale) {
        boolean english = english(locale);
        return Column.of(kind).stream().map(c -> english ? c.english() : c.swedish())
            .collect(java.util.stream.Collectors.toList());
    }

    private static boolean english(Locale locale) {
        return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }
}

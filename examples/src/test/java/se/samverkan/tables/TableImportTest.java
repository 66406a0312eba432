package se.samverkan.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkan.json.SamverkanJson;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;

/** Tables as analysts save them, read into documents; the expected documents are written out by hand. */
class TableImportTest {

    static final Path TABLES = Path.of("src/test/resources/tables");
    private static final SamverkanJson JSON = SamverkanJson.create();

    @TempDir
    Path dir;

    private static SamverkanDocument read(String name) throws IOException {
        return JSON.read(TABLES.resolve(name));
    }

    @Test
    void a_csv_saved_by_swedish_excel_imports_to_the_document_written_by_hand() throws Exception {
        // Windows-1252, semicolons, CRLF, Swedish headings and labels ("Sjukpenning, rehabiliteringspenning"
        // holds a comma), a blank row, and the participant d1 on two rows (the second with blank person cells).
        SamverkanDocument imported = TableImport.into(read("header.json"))
            .read(TABLES.resolve("deltagare-excel.csv"), TableKind.PARTICIPATIONS);
        assertThat(imported).isEqualTo(read("deltagare-expected.json"));
        // And what it writes, the reader accepts as the same document.
        assertThat(JSON.read(JSON.write(imported))).isEqualTo(imported);
    }

    @Test
    void a_budget_csv_with_decimal_commas_and_thousands_spaces_adds_lines_to_the_projects() throws Exception {
        // "438 000,00" (space), "12 500,5" and "1 000" (no-break space, Windows-1252 0xA0); blank kind = budget.
        SamverkanDocument imported = TableImport.into(read("header.json"))
            .read(TABLES.resolve("budget-excel.csv"), TableKind.BUDGET);
        assertThat(imported).isEqualTo(read("budget-expected.json"));
    }

    @Test
    void an_xlsx_with_real_date_cells_and_numbers_imports_like_the_csv() throws Exception {
        Path xlsx = dir.resolve("deltagare.xlsx");
        // Written with Apache POI, the other XLSX implementation: dates as date-formatted numbers, the
        // birth years and the survey answer as numeric cells.
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet("Deltagare");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Object[][] rows = {
                {"participant", "Anonym", "KÖN", "birthYear", "educationLevel", "project", "start", "end",
                    "authorityContacts", "incomeAtStart", "incomeAtEnd", "exitOutcome", "survey.nojd"},
                {"d1", false, "woman", 1975, "Upper secondary", "individ", LocalDate.of(2021, 3, 31),
                    LocalDate.of(2021, 12, 12), "PUBLIC_EMPLOYMENT_SERVICE,MUNICIPALITY",
                    "Sjukpenning,rehabiliteringspenning,SOCIAL_ASSISTANCE", "Employment", "EMPLOYMENT", 4},
                {"d2", null, "MAN", 1980, null, "individ", LocalDate.of(2021, 4, 1), null, "Försäkringskassan",
                    "Unemployment insurance", null, null, null},
                {"d1", null, null, null, null, "annan", LocalDate.of(2022, 1, 10), null, null, null, null, null, null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof String) {
                        row.createCell(c).setCellValue((String) value);
                    } else if (value instanceof Integer) {
                        row.createCell(c).setCellValue((Integer) value);
                    } else if (value instanceof Boolean) {
                        row.createCell(c).setCellValue((Boolean) value);
                    } else if (value instanceof LocalDate) {
                        row.createCell(c).setCellValue((LocalDate) value);
                        row.getCell(c).setCellStyle(date);
                    }
                }
            }
            workbook.write(out);
        }
        SamverkanDocument imported = TableImport.into(read("header.json")).read(xlsx, TableKind.PARTICIPATIONS);
        assertThat(imported).isEqualTo(read("deltagare-expected.json"));
    }

    @Test
    void every_bad_cell_is_reported_with_its_row_column_and_value() {
        // bad-cells.csv is UTF-8 with commas; the header is row 1.
        assertThatThrownBy(() -> TableImport.into(read("header.json"))
            .read(TABLES.resolve("bad-cells.csv"), TableKind.PARTICIPATIONS))
            .isInstanceOfSatisfying(TableImportException.class, e -> assertThat(e.problems())
                .extracting(CellProblem::row, CellProblem::column, CellProblem::value)
                .containsExactly(
                    tuple(1L, "Okänd", "Okänd"),
                    tuple(2L, "anonymous", "kanske"),
                    tuple(2L, "birthYear", "19x5"),
                    tuple(2L, "start", "2021-02-30"),
                    tuple(2L, "incomeAtStart", "Lön, Okänt"),
                    tuple(2L, "survey.nojd", "fyra"),
                    tuple(3L, "gender", "MAN"),
                    tuple(4L, "participant", ""),
                    tuple(4L, "start", "")));
    }

    @Test
    void a_participant_whose_birth_year_cells_are_blank_has_no_birth_year() throws Exception {
        // x1 is on two rows, the birth-year cell blank on both; x2 gives its year.
        Path csv = dir.resolve("no-birth-year.csv");
        Files.writeString(csv, "participant,gender,birthYear,project,start\nx1,WOMAN,,individ,2021-01-01\n"
            + "x1,,,annan,2022-01-10\nx2,MAN,1980,individ,2021-02-01\n");
        SamverkanDocument imported = TableImport.into(read("header.json")).read(csv, TableKind.PARTICIPATIONS);
        Participant x1 = participant(imported, "x1");
        assertThat(x1.getBirthYear()).isEmpty();
        assertThat(x1.getParticipations()).hasSize(2);
        assertThat(participant(imported, "x2").getBirthYear()).hasValue(1980);
        // As written: the one birth year, and none for x1.
        String written = JSON.write(imported);
        assertThat(written.split("\"birthYear\"", -1)).hasSize(2);
        assertThat(written).contains("\"birthYear\" : 1980,");
    }

    private static Participant participant(SamverkanDocument document, String id) {
        return document.getParticipants().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_column_given_twice_once_in_english_and_once_in_swedish_is_an_error() throws IOException {
        Path csv = dir.resolve("twice.csv");
        Files.writeString(csv, "participant,gender,Kön,project,start\nx1,WOMAN,WOMAN,individ,2021-01-01\n");
        assertThatThrownBy(() -> TableImport.into(read("header.json")).read(csv, TableKind.PARTICIPATIONS))
            .isInstanceOfSatisfying(TableImportException.class, e -> assertThat(e.problems())
                .extracting(CellProblem::row, CellProblem::column, CellProblem::english)
                .containsExactly(tuple(1L, "Kön", "the column is given twice (gender)")));
    }

    @Test
    void a_budget_line_of_a_project_not_in_the_document_is_an_import_error() throws IOException {
        Path csv = dir.resolve("budget.csv");
        Files.writeString(csv, "project\tyear\tcategory\titem\tamount\tkind\nokänd\t2021\tSTAFF\tx\t10\tBUDGET\n"
            + "individ\t2021\tSTAFF\tx\t10\tprognos\n");
        assertThatThrownBy(() -> TableImport.into(read("header.json")).read(csv, TableKind.BUDGET))
            .isInstanceOfSatisfying(TableImportException.class, e -> assertThat(e.problems())
                .extracting(CellProblem::row, CellProblem::column, CellProblem::value)
                .containsExactly(tuple(2L, "project", "okänd"), tuple(3L, "kind", "prognos")));
    }

    @Test
    void the_separator_is_the_most_frequent_in_the_header_row_ties_in_the_order_semicolon_tab_comma() {
        assertThat(CsvTable.separator("a;b,c;d")).isEqualTo(';');
        assertThat(CsvTable.separator("a,b,c;d")).isEqualTo(',');
        assertThat(CsvTable.separator("a\tb,c")).isEqualTo('\t');
        assertThat(CsvTable.separator("a;b\tc,d")).isEqualTo(';');
        // Separators inside quotes do not count.
        assertThat(CsvTable.separator("\"a,b,c\";d")).isEqualTo(';');
    }

    @Test
    void encoding_a_bom_or_valid_utf8_is_utf8_anything_else_windows_1252() throws Exception {
        Path utf8 = dir.resolve("utf8.csv");
        Files.write(utf8, "participant;gender;project;start\nå1;Kvinna;individ;2021-01-01\n".getBytes(StandardCharsets.UTF_8));
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "participant;Kön;project;start\nx1;Kvinna;individ;2021-01-01\n".getBytes(CsvTable.WINDOWS_1252));
        assertThat(CsvTable.isUtf8(utf8)).isTrue();
        assertThat(CsvTable.isUtf8(latin)).isFalse();
        assertThat(TableImport.into(read("header.json")).read(latin, TableKind.PARTICIPATIONS).getParticipants())
            .extracting(p -> p.getId()).containsExactly("p0", "x1");
    }

    @Test
    void xlsx_numbers_become_the_shortest_decimal_that_reads_back_the_same() {
        assertThat(XlsxTable.shortest("0.1")).isEqualTo("0.1");
        assertThat(XlsxTable.shortest("0.30000000000000004")).isEqualTo("0.30000000000000004");
        // 438000 + 1e-12 is below half the gap between doubles near 438000 (about 5.8e-11): the same double.
        assertThat(XlsxTable.shortest("438000.000000000001")).isEqualTo("438000");
        assertThat(XlsxTable.shortest("1975")).isEqualTo("1975");
        assertThat(XlsxTable.shortest("1.2345E3")).isEqualTo("1234.5");
    }

    @Test
    void several_values_join_pieces_only_when_a_piece_alone_is_no_value() {
        Codes<se.samverkan.model.participant.IncomeSource> income = Codes.of(se.samverkan.model.participant.IncomeSource.class);
        assertThat(income.several("Sjukpenning, rehabiliteringspenning,Lön")).hasValueSatisfying(v ->
            assertThat(v).extracting(Enum::name).containsExactly("SICKNESS_BENEFIT", "EMPLOYMENT"));
        assertThat(income.several("Lön, rehabiliteringspenning")).isEmpty();
        assertThat(income.several("")).isEmpty();
    }

    static List<String> lines(String text) {
        return List.of(text.split("\r\n", -1));
    }
}

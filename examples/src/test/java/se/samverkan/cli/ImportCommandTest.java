package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkan.json.SamverkanJson;

/** {@code import} as a user runs it: the printed document, the problems, the exit statuses, the templates. */
class ImportCommandTest {

    private static final String TABLES = "src/test/resources/tables/";
    private static final String HEADER = TABLES + "header.json";

    @TempDir
    Path dir;

    @Test
    void a_clean_table_prints_the_whole_document_that_the_reader_accepts() throws Exception {
        Cli cli = Cli.run("import", TABLES + "deltagare-excel.csv", "--header", HEADER);
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.err).isEmpty();
        SamverkanJson json = SamverkanJson.create();
        assertThat(json.read(cli.out)).isEqualTo(json.read(Path.of(TABLES + "deltagare-expected.json")));
        // And validate, the next step, reads it too.
        Path printed = dir.resolve("imported.json");
        Files.writeString(printed, cli.out);
        assertThat(Cli.run("validate", printed.toString()).status).isNotEqualTo(2);
    }

    @Test
    void budget_lines_go_to_their_project() throws Exception {
        Cli cli = Cli.run("import", TABLES + "budget-excel.csv", "--table", "budget", "--header", HEADER);
        assertThat(cli.status).as(cli.toString()).isZero();
        SamverkanJson json = SamverkanJson.create();
        assertThat(json.read(cli.out)).isEqualTo(json.read(Path.of(TABLES + "budget-expected.json")));
    }

    @Test
    void bad_cells_are_each_reported_on_standard_error_and_nothing_is_printed() {
        Cli cli = Cli.run("import", TABLES + "bad-cells.csv", "--header", HEADER, "--lang", "en");
        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err.lines().collect(Collectors.toList())).containsExactly(
            "samverkan: row 1, column Okänd, value 'Okänd': unknown column",
            "samverkan: row 2, column anonymous, value 'kanske': not a yes/no value (ja/nej, true/false, yes/no, 1/0)",
            "samverkan: row 2, column birthYear, value '19x5': not a whole number",
            "samverkan: row 2, column start, value '2021-02-30': not a date YYYY-MM-DD",
            // The bad piece of the list cell is named ("Lön" is a label of EMPLOYMENT); labels are quoted, as
            // some hold a comma.
            "samverkan: row 2, column incomeAtStart, value 'Lön, Okänt': unknown code 'Okänt'; allowed: "
                + "\"Employment\", \"Subsidised employment\", \"Student finance\", \"Sickness benefit\", "
                + "\"Activity compensation\", \"Sickness compensation\", \"Unemployment insurance\", "
                + "\"Activity support\", \"Establishment benefit\", \"Social assistance\", \"No income\", \"Other\" "
                + "(or the codes EMPLOYMENT, SUBSIDISED_EMPLOYMENT, STUDENT_FINANCE, SICKNESS_BENEFIT, "
                + "ACTIVITY_COMPENSATION, SICKNESS_COMPENSATION, UNEMPLOYMENT_INSURANCE, ACTIVITY_SUPPORT, "
                + "ESTABLISHMENT_BENEFIT, SOCIAL_ASSISTANCE, NO_INCOME, OTHER)",
            "samverkan: row 2, column survey.nojd, value 'fyra': not a whole number",
            "samverkan: row 3, column gender, value 'MAN': differs from the participant's earlier row (Woman)",
            "samverkan: row 4, column participant, value '': a value is required",
            "samverkan: row 4, column start, value '': a value is required",
            "samverkan: 9 problems in the table; nothing was imported");
        assertThat(Cli.run("import", "x.csv", "--header", HEADER, "--table", "kostnader", "--lang", "en").err)
            .isEqualTo("samverkan: unknown table 'kostnader': use participations or budget\n");
        assertThat(Cli.run("import", TABLES + "bad-cells.csv", "--header", HEADER).err)
            .contains("rad 2, kolumn birthYear, värde '19x5': inte ett heltal")
            .contains("värde 'Lön, Okänt': okänd kod 'Okänt'; tillåtna: \"Lön\", \"Anställning med stöd\"")
            .contains("\"Sjukpenning, rehabiliteringspenning\"")
            .contains("värde 'MAN': skiljer sig från deltagarens tidigare rad (Kvinna)");
    }

    @Test
    void the_table_may_come_from_standard_input() {
        Cli cli = Cli.runWithInput("participant,gender,project,start\nx1,Kvinna,individ,2021-05-01\n",
            "import", "-", "--header", HEADER);
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.out).contains("\"id\" : \"x1\"");
    }

    @Test
    void usage_errors_exit_2_with_nothing_on_standard_output() throws Exception {
        Path notATable = dir.resolve("broken.xlsx");
        Files.write(notATable, new byte[] {'P', 'K', 3, 4, 0, 0});
        for (String[] args : List.of(
                new String[] {"import", TABLES + "deltagare-excel.csv"},
                new String[] {"import", TABLES + "deltagare-excel.csv", "--header", "saknas.json"},
                new String[] {"import", TABLES + "deltagare-excel.csv", "--header", HEADER, "--table", "kostnader"},
                new String[] {"import", "saknas.csv", "--header", HEADER},
                new String[] {"import", notATable.toString(), "--header", HEADER},
                new String[] {"import", "--header", HEADER},
                new String[] {"import", "--template"},
                new String[] {"import", "--template", "--format", "ods", "--out", dir.resolve("t").toString()},
                new String[] {"import", "--template", "extra", "--format", "csv"})) {
            Cli cli = Cli.run(args);
            assertThat(cli.status).as(cli.toString()).isEqualTo(2);
            assertThat(cli.out).as(cli.toString()).isEmpty();
            assertThat(cli.err.lines().count()).as(cli.toString()).isEqualTo(1);
        }
    }

    @Test
    void the_csv_template_is_the_header_row_and_is_accepted_as_an_empty_table() throws Exception {
        Cli cli = Cli.run("import", "--template", "--format", "csv");
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.out).isEqualTo("\uFEFFDeltagare;Anonym;Kön;Födelseår;Utbildningsnivå;Insats;Startdatum;Slutdatum;"
            + "Gruppstart;Myndighetskontakter;Försörjning vid start;Försörjning vid avslut;Utfall vid avslut;"
            + "Skäl till återinskrivning\r\n");
        Path template = dir.resolve("mall.csv");
        Files.write(template, cli.out.getBytes(StandardCharsets.UTF_8));
        Cli imported = Cli.run("import", template.toString(), "--header", HEADER);
        assertThat(imported.status).as(imported.toString()).isZero();
        assertThat(Cli.run("import", "--template", "--format", "csv", "--table", "budget", "--lang", "en").out)
            .isEqualTo("\uFEFFproject;kind;year;category;item;amount;fundedBy\r\n");
    }

    @Test
    void the_xlsx_template_has_drop_down_lists_for_the_coded_columns() throws Exception {
        Path out = dir.resolve("mall.xlsx");
        Cli cli = Cli.run("import", "--template", "--out", out.toString());
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.out).isEmpty();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Kön");
            List<String> validated = sheet.getDataValidations().stream()
                .map(v -> v.getRegions().getCellRangeAddress(0).formatAsString() + " "
                    + v.getValidationConstraint().getFormula1())
                .collect(Collectors.toList());
            // Anonym (B: ja, nej), Kön (C: 4 genders), Utbildningsnivå (E: 6 levels), Myndighetskontakter
            // (J: 9 party types), Försörjning vid start/avslut (K, L: 12 sources), Utfall vid avslut (M: 10
            // outcomes), each drawing on its column of the Koder sheet from row 2.
            assertThat(validated).containsExactlyInAnyOrder("B2:B5001 'Koder'!$A$2:$A$3",
                "C2:C5001 'Koder'!$B$2:$B$5", "E2:E5001 'Koder'!$C$2:$C$7", "J2:J5001 'Koder'!$D$2:$D$10",
                "K2:K5001 'Koder'!$E$2:$E$13", "L2:L5001 'Koder'!$F$2:$F$13", "M2:M5001 'Koder'!$G$2:$G$11");
            // The single-valued lists refuse other values; the three several-valued ones only inform.
            assertThat(sheet.getDataValidations().stream().filter(v -> v.getErrorStyle() == DataValidation.ErrorStyle.STOP)
                .count()).isEqualTo(4);
            assertThat(workbook.getSheet("Koder").getRow(1).getCell(1).getStringCellValue()).isEqualTo("Kvinna");
        }
        // The template imports as an empty table.
        Cli imported = Cli.run("import", out.toString(), "--header", HEADER);
        assertThat(imported.status).as(imported.toString()).isZero();
    }
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as a förbund's board gets it: the header, the overview with totals, tertials, budget against
 * outcome, "not applicable", the options, and the workbook read back with Apache POI (a second XLSX
 * implementation, independent of the fastexcel that writes it). Every expected figure is worked out by hand
 * in the comments.
 */
class ReportBoardTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Two insatser of Samordningsförbundet Norr (which has no funding entries): "Liten insats" (SmallProject:
     * 910 000 kr budget in 2024, here with an outcome of 850 000 kr) with 6 women who started 2024-02-01 and
     * ended 2024-09-30 in work and 3 men who started 2024-02-01 and are still there; and a process aimed at
     * structures, with no participants and no goals, budgeted 100 000 kr in 2024 and 120 000 kr in 2025.
     */
    private static final String TWO_INSATSER = new SmallProject(List.of("EMPLOYMENT"))
        .add(6, "WOMAN", 1995, "EMPLOYMENT").add(3, "MAN", 1990, null).json()
        .replace("\"amount\": \"910000.00\" } ] } } ],", """
            "amount": "910000.00" } ] },
                "outcome": { "lines": [ { "year": 2024, "category": "STAFF", "item": "Koordinator", "amount": "850000.00" } ] } },
              { "id": "struktur", "name": "Gemensam kartläggning av vägarna mellan myndigheterna i hela länet",
                "kind": "PROCESS", "orientation": "STRUCTURAL", "measurement": "PERSON_LEVEL", "owner": "kommun",
                "financiers": ["sf"], "partners": ["fk", "af", "region"],
                "period": { "start": "2024-01-01", "end": "2025-12-31" },
                "targetGroup": { "description": "Handläggare", "ageRange": { "min": 16, "max": 64 },
                  "minAuthorityContacts": 0 },
                "budget": { "lines": [
                  { "year": 2024, "category": "STAFF", "item": "Processledare", "amount": "100000.00" },
                  { "year": 2025, "category": "STAFF", "item": "Processledare", "amount": "120000.00" } ] } } ],""");

    @Test
    void the_header_names_the_forbund_and_period_and_the_overview_sets_the_insatser_side_by_side() {
        Cli cli = Cli.runWithInput(TWO_INSATSER, "report", "-");

        assertThat(cli.status).as(cli.toString()).isZero();
        // The period runs from the first insats's start (2024-01-01) to the last one's end (2025-12-31).
        assertThat(cli.out).startsWith("Samverkansrapport: Samordningsförbundet Norr\n"
            + "============================================\n"
            + "Period 2024-01-01 – 2025-12-31 · Källa: standard in · 2 insatser · 9 deltagare\n\n"
            + "Översikt över insatserna\n");
        Map<String, List<List<String>>> tables = PublishedOutputProperties.textTables(cli.out);
        List<List<String>> overview = tables.get("Översikt över insatserna");
        // Liten insats: 9 started, 6 ended; 910 000 / 9 = 101 111,111… → 101 111,11 kr per started; both goals
        // attained (6 of 6 = 100 % ≥ 40 %; 6 ≥ 5).
        assertThat(overview.get(0)).containsExactly("Liten insats", "Projekt", "Individinriktad",
            "2024-01-01 – 2024-12-31", "9", "6", "910\u00a0000,00 kr", "850\u00a0000,00 kr", "101\u00a0111,11 kr",
            "2 av 2");
        // The process aimed at structures counts nobody and has no goals: not applicable, not 0.
        assertThat(overview.get(1)).containsExactly("Gemensam kartläggning av vägarna mellan myndigheterna i hela länet",
            "Process", "Strukturövergripande", "2024-01-01 – 2025-12-31", "ej tillämpligt", "ej tillämpligt",
            "220\u00a0000,00 kr", "ej redovisat", "ej tillämpligt", "ej tillämpligt");
        // Totals: 9 and 6 (only the first counts); 910 000 + 100 000 + 120 000 = 1 130 000; outcome 850 000.
        assertThat(cli.out).containsPattern("\nSumma +9 +6 +1\u00a0130\u00a0000,00 kr +850\u00a0000,00 kr +2 av 2\n");
        // The structural insats has no participant tables, no tertials and no cost per participant.
        String struktur = cli.out.substring(cli.out.indexOf("(struktur)"));
        assertThat(struktur).doesNotContain("Deltagare\n---", "per tertial", "Kostnad per deltagare");
        // Förbund without funding: no empty key table; a document without findings: no findings table.
        assertThat(cli.out).doesNotContain("Förbundsnyckel", "Fynd från", "Inga fynd");
    }

    @Test
    void budget_against_outcome_per_year_and_tertials_with_a_hidden_count() {
        Cli cli = Cli.runWithInput(TWO_INSATSER, "report", "-");

        // The first insats's section (the second one's tables have the same captions).
        Map<String, List<List<String>>> tables = PublishedOutputProperties.textTables(
            cli.out.substring(0, cli.out.indexOf("(struktur)")));
        // 850 000 / 910 000 = 0,93406… → 93,4 %.
        assertThat(tables.get("Budget och utfall per år")).containsExactly(
            List.of("2024", "910\u00a0000,00 kr", "850\u00a0000,00 kr", "93,4 %"),
            List.of("Summa", "910\u00a0000,00 kr", "850\u00a0000,00 kr", "93,4 %"));
        // All 9 started in Jan–Apr; the 6 ended in Sep–Dec. No count is 1–4, so nothing is hidden.
        assertThat(tables.get("Påbörjade och avslutade per tertial")).containsExactly(
            List.of("jan–apr 2024", "9", "0"), List.of("maj–aug 2024", "0", "0"), List.of("sep–dec 2024", "0", "6"));
        // The structural insats has budget lines but reports no outcome: "ej redovisat", and no percent.
        assertThat(cli.out).containsPattern("2025 +120\u00a0000,00 kr +ej redovisat +ej tillämpligt\n");

        // 7 started (Jan–Apr), 3 of them ended (Sep–Dec): the 3 is hidden. The ended column adds up to the
        // insats's ended, so one hidden cell is not enough: it has no other non-zero cell, so its first zero
        // (Jan–Apr) is hidden too.
        String threeEnded = new SmallProject(List.of("EMPLOYMENT")).add(3, "WOMAN", 1995, "EMPLOYMENT")
            .add(4, "MAN", 1990, null).json();
        Map<String, List<List<String>>> small = PublishedOutputProperties.textTables(
            Cli.runWithInput(threeEnded, "report", "-").out);
        assertThat(small.get("Påbörjade och avslutade per tertial")).containsExactly(
            List.of("jan–apr 2024", "7", ".."), List.of("maj–aug 2024", "0", "0"), List.of("sep–dec 2024", "0", ".."));
    }

    @Test
    void the_overview_sets_budget_against_outcome_per_year_for_the_insatser_together() {
        Map<String, List<List<String>>> tables = PublishedOutputProperties.textTables(
            Cli.runWithInput(TWO_INSATSER, "report", "-").out);
        // 2024: 910 000 + 100 000 = 1 010 000; 2025: 120 000. The structural insats reports no outcome, and it
        // has a budget in both years: a sum of Liten insats's outcome alone would be set against both budgets,
        // so no year's outcome is shown.
        assertThat(tables.get("Budget och utfall per år, insatserna tillsammans")).containsExactly(
            List.of("2024", "1\u00a0010\u00a0000,00 kr", "ej redovisat", "ej tillämpligt"),
            List.of("2025", "120\u00a0000,00 kr", "ej redovisat", "ej tillämpligt"),
            List.of("Summa", "1\u00a0130\u00a0000,00 kr", "ej redovisat", "ej tillämpligt"));

        // With an outcome of 90 000 kr in 2024 for the structural insats too: 2024 850 000 + 90 000 = 940 000 of
        // 1 010 000 = 93,069… → 93,1 %; 2025 nothing spent yet (both report outcome, neither has a 2025 line):
        // 0 of 120 000 = 0,0 %; in all 940 000 of 1 130 000 = 83,185… → 83,2 %.
        String bothReport = TWO_INSATSER.replace("""
                  { "year": 2025, "category": "STAFF", "item": "Processledare", "amount": "120000.00" } ] } } ],""", """
                  { "year": 2025, "category": "STAFF", "item": "Processledare", "amount": "120000.00" } ] },
                "outcome": { "lines": [ { "year": 2024, "category": "STAFF", "item": "Processledare", "amount": "90000.00" } ] } } ],""");
        assertThat(bothReport).isNotEqualTo(TWO_INSATSER);
        Cli cli = Cli.runWithInput(bothReport, "report", "-");
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(PublishedOutputProperties.textTables(cli.out).get("Budget och utfall per år, insatserna tillsammans"))
            .containsExactly(
                List.of("2024", "1\u00a0010\u00a0000,00 kr", "940\u00a0000,00 kr", "93,1 %"),
                List.of("2025", "120\u00a0000,00 kr", "0,00 kr", "0,0 %"),
                List.of("Summa", "1\u00a0130\u00a0000,00 kr", "940\u00a0000,00 kr", "83,2 %"));
        // One insats alone: no table of the insatser together.
        assertThat(Cli.runWithInput(TWO_INSATSER, "report", "-", "--project", "struktur").out)
            .doesNotContain("insatserna tillsammans");
    }

    @Test
    void a_goal_that_cannot_be_decided_is_not_counted_as_missed_in_the_overview() {
        // The Kävlinge-Lomma process has one goal, which its data cannot decide ("kan inte avgöras" in the
        // goal table): the overview says so instead of a bare "0 av 1".
        Cli cli = Cli.run("report", Cli.DATA.resolve("kavlinge-lomma-process.json").toString());
        assertThat(cli.status).as(cli.toString()).isZero();
        List<List<String>> overview = PublishedOutputProperties.textTables(cli.out).get("Översikt över insatserna");
        assertThat(overview.get(0).get(9)).isEqualTo("0 av 1 (1 kan inte avgöras)");
        // The totals row (its empty cells collapse in the text table): the same in its last cell.
        assertThat(overview.get(1).get(overview.get(1).size() - 1)).isEqualTo("0 av 1 (1 kan inte avgöras)");
        assertThat(cli.out).contains("kan inte avgöras");
    }

    @Test
    void an_overview_total_that_would_reveal_a_hidden_count_is_hidden() {
        // Two individual insatser: the first has 3 started (hidden), the second 9. A total of 12 next to the
        // 9 would give the 3 back: the total is hidden. Ended: 0 and 6, nothing hidden, total 6 shown.
        String document = TWO_INSATSER.replace("\"orientation\": \"STRUCTURAL\"", "\"orientation\": \"INDIVIDUAL\"")
            .replace("\"participants\": [", """
                "participants": [
                  { "id": "s1", "anonymous": true, "gender": "MAN", "participations": [
                    { "project": "struktur", "start": "2024-03-01" } ] },
                  { "id": "s2", "anonymous": true, "gender": "MAN", "participations": [
                    { "project": "struktur", "start": "2024-03-01" } ] },
                  { "id": "s3", "anonymous": true, "gender": "MAN", "participations": [
                    { "project": "struktur", "start": "2024-03-01" } ] },""");

        Cli cli = Cli.runWithInput(document, "report", "-");

        assertThat(cli.status).as(cli.toString()).isZero();
        List<List<String>> overview = PublishedOutputProperties.textTables(cli.out).get("Översikt över insatserna");
        assertThat(overview.get(0).subList(4, 6)).containsExactly("9", "6");
        // 220 000 / 3 would give the 3 back: the cost per started is hidden with it.
        assertThat(overview.get(1).subList(4, 9)).containsExactly("..", "0", "220\u00a0000,00 kr", "ej redovisat",
            "..");
        assertThat(cli.out).containsPattern("\nSumma +\\.\\. +6 +1\u00a0130\u00a0000,00 kr");
    }

    @Test
    void the_workbook_has_every_table_as_a_sheet_with_numeric_cells_read_back_with_apache_poi(@TempDir Path dir)
        throws Exception {
        Path workbook = dir.resolve("styrelse.xlsx");
        String threeEnded = new SmallProject(List.of("EMPLOYMENT")).add(3, "WOMAN", 1995, "EMPLOYMENT")
            .add(4, "MAN", 1990, null).json();

        Cli cli = Cli.runWithInput(threeEnded, "report", "-", "--xlsx", workbook.toString());

        assertThat(cli.status).as(cli.toString()).isZero();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            // One insats: no id prefix; captions cut to Excel's 31 characters.
            assertThat(names).startsWith("Samverkansrapport", "Översikt över insatserna", "Deltagare", "Måluppfyllelse")
                .contains("Påbörjade och avslutade per ter", "Budget och utfall per år", "Kostnad per deltagare",
                    "Kostnad per part")
                .doesNotContain("Förbundsnyckel Samordningsförbu");
            Sheet front = book.getSheet("Samverkansrapport");
            assertThat(front.getRow(0).getCell(0).getStringCellValue())
                .isEqualTo("Samverkansrapport: Samordningsförbundet Norr");

            Sheet overview = book.getSheet("Översikt över insatserna");
            assertThat(overview.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Översikt över insatserna");
            assertThat(overview.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Påbörjade");
            assertThat(book.getFontAt(overview.getRow(1).getCell(4).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(overview.getPaneInformation().isFreezePane()).isTrue();
            assertThat(overview.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            Row liten = overview.getRow(2);
            // 7 started, shown as a number with the count format; 3 ended hidden as the same marker as the text.
            number(liten.getCell(4), 7, "#,##0");
            assertThat(liten.getCell(5).getCellType()).isEqualTo(CellType.STRING);
            assertThat(liten.getCell(5).getStringCellValue()).isEqualTo("..");
            number(liten.getCell(6), 910_000, "#,##0.00 \"kr\"");
            assertThat(liten.getCell(7).getStringCellValue()).isEqualTo("ej redovisat");
            // 910 000 / 7 = 130 000 exactly.
            number(liten.getCell(8), 130_000, "#,##0.00 \"kr\"");
            // Totals of one insats: 7 and the hidden ended.
            Row total = overview.getRow(3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Summa");
            number(total.getCell(4), 7, "#,##0");
            assertThat(total.getCell(5).getStringCellValue()).isEqualTo("..");

            Sheet goals = book.getSheet("Måluppfyllelse");
            // 3 of 7 to work: numerator 3, denominator 7 and their share all hidden (a 3 and a 4).
            assertThat(goals.getRow(2).getCell(2).getStringCellValue()).isEqualTo("..");
            assertThat(goals.getRow(2).getCell(4).getStringCellValue()).isEqualTo("..");
            assertThat(goals.getRow(3).getCell(5).getStringCellValue()).isEqualTo("ej tillämpligt");

            Sheet tertials = book.getSheet("Påbörjade och avslutade per ter");
            assertThat(tertials.getRow(2).getCell(0).getStringCellValue()).isEqualTo("jan–apr 2024");
            number(tertials.getRow(2).getCell(1), 7, "#,##0");
            assertThat(tertials.getRow(2).getCell(2).getStringCellValue()).isEqualTo("..");
            number(tertials.getRow(3).getCell(2), 0, "#,##0");

            Sheet budget = book.getSheet("Budget och utfall per år");
            number(budget.getRow(2).getCell(0), 2024, "0");
            number(budget.getRow(2).getCell(1), 910_000, "#,##0.00 \"kr\"");

            Sheet shares = book.getSheet("Kostnad per part");
            // The förbund's 910 000 by the key: Försäkringskassan one half, 455 000 = 50,0 %, as a fraction.
            assertThat(shares.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Försäkringskassan");
            number(shares.getRow(2).getCell(2), 455_000, "#,##0.00 \"kr\"");
            number(shares.getRow(2).getCell(3), 0.5, "0.0%");
        }
    }

    @Test
    void project_window_and_no_findings_options() {
        Cli one = Cli.runWithInput(TWO_INSATSER, "report", "-", "--project", "struktur");
        assertThat(one.status).as(one.toString()).isZero();
        assertThat(one.out).contains("· 1 insats ·", "(struktur)").doesNotContain("Liten insats");
        assertThat(one.out).containsPattern("Period 2024-01-01 – 2025-12-31 ");

        Cli unknown = Cli.runWithInput(TWO_INSATSER, "report", "-", "--project", "ingen");
        assertThat(unknown.status).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(unknown.out).isEmpty();

        Cli withFindings = Cli.run("report", Cli.GEMENSAMMA_TAGET);
        Cli without = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--no-findings");
        assertThat(withFindings.out).contains("Fynd från rapporteringsreglerna", "COHORT_SEQUENCE");
        assertThat(without.status).isZero();
        assertThat(without.out).doesNotContain("Fynd från rapporteringsreglerna", "Övriga fynd", "COHORT_SEQUENCE");
    }

    @Test
    void a_bad_window_or_an_unwritable_workbook_is_one_message_and_exit_2(@TempDir Path dir) {
        Cli half = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--from", "2009-01-01");
        assertThat(half.status).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(half.out).isEmpty();
        assertThat(half.err).doesNotContain("Exception");

        Cli badDate = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--as-of", "2009-13-01");
        assertThat(badDate.status).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(badDate.err).contains("2009-13-01").doesNotContain("Exception");

        Cli unwritable = Cli.run("report", Cli.MYSAM_GAVLE, "--xlsx", dir.resolve("no/such/dir/r.xlsx").toString());
        assertThat(unwritable.status).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(unwritable.err).startsWith("samverkan: Kalkylbladet kunde inte skrivas till ")
            .doesNotContain("Exception");
        // Exit 2 means nothing useful on standard output: the text report is not printed either.
        assertThat(unwritable.out).isEmpty();
        Cli page = Cli.run("report", Cli.MYSAM_GAVLE, "--html", dir.resolve("no/such/dir/r.html").toString());
        assertThat(page.status).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(page.out).isEmpty();
    }

    @Test
    void each_tertial_equals_the_single_period_metrics_of_that_tertial() {
        Cli cli = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--from", "2009-01-01", "--to", "2009-12-31");

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.out).contains("Period 2009-01-01 – 2009-12-31 · ");
        List<List<String>> tertials = PublishedOutputProperties.textTables(cli.out)
            .get("Påbörjade och avslutade per tertial");
        assertThat(tertials).extracting(row -> row.get(0)).containsExactly("jan–apr 2009", "maj–aug 2009",
            "sep–dec 2009");
        String[][] periods = {{"2009-01-01", "2009-04-30"}, {"2009-05-01", "2009-08-31"}, {"2009-09-01", "2009-12-31"}};
        for (int t = 0; t < periods.length; t++) {
            JsonNode participants = JSON.readTree(Cli.run("metrics", Cli.GEMENSAMMA_TAGET, "--from", periods[t][0],
                "--to", periods[t][1]).out).get("projects").get(0).get("participants");
            assertThat(tertials.get(t).get(1)).as(periods[t][0]).isEqualTo(String.valueOf(participants.get("started").intValue()));
            assertThat(tertials.get(t).get(2)).as(periods[t][0]).isEqualTo(String.valueOf(participants.get("ended").intValue()));
        }
    }

    @Test
    void long_chart_labels_wrap_instead_of_being_cut(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("rapport.html");

        Cli cli = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--html", page.toString());

        assertThat(cli.status).as(cli.toString()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        // The 67-character goal is drawn on two lines, every word kept, no ellipsis.
        assertThat(html).contains("<tspan x=\"270\" dy=\"0\">Minst 40 % finner, får och behåller ett</tspan>"
                + "<tspan x=\"270\" dy=\"14\">arbete, med eller utan stöd</tspan>")
            .doesNotContain("…</text>");
        // A print style: each insats on a page of its own, no table or chart split.
        assertThat(html).contains("@media print", "break-inside:avoid");
    }

    private static void number(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(cell.getAddress().toString()).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString()).as(cell.getAddress().toString()).isEqualTo(format);
    }
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
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
import tools.jackson.databind.ObjectMapper;

/**
 * {@code followup} over a förbund with several insatser and two funding years
 * (src/test/resources/followup/two-years.json). Every expected figure is worked out by hand below from
 * the document's lines, counts and participants.
 *
 * <p>The document: förbund sf, members fk, af, region, kommun. Funding 2022 4 000 000.00, 2021 4 000 000.02
 * (equity −50 000, administration 1 000 000 / 950 000), and 2022 again (1.00, ignored: the first entry of
 * a year counts). Insatser: individ (financiers sf and kommun; budget 2021 300 000 sf + 100 000 kommun,
 * 2022 500 000 sf; outcome 2021 280 000.50 sf + 90 000 kommun; planned 10–20), struktur (count-only,
 * sf alone, no lines; 2021 counts 3 women, 2 men), annan (financier kommun, but a 2021 line of 250 funded by
 * sf beside kommun's 1 000), agare (sf is only its owner: never listed). Participants: p1 woman in
 * individ 2021-03-01–2021-04-01; p2 man in individ from 2021-12-31, ongoing; p3 woman ended 2020-12-31;
 * p4 non-binary registered in error; p5 man in annan from 2021-05-01.
 */
class FollowupCommandTest {

    private static final String DOCUMENT = "src/test/resources/followup/two-years.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void json_has_every_year_with_the_hand_computed_figures_in_the_documented_key_order() {
        Cli cli = Cli.run("followup", DOCUMENT, "--format", "json");
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.err).isEmpty();
        JsonNode root = MAPPER.readTree(cli.out);
        assertThat(names(root)).containsExactly("schemaVersion", "followUp");
        JsonNode y2021 = root.get("followUp").get(0);
        JsonNode y2022 = root.get("followUp").get(1);
        assertThat(root.get("followUp")).hasSize(2);
        assertThat(names(y2021)).containsExactly("association", "year", "allocated", "equity", "administrationBudget",
            "administrationOutcome", "insatser", "totals");
        // Years ascend although 2022 is written first.
        assertThat(y2021.get("year").asInt()).isEqualTo(2021);
        assertThat(y2022.get("year").asInt()).isEqualTo(2022);
        // fk pays the state half: 4 000 000.02 / 2 = 2 000 000.01. The other half, 2 000 000.01, splits
        // between the region and the one municipality: 1 000 000.005 each, the odd öre to the first.
        assertThat(y2021.get("allocated").toString()).isEqualTo("{\"total\":\"4000000.02\",\"shares\":["
            + "{\"party\":\"fk\",\"amount\":\"2000000.01\"},{\"party\":\"region\",\"amount\":\"1000000.01\"},"
            + "{\"party\":\"kommun\",\"amount\":\"1000000.00\"}]}");
        assertThat(y2021.get("equity").asString()).isEqualTo("-50000.00");
        assertThat(y2021.get("administrationBudget").asString()).isEqualTo("1000000.00");
        assertThat(y2021.get("administrationOutcome").asString()).isEqualTo("950000.00");
        JsonNode individ = y2021.get("insatser").get(0);
        assertThat(names(individ)).containsExactly("project", "name", "kind", "orientation", "measurement", "esf",
            "budget", "totalBudget", "outcome", "totalOutcome", "plannedParticipants", "participants");
        // sf's own 300 000 of the 400 000; outcome sf 280 000.50 of 370 000.50. Active in 2021: p1 (woman)
        // and p2 (man, started on New Year's Eve); p3 ended in 2020, p4 was registered in error.
        assertThat(individ.toString()).isEqualTo("{\"project\":\"individ\",\"name\":\"Insats individ\","
            + "\"kind\":\"PROJECT\",\"orientation\":\"INDIVIDUAL\",\"measurement\":\"PERSON_LEVEL\",\"esf\":false,"
            + "\"budget\":\"300000.00\",\"totalBudget\":\"400000.00\",\"outcome\":\"280000.50\","
            + "\"totalOutcome\":\"370000.50\",\"plannedParticipants\":{\"min\":10,\"max\":20},"
            + "\"participants\":{\"total\":2,\"byGender\":{\"WOMAN\":1,\"MAN\":1,\"NON_BINARY\":0,\"UNSPECIFIED\":0}}}");
        // Count-only: 3 + 2 = 5; no lines at all, so budget 0.00 and outcome null.
        JsonNode struktur = y2021.get("insatser").get(1);
        assertThat(struktur.get("budget").asString()).isEqualTo("0.00");
        assertThat(struktur.get("outcome").isNull()).isTrue();
        assertThat(struktur.get("plannedParticipants").isNull()).isTrue();
        assertThat(struktur.get("participants").get("total").asInt()).isEqualTo(5);
        // annan: listed for the line sf funds; sf's 250 of 1 250; p5 active.
        JsonNode annan = y2021.get("insatser").get(2);
        assertThat(annan.get("project").asString()).isEqualTo("annan");
        assertThat(annan.get("budget").asString()).isEqualTo("250.00");
        assertThat(annan.get("totalBudget").asString()).isEqualTo("1250.00");
        assertThat(y2021.get("insatser")).hasSize(3);
        // Totals: 300 000 + 0 + 250 = 300 250; outcome only individ's 280 000.50; 2 + 5 + 1 = 8 participants.
        assertThat(y2021.get("totals").toString())
            .isEqualTo("{\"budget\":\"300250.00\",\"outcome\":\"280000.50\",\"participants\":8}");
        // 2022: 4 000 000.00 halves to 2 000 000 and 1 000 000 + 1 000 000; no equity; individ's 500 000 with
        // no outcome line of 2022 (null, not zero) and only p2 still active; struktur without counts; annan
        // has no 2022 line funded by sf.
        assertThat(y2022.get("allocated").get("total").asString()).isEqualTo("4000000.00");
        assertThat(y2022.get("equity").isNull()).isTrue();
        assertThat(y2022.get("insatser")).hasSize(2);
        assertThat(y2022.get("insatser").get(0).get("outcome").isNull()).isTrue();
        assertThat(y2022.get("insatser").get(0).get("participants").get("total").asInt()).isEqualTo(1);
        assertThat(y2022.get("totals").toString())
            .isEqualTo("{\"budget\":\"500000.00\",\"outcome\":null,\"participants\":1}");
    }

    @Test
    void csv_parsed_as_excel_would_holds_the_same_figures_with_decimal_commas() {
        Cli cli = Cli.run("followup", DOCUMENT, "--format", "csv", "--year", "2021");
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.out).startsWith("\uFEFF").contains("\r\n").doesNotContain("\r\n\r\n");
        List<List<String>> rows = Rfc4180.parse(cli.out.substring(1), ';');
        assertThat(rows.get(0)).containsExactly("association", "year", "project", "name", "kind", "orientation",
            "measurement", "esf", "budget", "totalBudget", "outcome", "totalOutcome", "plannedMin", "plannedMax",
            "participants", "women", "men", "nonBinary", "unspecified", "equity", "administrationBudget",
            "administrationOutcome");
        // The allocation row first (budget = the allocated total), then the insatser; no totals row.
        assertThat(rows).hasSize(1 + 1 + 3);
        assertThat(rows.get(1)).containsExactly("sf", "2021", "", "", "", "", "", "", "4000000,02", "", "", "", "",
            "", "", "", "", "", "", "-50000,00", "1000000,00", "950000,00");
        assertThat(rows.get(2)).containsExactly("sf", "2021", "individ", "Insats individ", "PROJECT", "INDIVIDUAL",
            "PERSON_LEVEL", "false", "300000,00", "400000,00", "280000,50", "370000,50", "10", "20", "2", "1", "1",
            "0", "0", "", "", "");
        assertThat(rows.get(3)).containsExactly("sf", "2021", "struktur", "Insats struktur", "PROJECT", "STRUCTURAL",
            "COUNT_ONLY", "false", "0,00", "0,00", "", "", "", "", "5", "3", "2", "0", "0", "", "", "");
        assertThat(rows.get(4).subList(2, 10)).containsExactly("annan", "Insats annan", "PROJECT", "INDIVIDUAL",
            "PERSON_LEVEL", "false", "250,00", "1250,00");
    }

    @Test
    void xlsx_read_back_with_apache_poi_has_the_same_rows_with_numeric_cells() throws Exception {
        Path out = dir.resolve("followup.xlsx");
        Cli cli = Cli.run("followup", DOCUMENT, "--format", "xlsx", "--out", out.toString());
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.out).isEmpty();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            // Header, 2021: allocation + 3 insatser, 2022: allocation + 2 insatser.
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("budget");
            Row allocation = sheet.getRow(1);
            assertThat(allocation.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(allocation.getCell(1).getNumericCellValue()).isEqualTo(2021);
            assertThat(allocation.getCell(2)).isNull();
            assertThat(allocation.getCell(8).getNumericCellValue()).isEqualTo(4_000_000.02);
            assertThat(allocation.getCell(19).getNumericCellValue()).isEqualTo(-50_000);
            Row individ = sheet.getRow(2);
            assertThat(individ.getCell(2).getStringCellValue()).isEqualTo("individ");
            assertThat(individ.getCell(7).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(individ.getCell(10).getNumericCellValue()).isEqualTo(280_000.50);
            assertThat(individ.getCell(14).getNumericCellValue()).isEqualTo(2);
            Cell outcome2022 = sheet.getRow(6).getCell(10);
            assertThat(outcome2022 == null || outcome2022.getCellType() == CellType.BLANK).isTrue();
        }
    }

    @Test
    void the_allocation_is_the_same_split_as_the_metrics_association_shares() {
        JsonNode followUp = MAPPER.readTree(Cli.run("followup", DOCUMENT, "--format", "json").out).get("followUp");
        JsonNode metrics = MAPPER.readTree(Cli.run("metrics", DOCUMENT).out).get("associations").get(0).get("years");
        for (JsonNode entry : followUp) {
            JsonNode year = null;
            for (JsonNode candidate : metrics) {
                // The metrics list every funding entry; the follow-up takes a year's first.
                if (year == null && candidate.get("year").asInt() == entry.get("year").asInt()) {
                    year = candidate;
                }
            }
            assertThat(year).as("metrics year " + entry.get("year")).isNotNull();
            assertThat(entry.get("allocated").get("shares")).isEqualTo(year.get("shares"));
        }
    }

    @Test
    void a_year_without_funding_has_an_entry_with_allocated_null() {
        Cli cli = Cli.run("followup", DOCUMENT, "--year", "2020", "--format", "json");
        assertThat(cli.status).as(cli.toString()).isZero();
        JsonNode entry = MAPPER.readTree(cli.out).get("followUp").get(0);
        assertThat(entry.get("year").asInt()).isEqualTo(2020);
        assertThat(entry.get("allocated").isNull()).isTrue();
        assertThat(entry.get("insatser")).isEmpty();
    }

    @Test
    void without_funding_entries_the_text_says_to_give_a_year() {
        // The Kävlinge-Lomma förbund finances its process but the document has no funding entries, so there is
        // no funding year to follow up unless one is asked for.
        String kavlinge = Cli.DATA.resolve("kavlinge-lomma-process.json").toString();
        Cli cli = Cli.run("followup", kavlinge, "--format", "text", "--lang", "en");
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.out).contains("no förbund in the document has funding entries for a year. Give --year YEAR");
        assertThat(Cli.run("followup", kavlinge, "--format", "text", "--year", "2017", "--lang", "en").out)
            .contains("year 2017").doesNotContain("No förbund to follow up");
    }

    @Test
    void text_is_a_table_per_forbund_and_year() {
        Cli cli = Cli.run("followup", DOCUMENT, "--format", "text", "--lang", "en");
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.out).contains("Coordination association sf, year 2021")
            .contains("Allocated funds: 4,000,000.02")
            .containsPattern("individ +300,000.00 +400,000.00 +280,000.50 +370,000.50 +10–20 +2 +1 +1 +0 +0\n")
            .containsPattern("Total +300,250.00 +280,000.50 +8\n")
            .contains("Coordination association sf, year 2022");
    }

    @Test
    void not_on_a_terminal_the_default_format_is_json() {
        // Tests run without a console, as a pipe does.
        Cli cli = Cli.run("followup", DOCUMENT);
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.out).startsWith("{");
    }

    @Test
    void usage_errors_exit_2_with_one_message_and_nothing_on_standard_output() {
        for (String[] args : List.of(
                new String[] {"followup", DOCUMENT, "--format", "xlsx"},
                new String[] {"followup", DOCUMENT, "--association", "okänt"},
                new String[] {"followup", DOCUMENT, "--format", "pdf"},
                new String[] {"followup", DOCUMENT, "--year", "tjugo"},
                new String[] {"followup", DOCUMENT, "--unknown"},
                new String[] {"followup"},
                new String[] {"followup", "saknas.json"})) {
            Cli cli = Cli.run(args);
            assertThat(cli.status).as(cli.toString()).isEqualTo(2);
            assertThat(cli.out).as(cli.toString()).isEmpty();
            assertThat(cli.err.lines().count()).as(cli.toString()).isEqualTo(1);
        }
        assertThat(Cli.run("followup", DOCUMENT, "--format", "xlsx", "--lang", "en").err)
            .contains("give --out PATH");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        fields.forEachRemaining(e -> names.add(e.getKey()));
        return names;
    }
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.ReportGroup;

/**
 * For generated small projects (groups of 0–12 participations), no published output — the report text, the
 * HTML page with its charts, the report's workbook, {@code metrics --disclosed} — lets a reader read or work
 * out a count from 1 to 4. Each output is parsed as the user sees it (the workbook with Apache POI, a reader
 * independent of the one that writes it); the renderer's own flags are not consulted.
 *
 * <p>What a reader can work out, and so what is checked: a shown count; a row total minus the other shown
 * cells when one cell of the row is hidden (also a report group minus its shown outcome cells, and an
 * exit-outcome goal's numerator minus the shown outcome cells it sums); a hidden total that is the sum of
 * shown cells; the numerator, denominator and their difference behind a shown share or interval; the
 * divisor of a shown unit cost (the budget, 910 000 kr, divided by it); in the overview, the insats's counts
 * and a total beside them; per tertial, each column against the insats's started or ended; in the workbook,
 * any numeric cell with the count format.
 */
class PublishedOutputProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigDecimal BUDGET = new BigDecimal("910000.00");
    private static final List<ExitOutcome> OUTCOMES = List.of(ExitOutcome.EMPLOYMENT,
        ExitOutcome.SUBSIDISED_EMPLOYMENT, ExitOutcome.STUDIES, ExitOutcome.JOB_SEEKING, ExitOutcome.OTHER_SUPPORT,
        ExitOutcome.HEALTH_CARE, ExitOutcome.DISCONTINUED, ExitOutcome.MOVED, ExitOutcome.OTHER);
    private static final List<String> GENDERS = List.of("WOMAN", "MAN", "NON_BINARY", "UNSPECIFIED");
    /** Ages at start in 2024: 14 (−17), 29 (18–29), 39 (30–54), 64 (55–). */
    private static final List<Integer> BIRTH_YEARS = List.of(2010, 1995, 1985, 1960);

    /** What one output shows; {@code null} is a hidden figure. */
    static final class Shown {
        Integer started;
        Integer ended;
        final List<Integer> separate = new ArrayList<>();
        final List<Integer> genders = new ArrayList<>();
        final List<Integer> ages = new ArrayList<>();
        final List<Integer> outcomes = new ArrayList<>();
        final List<Integer> groups = new ArrayList<>();
        /** The share goal: whether its actual or interval is shown, its numerator and denominator. */
        boolean shareShown;
        Integer shareNumerator;
        Integer shareDenominator;
        /** The count goal: its actual and numerator (null hidden; a missing row is not checked). */
        final List<Integer> counts = new ArrayList<>();
        BigDecimal perStarted;
        BigDecimal perWork;
        /** The overview's started, ended and their totals (one insats: the total is that insats's count). */
        final List<Integer> overview = new ArrayList<>();
        BigDecimal overviewPerStarted;
        final List<Integer> tertialStarted = new ArrayList<>();
        final List<Integer> tertialEnded = new ArrayList<>();
    }

    @Property(tries = 60)
    void no_published_output_reveals_a_count_from_one_to_four(@ForAll("projects") SmallProject project)
        throws Exception {
        String document = project.json();
        Path page = Files.createTempFile("published", ".html");
        Path workbook = Files.createTempFile("published", ".xlsx");
        try {
            Cli report = Cli.runWithInput(document, "report", "-", "--html", page.toString(), "--xlsx",
                workbook.toString());
            assertThat(report.status).as(report.toString()).isZero();
            String html = Files.readString(page, StandardCharsets.UTF_8);
            Cli metrics = Cli.runWithInput(document, "metrics", "-", "--disclosed");
            assertThat(metrics.status).as(metrics.toString()).isZero();

            check("text", fromTables(textTables(report.out)), project);
            check("html", fromTables(htmlTables(html)), project);
            check("xlsx", fromTables(xlsxTables(workbook)), project);
            noSmallNumericCount(workbook);
            check("json", fromJson(JSON.readTree(metrics.out)), project);
            chartsDrawNoHiddenValue(html);
        } finally {
            Files.deleteIfExists(page);
            Files.deleteIfExists(workbook);
        }
    }

    private static void check(String output, Shown shown, SmallProject project) {
        List<Integer> all = new ArrayList<>(shown.separate);
        all.addAll(shown.genders);
        all.addAll(shown.ages);
        all.addAll(shown.outcomes);
        all.addAll(shown.groups);
        all.addAll(shown.counts);
        all.add(shown.shareNumerator);
        all.add(shown.shareDenominator);
        for (Integer count : all) {
            assertThat(small(count)).as(output + ": a shown count " + count).isFalse();
        }
        row(output + " by gender", shown.started, shown.genders);
        row(output + " by age", shown.started, shown.ages);
        row(output + " by outcome", shown.ended, shown.outcomes);
        row(output + " by group", shown.ended, shown.groups);
        if (!shown.groups.isEmpty()) {
            for (ReportGroup group : ReportGroup.values()) {
                row(output + " group " + group, shown.groups.get(group.ordinal()),
                    cellsOf(shown.outcomes, Set.copyOf(OUTCOMES.stream().filter(o -> o.reportGroup() == group).toList())));
            }
            Set<ExitOutcome> goalOutcomes = project.goalOutcomes().stream().map(ExitOutcome::valueOf)
                .collect(java.util.stream.Collectors.toSet());
            row(output + " share numerator", shown.shareNumerator, cellsOf(shown.outcomes, goalOutcomes));
            for (Integer count : shown.counts) {
                row(output + " count goal", count, cellsOf(shown.outcomes, goalOutcomes));
            }
        }
        if (shown.shareShown) {
            assertThat(shown.shareNumerator).as(output + ": a shown share needs its numerator").isNotNull();
            assertThat(shown.shareDenominator).as(output + ": a shown share needs its denominator").isNotNull();
            assertThat(small(shown.shareDenominator - shown.shareNumerator))
                .as(output + ": a shown share of " + shown.shareNumerator + "/" + shown.shareDenominator).isFalse();
        }
        if (!shown.overview.isEmpty()) {
            // Columns: the insats's started and ended, then the totals row's.
            all.addAll(shown.overview);
            row(output + " overview started", shown.overview.get(2), Collections.singletonList(shown.overview.get(0)));
            row(output + " overview ended", shown.overview.get(3), Collections.singletonList(shown.overview.get(1)));
            assertThat(shown.overview.get(0)).as(output + ": overview started").isEqualTo(shown.started);
            assertThat(shown.overview.get(1)).as(output + ": overview ended").isEqualTo(shown.ended);
        }
        row(output + " started per tertial", shown.started, shown.tertialStarted);
        row(output + " ended per tertial", shown.ended, shown.tertialEnded);
        all.addAll(shown.tertialStarted);
        all.addAll(shown.tertialEnded);
        for (Integer count : all) {
            assertThat(small(count)).as(output + ": a shown count " + count).isFalse();
        }
        for (BigDecimal cost : new BigDecimal[] {shown.perStarted, shown.perWork, shown.overviewPerStarted}) {
            if (cost != null && cost.signum() > 0) {
                int divisor = BUDGET.divide(cost, 0, RoundingMode.HALF_EVEN).intValueExact();
                assertThat(small(divisor)).as(output + ": unit cost " + cost + " divides by " + divisor).isFalse();
            }
        }
    }

    /** A total and its cells: one hidden cell beside a shown total, or a hidden total of shown cells. */
    private static void row(String what, Integer total, List<Integer> cells) {
        if (cells.isEmpty()) {
            return;
        }
        long hidden = cells.stream().filter(c -> c == null).count();
        int sumShown = cells.stream().filter(c -> c != null).mapToInt(Integer::intValue).sum();
        if (total != null && hidden == 1) {
            assertThat(small(total - sumShown)).as(what + ": total " + total + " − shown " + cells).isFalse();
        }
        if (total == null && hidden == 0) {
            assertThat(small(sumShown)).as(what + ": hidden total of shown " + cells).isFalse();
        }
    }

    private static List<Integer> cellsOf(List<Integer> outcomes, Set<ExitOutcome> which) {
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < OUTCOMES.size(); i++) {
            if (which.contains(OUTCOMES.get(i))) {
                cells.add(outcomes.get(i));
            }
        }
        return cells;
    }

    private static boolean small(Integer count) {
        return count != null && count >= 1 && count <= 4;
    }

    /** The charts: a value row whose text is the marker has no value bar and no interval whiskers. */
    private static void chartsDrawNoHiddenValue(String html) {
        List<String> sinceLabel = new ArrayList<>();
        for (String line : html.split("\n")) {
            if (line.startsWith("<text") && line.contains("text-anchor=\"end\"")) {
                sinceLabel.clear();
            } else if (line.startsWith("<text") && line.contains("text-anchor=\"start\"") && !line.contains("legend")) {
                if (line.replaceAll("<[^>]+>", "").startsWith("..")) {
                    assertThat(sinceLabel).as("chart row " + line).noneMatch(s -> s.contains("#2e7d32")
                        || s.contains("#d84315") || s.contains("#78909c") || s.contains("#1565c0")
                        || s.contains("#263238"));
                }
            } else {
                sinceLabel.add(line);
            }
        }
    }

    private static Shown fromTables(Map<String, List<List<String>>> tables) {
        Shown shown = new Shown();
        for (List<String> row : tables.getOrDefault("Deltagare", List.of())) {
            shown.separate.add(count(row.get(1)));
        }
        shown.started = shown.separate.get(0);
        shown.ended = shown.separate.get(1);
        for (List<String> row : tables.getOrDefault("Försörjning före och efter (avslutade med båda uppgifterna)",
            List.of())) {
            shown.separate.add(count(row.get(1)));
        }
        tables.getOrDefault("Påbörjade efter kön", List.of()).forEach(r -> shown.genders.add(count(r.get(1))));
        tables.getOrDefault("Påbörjade efter ålder vid start", List.of()).forEach(r -> shown.ages.add(count(r.get(1))));
        tables.getOrDefault("Avslutade efter status vid avslut", List.of())
            .forEach(r -> shown.outcomes.add(count(r.get(1))));
        tables.getOrDefault("Avslutade efter grupp", List.of()).forEach(r -> shown.groups.add(count(r.get(1))));
        for (List<String> goal : tables.get("Måluppfyllelse")) {
            if (goal.get(0).equals("Andel till arbete")) {
                shown.shareShown = !notShown(goal.get(2)) || !notShown(goal.get(3));
                shown.shareNumerator = count(goal.get(4));
                shown.shareDenominator = count(goal.get(5));
            } else {
                shown.counts.add(count(goal.get(2)));
                shown.counts.add(count(goal.get(4)));
            }
        }
        for (List<String> row : tables.getOrDefault("Översikt över insatserna", List.of())) {
            if (row.get(0).equals("Liten insats")) {
                shown.overview.add(count(row.get(4)));
                shown.overview.add(count(row.get(5)));
                shown.overviewPerStarted = amount(row.get(8));
            } else if (row.get(0).equals("Summa")) {
                // In the text its empty cells run together: the two counts follow the label.
                int at = row.size() == 10 ? 4 : 1;
                shown.overview.add(count(row.get(at)));
                shown.overview.add(count(row.get(at + 1)));
            }
        }
        for (List<String> row : tables.getOrDefault("Påbörjade och avslutade per tertial", List.of())) {
            shown.tertialStarted.add(count(row.get(1)));
            shown.tertialEnded.add(count(row.get(2)));
        }
        for (List<String> cost : tables.getOrDefault("Kostnad per deltagare", List.of())) {
            BigDecimal amount = amount(cost.get(1));
            if (cost.get(0).equals("Per påbörjat deltagande")) {
                shown.perStarted = amount;
            } else if (cost.get(0).equals("Per avslut till arbete eller studier")) {
                shown.perWork = amount;
            }
        }
        return shown;
    }

    private static Shown fromJson(JsonNode output) {
        Shown shown = new Shown();
        JsonNode project = output.get("projects").get(0);
        JsonNode participants = project.get("participants");
        for (String name : List.of("started", "ended", "ongoing", "distinctPersons")) {
            shown.separate.add(count(participants.get(name)));
        }
        shown.started = shown.separate.get(0);
        shown.ended = shown.separate.get(1);
        project.get("incomeTransitions").forEach(c -> shown.separate.add(count(c)));
        participants.get("startedByGender").forEach(c -> shown.genders.add(count(c)));
        participants.get("startedByAgeBand").forEach(c -> shown.ages.add(count(c)));
        participants.get("endedByOutcome").forEach(c -> shown.outcomes.add(count(c)));
        participants.get("endedByGroup").forEach(c -> shown.groups.add(count(c)));
        JsonNode share = project.get("goals").get(0);
        shown.shareShown = !share.get("actual").isNull() || !share.get("wilson95").isNull();
        shown.shareNumerator = count(share.get("numerator"));
        shown.shareDenominator = count(share.get("denominator"));
        JsonNode countGoal = project.get("goals").get(1);
        shown.counts.add(countGoal.get("actual").isNull() ? null : Integer.valueOf(countGoal.get("actual").stringValue()));
        shown.counts.add(count(countGoal.get("numerator")));
        JsonNode costs = project.get("costs");
        shown.perStarted = costs.get("perStartedParticipant").isNull() ? null
            : new BigDecimal(costs.get("perStartedParticipant").stringValue());
        shown.perWork = costs.get("perWorkOrStudies").isNull() ? null
            : new BigDecimal(costs.get("perWorkOrStudies").stringValue());
        return shown;
    }

    private static Integer count(JsonNode value) {
        return value.isNull() ? null : value.intValue();
    }

    /** A figure that is hidden, or does not apply, tells nothing. */
    private static boolean notShown(String text) {
        return text.equals("..") || text.equals("–") || text.equals("ej tillämpligt");
    }

    private static Integer count(String text) {
        return notShown(text) ? null : Integer.valueOf(text);
    }

    /** Kronor as the text and HTML print them ("130 000,00 kr") or as the workbook holds them ("130000"). */
    private static BigDecimal amount(String text) {
        return notShown(text) ? null
            : new BigDecimal(text.replace("\u00a0", "").replace(" kr", "").replace(',', '.'));
    }

    /**
     * The workbook's tables: per sheet, the caption in its first row and the rows under the header row, up to
     * the first empty row; a numeric cell as its plain decimal number, a text cell as its text.
     */
    static Map<String, List<List<String>>> xlsxTables(Path file) throws Exception {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                Row captionRow = sheet.getRow(0);
                Row header = sheet.getRow(1);
                if (captionRow == null || header == null) {
                    continue;
                }
                List<List<String>> rows = new ArrayList<>();
                for (int r = 2; sheet.getRow(r) != null; r++) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < header.getLastCellNum(); c++) {
                        Cell cell = sheet.getRow(r).getCell(c);
                        cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : cell.getStringCellValue());
                    }
                    rows.add(cells);
                }
                tables.put(captionRow.getCell(0).getStringCellValue(), rows);
            }
        }
        return tables;
    }

    /** No numeric cell with the count format anywhere in the workbook holds 1–4. */
    private static void noSmallNumericCount(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC
                            && cell.getCellStyle().getDataFormatString().equals("#,##0")) {
                            double value = cell.getNumericCellValue();
                            assertThat(value >= 1 && value <= 4).as("xlsx " + sheet.getSheetName() + "!"
                                + cell.getAddress() + " = " + value).isFalse();
                        }
                    }
                }
            }
        }
    }

    /** The text report's tables: caption, dashes, a header line, then rows of cells two or more spaces apart. */
    static Map<String, List<List<String>>> textTables(String text) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 1; i + 1 < lines.length; i++) {
            if (!lines[i].isEmpty() && lines[i].chars().allMatch(c -> c == '-') && lines[i].length() == lines[i - 1].length()) {
                List<List<String>> rows = new ArrayList<>();
                int j = i + 2;
                int width = lines[i + 1].strip().split(" {2,}").length + (lines[i + 1].startsWith(" ") ? 1 : 0);
                for (; j < lines.length && !lines[j].isEmpty(); j++) {
                    List<String> cells = List.of(lines[j].split(" {2,}"));
                    if (cells.size() == width || cells.get(0).equals("Summa")) {
                        rows.add(cells); // a note under the table is one cell
                    }
                }
                tables.put(lines[i - 1], rows);
                i = j;
            }
        }
        return tables;
    }

    private static final Pattern TABLE = Pattern.compile("<caption>(.*?)</caption>.*?<tbody>(.*?)</tbody>",
        Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>");

    /** The HTML page's tables: caption and body rows, cells unescaped. */
    static Map<String, List<List<String>>> htmlTables(String html) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        Matcher table = TABLE.matcher(html);
        while (table.find()) {
            List<List<String>> rows = new ArrayList<>();
            Matcher row = ROW.matcher(table.group(2));
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(row.group(1));
                while (cell.find()) {
                    cells.add(unescape(cell.group(1)));
                }
                rows.add(cells);
            }
            tables.put(unescape(table.group(1)), rows);
        }
        return tables;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
            .replace("&amp;", "&");
    }

    @Provide
    Arbitrary<SmallProject> projects() {
        Arbitrary<int[]> group = Combinators.combine(Arbitraries.integers().between(0, GENDERS.size() - 1),
            Arbitraries.integers().between(0, BIRTH_YEARS.size() - 1),
            Arbitraries.integers().between(0, OUTCOMES.size()), Arbitraries.integers().between(0, 12))
            .as((gender, year, outcome, count) -> new int[] {gender, year, outcome, count});
        Arbitrary<List<String>> goal = Arbitraries.of(OUTCOMES).set().ofMinSize(1).ofMaxSize(3)
            .map(set -> set.stream().sorted().map(Enum::name).toList());
        return Combinators.combine(group.list().ofMaxSize(6), goal).as((groups, outcomes) -> {
            SmallProject project = new SmallProject(outcomes);
            for (int[] g : groups) {
                // The last outcome index stands for an ongoing participation.
                project.add(g[3], GENDERS.get(g[0]), BIRTH_YEARS.get(g[1]),
                    g[2] == OUTCOMES.size() ? null : OUTCOMES.get(g[2]).name());
            }
            return project;
        });
    }
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The keys of the metrics output that name the project and its measurement period, the budget and outcome
 * figures by year, category and funder, and the findings' message and position, through the CLI, on a
 * project with budget and outcome lines over 2020 and 2021 in two categories and one line per year that the
 * municipality funds ({@code fundedBy}); its single financier is the förbund "sf".
 */
class MetricsCostsAndFindingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Line 22 holds the outcome's stated total; its opening brace is at column 25, after 6 spaces and 18 characters. */
    private static final String DOCUMENT = """
            { "schemaVersion": "1",
              "parties": [
                { "id": "fk", "name": "Försäkringskassan", "type": "SOCIAL_INSURANCE_AGENCY" },
                { "id": "af", "name": "Arbetsförmedlingen", "type": "PUBLIC_EMPLOYMENT_SERVICE" },
                { "id": "region", "name": "Region Norr", "type": "REGION" },
                { "id": "kommun", "name": "Norrby kommun", "type": "MUNICIPALITY", "municipalityCode": "2480" },
                { "id": "sf", "name": "Samordningsförbundet Norr", "type": "COORDINATION_ASSOCIATION" } ],
              "associations": [ { "id": "sf", "members": ["fk", "af", "region", "kommun"] } ],
              "projects": [ {
                "id": "tva-ar", "name": "Två år", "kind": "PROJECT", "orientation": "INDIVIDUAL",
                "measurement": "PERSON_LEVEL", "owner": "af", "financiers": ["sf"], "partners": ["fk", "kommun"],
                "period": { "start": "2020-01-01", "end": "2021-12-31" },
                "targetGroup": { "description": "Unga vuxna", "ageRange": { "min": 16, "max": 64 } },
                "budget": { "lines": [
                  { "year": 2020, "category": "STAFF", "item": "Koordinator", "amount": "1000" },
                  { "year": 2020, "category": "TRAVEL", "item": "Resor", "amount": "200", "fundedBy": "kommun" },
                  { "year": 2021, "category": "STAFF", "item": "Koordinator", "amount": "800" } ] },
                "outcome": { "lines": [
                  { "year": 2020, "category": "STAFF", "item": "Koordinator", "amount": "900" },
                  { "year": 2020, "category": "TRAVEL", "item": "Resor", "amount": "150", "fundedBy": "kommun" },
                  { "year": 2021, "category": "STAFF", "item": "Koordinator", "amount": "850" } ],
                  "statedTotals": [ { "year": 2020, "amount": "1000" } ] } } ],
              "participants": [] }
            """;

    @TempDir
    Path dir;

    private Path file() throws Exception {
        return Files.writeString(dir.resolve("tva-ar.json"), DOCUMENT);
    }

    private static JsonNode metrics(Cli cli) {
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.err).isEmpty();
        return JSON.readTree(cli.out);
    }

    @Test
    void the_project_names_its_period_and_as_of() throws Exception {
        JsonNode project = metrics(Cli.run("metrics", file().toString())).get("projects").get(0);
        assertThat(project.get("name").stringValue()).isEqualTo("Två år");
        // No --from/--to: the project's own period, as of its end.
        assertThat(project.get("period").get("start").stringValue()).isEqualTo("2020-01-01");
        assertThat(project.get("period").get("end").stringValue()).isEqualTo("2021-12-31");
        assertThat(project.get("asOf").stringValue()).isEqualTo("2021-12-31");

        JsonNode given = metrics(Cli.run("metrics", file().toString(), "--from", "2021-01-01", "--to", "2021-06-30",
            "--as-of", "2021-03-31")).get("projects").get(0);
        assertThat(given.get("period").get("start").stringValue()).isEqualTo("2021-01-01");
        assertThat(given.get("period").get("end").stringValue()).isEqualTo("2021-06-30");
        assertThat(given.get("asOf").stringValue()).isEqualTo("2021-03-31");
    }

    @Test
    void budget_and_outcome_by_year_category_and_funder() throws Exception {
        JsonNode costs = metrics(Cli.run("metrics", file().toString())).get("projects").get(0).get("costs");
        // Budget 1000 + 200 + 800 = 2000: 2020 1200, 2021 800; STAFF 1800, TRAVEL 200 (no other category);
        // sf 1800 = 90.0 %, kommun (fundedBy) 200 = 10.0 %.
        assertThat(costs.get("budgetTotal").stringValue()).isEqualTo("2000.00");
        assertThat(costs.get("budgetByYear").toString()).isEqualTo("{\"2020\":\"1200.00\",\"2021\":\"800.00\"}");
        assertThat(costs.get("budgetByCategory").toString()).isEqualTo("{\"STAFF\":\"1800.00\",\"TRAVEL\":\"200.00\"}");
        assertThat(costs.get("byFunder").toString()).isEqualTo("[{\"party\":\"sf\",\"amount\":\"1800.00\",\"percent\":\"90.0\"},"
            + "{\"party\":\"kommun\",\"amount\":\"200.00\",\"percent\":\"10.0\"}]");
        // Outcome 900 + 150 + 850 = 1900: 2020 1050, 2021 850; STAFF 1750, TRAVEL 150;
        // sf 1750 / 1900 = 92.105… % -> 92.1, kommun 150 / 1900 = 7.894… % -> 7.9.
        assertThat(costs.get("outcomeTotal").stringValue()).isEqualTo("1900.00");
        assertThat(costs.get("outcomeByYear").toString()).isEqualTo("{\"2020\":\"1050.00\",\"2021\":\"850.00\"}");
        assertThat(costs.get("outcomeByCategory").toString()).isEqualTo("{\"STAFF\":\"1750.00\",\"TRAVEL\":\"150.00\"}");
        assertThat(costs.get("outcomeByFunder").toString()).isEqualTo("[{\"party\":\"sf\",\"amount\":\"1750.00\",\"percent\":\"92.1\"},"
            + "{\"party\":\"kommun\",\"amount\":\"150.00\",\"percent\":\"7.9\"}]");
    }

    @Test
    void a_period_counts_the_lines_of_the_years_it_touches() throws Exception {
        JsonNode costs = metrics(Cli.run("metrics", file().toString(), "--from", "2021-01-01", "--to", "2021-06-30"))
            .get("projects").get(0).get("costs");
        // 2021 only: budget STAFF 800 and outcome STAFF 850, both the financier's alone.
        assertThat(costs.get("budgetTotal").stringValue()).isEqualTo("800.00");
        assertThat(costs.get("budgetByCategory").toString()).isEqualTo("{\"STAFF\":\"800.00\"}");
        assertThat(costs.get("outcomeTotal").stringValue()).isEqualTo("850.00");
        assertThat(costs.get("outcomeByYear").toString()).isEqualTo("{\"2021\":\"850.00\"}");
        assertThat(costs.get("outcomeByFunder").toString())
            .isEqualTo("[{\"party\":\"sf\",\"amount\":\"850.00\",\"percent\":\"100.0\"}]");
    }

    @Test
    void without_lines_in_the_period_the_budget_is_zero_and_the_outcome_null() throws Exception {
        JsonNode costs = metrics(Cli.run("metrics", file().toString(), "--from", "2022-01-01", "--to", "2022-03-31"))
            .get("projects").get(0).get("costs");
        assertThat(costs.get("budgetTotal").stringValue()).isEqualTo("0.00");
        assertThat(costs.get("budgetByYear").toString()).isEqualTo("{}");
        assertThat(costs.get("budgetByCategory").toString()).isEqualTo("{}");
        assertThat(costs.get("byFunder").toString()).isEqualTo("[]");
        for (String key : new String[] {"outcomeTotal", "outcomeByYear", "outcomeByCategory", "outcomeByFunder"}) {
            assertThat(costs.get(key).isNull()).as(key).isTrue();
        }
    }

    @Test
    void a_finding_has_its_message_in_the_language_asked_for_and_its_line_and_column() throws Exception {
        JsonNode finding = metrics(Cli.run("metrics", file().toString(), "--lang", "en")).get("findings").get(0);
        assertThat(finding.get("rule").stringValue()).isEqualTo("BUDGET_TOTAL_MISMATCH");
        assertThat(finding.get("path").stringValue()).isEqualTo("/projects/0/outcome/statedTotals/0");
        // The outcome lines of 2020 sum to 900 + 150 = 1050, the stated total says 1000.
        assertThat(finding.get("message").stringValue()).contains("2020").contains("1000.00").contains("1050.00")
            .contains("stated total");
        assertThat(finding.get("line").intValue()).isEqualTo(22);
        assertThat(finding.get("column").intValue()).isEqualTo(25);

        JsonNode swedish = metrics(Cli.run("metrics", file().toString())).get("findings").get(0);
        assertThat(swedish.get("message").stringValue()).contains("angiven summa");
    }

    @Test
    void findings_agree_with_validate_and_standard_input_with_a_file() throws Exception {
        String path = file().toString();
        JsonNode findings = metrics(Cli.run("metrics", path, "--lang", "en")).get("findings");
        Cli validate = Cli.run("validate", path, "--json", "--lang", "en");
        assertThat(findings).isEqualTo(JSON.readTree(validate.out));

        Cli fromStdin = Cli.runWithInput(DOCUMENT, "metrics", "-", "--lang", "en");
        assertThat(fromStdin.status).as(fromStdin.toString()).isZero();
        assertThat(fromStdin.out).isEqualTo(Cli.run("metrics", path, "--lang", "en").out);
    }
}

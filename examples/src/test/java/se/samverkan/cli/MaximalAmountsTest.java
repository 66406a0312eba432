package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document whose every amount is the largest a document may state, 9 999 999 999 999.99 kr: it is
 * valid, so {@code metrics} and {@code report} must measure it, from a file and from standard input, with
 * exact totals of more than 13 integer digits.
 */
class MaximalAmountsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Förbund sf (members fk, af, region, kommun-a and kommun-b, the municipalities 50/50) funds project p
     * with three lines of the largest amount (two in 2020, one in 2021) and pays Försäkringskassan's
     * handläggare of the largest annual cost over 2020–2022 in kind; an ESF fund pays project esf's two
     * lines. The stated total for 2020 is one line's amount, so one finding reports the 14-digit sum.
     */
    private static final String DOCUMENT = """
        {
          "schemaVersion": "1",
          "parties": [
            { "id": "fk", "name": "Försäkringskassan", "type": "SOCIAL_INSURANCE_AGENCY" },
            { "id": "af", "name": "Arbetsförmedlingen", "type": "PUBLIC_EMPLOYMENT_SERVICE" },
            { "id": "region", "name": "Region", "type": "REGION" },
            { "id": "kommun-a", "name": "Kommun A", "type": "MUNICIPALITY" },
            { "id": "kommun-b", "name": "Kommun B", "type": "MUNICIPALITY" },
            { "id": "sf", "name": "Samordningsförbundet", "type": "COORDINATION_ASSOCIATION" },
            { "id": "esf-fond", "name": "ESF", "type": "EU_FUND" }
          ],
          "associations": [
            { "id": "sf", "members": ["fk", "af", "region", "kommun-a", "kommun-b"],
              "funding": [ { "year": 2020, "total": "9999999999999.99" },
                           { "year": 2021, "total": "9999999999999.99" },
                           { "year": 2022, "total": "9999999999999.99" } ],
              "municipalKey": { "method": "AGREED", "shares": [ { "party": "kommun-a", "share": "0.5" },
                                                                 { "party": "kommun-b", "share": "0.5" } ] } }
          ],
          "projects": [
            { "id": "p", "name": "Projekt", "kind": "PROJECT", "orientation": "INDIVIDUAL", "measurement": "PERSON_LEVEL",
              "owner": "af", "financiers": ["sf"], "partners": ["fk", "kommun-a"],
              "period": { "start": "2020-01-01", "end": "2022-12-31" }, "targetGroup": { "description": "Alla", "ageRange": { "min": 16, "max": 64 } },
              "budget": { "lines": [
                  { "year": 2020, "category": "STAFF", "item": "A", "amount": "9999999999999.99" },
                  { "year": 2020, "category": "STAFF", "item": "B", "amount": "9999999999999.99" },
                  { "year": 2021, "category": "TRAVEL", "item": "C", "amount": "9999999999999.99" } ],
                "statedTotals": [ { "year": 2020, "amount": "9999999999999.99" } ] },
              "resources": [ { "party": "fk", "role": "Handläggare", "extent": { "fte": 1000 },
                               "annualCost": "9999999999999.99" } ],
              "outcome": { "lines": [
                  { "year": 2020, "category": "STAFF", "item": "A", "amount": "9999999999999.99" },
                  { "year": 2020, "category": "STAFF", "item": "B", "amount": "9999999999999.99" } ] } }
        ,
            { "id": "esf", "name": "ESF-projekt", "kind": "PROJECT", "orientation": "INDIVIDUAL", "measurement": "PERSON_LEVEL",
              "owner": "af", "financiers": ["esf-fond", "sf"], "partners": ["fk", "kommun-a"],
              "period": { "start": "2020-01-01", "end": "2021-12-31" }, "targetGroup": { "description": "Alla", "ageRange": { "min": 16, "max": 64 } },
              "budget": { "lines": [
                  { "year": 2020, "category": "STAFF", "item": "A", "amount": "9999999999999.99", "fundedBy": "esf-fond" },
                  { "year": 2021, "category": "STAFF", "item": "B", "amount": "9999999999999.99", "fundedBy": "esf-fond" } ] },
              "esf": { "caseNumber": "2022/00116", "programmeArea": "2", "specificObjective": "2.1", "interventionType": "102",
                       "unionCoFinancingRate": 0.5, "grantedSupport": "9999999999999.99", "totalBudget": "9999999999999.99" } }
          ],
          "participants": [
            { "id": "x1", "anonymous": true, "gender": "WOMAN", "participations": [ { "project": "p", "start": "2020-02-01", "end": "2020-06-30", "exitOutcome": "EMPLOYMENT" } ] }
          ]
        }
        """;

    @Test
    void metrics_reports_exact_totals_beyond_13_digits_from_a_file_and_from_standard_input(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("max.json"), DOCUMENT);
        Cli fromFile = Cli.run("metrics", file.toString());
        Cli fromStandardInput = Cli.runWithInput(DOCUMENT, "metrics", "-");

        assertThat(fromFile.status).as(fromFile.toString()).isZero();
        assertThat(fromStandardInput.out).isEqualTo(fromFile.out);
        JsonNode root = JSON.readTree(fromFile.out);
        JsonNode costs = root.get("projects").get(0).get("costs");
        // 3 × 9 999 999 999 999.99 = 29 999 999 999 999.97; 2020 has two lines: 19 999 999 999 999.98.
        assertThat(costs.get("budgetTotal").stringValue()).isEqualTo("29999999999999.97");
        assertThat(costs.get("budgetByYear").get("2020").stringValue()).isEqualTo("19999999999999.98");
        assertThat(costs.get("budgetByYear").get("2021").stringValue()).isEqualTo("9999999999999.99");
        assertThat(costs.get("byFunder").get(0).get("party").stringValue()).isEqualTo("sf");
        assertThat(costs.get("byFunder").get(0).get("amount").stringValue()).isEqualTo("29999999999999.97");
        // One started participation, which ended in work: the whole budget per participant.
        assertThat(costs.get("perStartedParticipant").stringValue()).isEqualTo("29999999999999.97");
        assertThat(costs.get("perWorkOrStudies").stringValue()).isEqualTo("29999999999999.97");

        JsonNode esf = root.get("projects").get(1).get("costs");
        assertThat(esf.get("budgetTotal").stringValue()).isEqualTo("19999999999999.98");
        // Half of 999 999 999 999 999 öre is 499 999 999 999 999.5 each; the tie's öre goes to the first part.
        assertThat(esf.get("esf").get("unionPart").stringValue()).isEqualTo("5000000000000.00");
        assertThat(esf.get("esf").get("nationalPart").stringValue()).isEqualTo("4999999999999.99");

        // A year's 999 999 999 999 999 öre by the key ½ : ¼ : ⅛ : ⅛ gives floors 499 999 999 999 999,
        // 249 999 999 999 999 and 124 999 999 999 999 twice (remainders .5, .75, .875, .875): the three
        // öre left go to kommun-a, kommun-b and the region.
        JsonNode year = root.get("associations").get(0).get("years").get(0);
        assertThat(year.get("total").stringValue()).isEqualTo("9999999999999.99");
        List<String> shares = new ArrayList<>();
        year.get("shares").forEach(share -> shares.add(share.get("party").stringValue() + " "
            + share.get("amount").stringValue()));
        assertThat(shares).containsExactly("fk 4999999999999.99", "region 2500000000000.00",
            "kommun-a 1250000000000.00", "kommun-b 1250000000000.00");
    }

    @Test
    void report_splits_the_costs_by_principal_exactly(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("max.json"), DOCUMENT);
        Cli fromFile = Cli.run("report", file.toString());
        Cli fromStandardInput = Cli.runWithInput(DOCUMENT, "report", "-");

        assertThat(fromFile.status).as(fromFile.toString()).isZero();
        assertThat(fromStandardInput.status).as(fromStandardInput.toString()).isZero();
        // Project p, year by year (LR: the öre left over go to the largest remainders, ties to the first):
        //   2020, 1 999 999 999 999 998 öre by ½ : ¼ : ¼ → fk 999 999 999 999 999, region 500 000 000 000 000,
        //     municipalities 499 999 999 999 999 → kommun-a 250 000 000 000 000, kommun-b 249 999 999 999 999;
        //   2021, 999 999 999 999 999 öre → fk 499 999 999 999 999, region 250 000 000 000 000,
        //     municipalities 250 000 000 000 000 → 125 000 000 000 000 each.
        // Försäkringskassan also pays its handläggare in kind: three whole years of 9 999 999 999 999.99.
        //   fk: 14 999 999 999 999.98 + 29 999 999 999 999.97 = 44 999 999 999 999.95 kr
        assertThat(fromFile.out)
            .contains("Försäkringskassan  Försäkringskassan  44\u00a0999\u00a0999\u00a0999\u00a0999,95 kr")
            .contains("Region             Region              7\u00a0500\u00a0000\u00a0000\u00a0000,00 kr")
            .contains("Kommun A           Kommun              3\u00a0750\u00a0000\u00a0000\u00a0000,00 kr")
            .contains("Kommun B           Kommun              3\u00a0749\u00a0999\u00a0999\u00a0999,99 kr")
            .contains("Summa  29\u00a0999\u00a0999\u00a0999\u00a0999,97 kr");
    }

    @Test
    void validate_reports_the_mismatch_with_the_exact_sum_of_the_year() {
        Cli cli = Cli.runWithInput(DOCUMENT, "validate", "-");

        assertThat(cli.status).as(cli.toString()).isEqualTo(1);
        // Two lines of 2020: 2 × 9 999 999 999 999.99 = 19 999 999 999 999.98.
        assertThat(cli.out).contains("BUDGET_TOTAL_MISMATCH  /projects/0/budget/statedTotals/0")
            .contains("angiven summa för 2020 är 9999999999999.99 kr men årets rader summerar till "
                + "19999999999999.98 kr");
    }
}

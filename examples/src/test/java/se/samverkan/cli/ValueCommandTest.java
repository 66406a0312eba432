package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValueCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PARAMETERS = Cli.DATA.resolve("valuation-parameters.json").toString();

    @TempDir
    Path dir;

    private static JsonNode value(String... args) {
        Cli cli = Cli.run(args);
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.err).isEmpty();
        return JSON.readTree(cli.out);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = node.propertyNames().iterator();
        names.forEachRemaining(keys::add);
        return keys;
    }

    private String file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path.toString();
    }

    @Test
    void keys_come_in_the_documented_order_with_all_five_payers() {
        JsonNode root = value("value", Cli.GEMENSAMMA_TAGET, "--parameters", PARAMETERS);
        assertThat(keys(root)).containsExactly("schemaVersion", "projects");
        JsonNode project = root.get("projects").get(0);
        assertThat(keys(project)).containsExactly("id", "period", "asOf", "valued", "horizonYears", "factor",
            "byPayer", "society", "total", "excludedCost", "caveat");
        assertThat(project.get("byPayer")).extracting(p -> p.get("payer").stringValue()).containsExactly(
            "SOCIAL_INSURANCE_AGENCY", "PUBLIC_EMPLOYMENT_SERVICE", "REGION", "MUNICIPALITY", "OTHER_PUBLIC");
        for (JsonNode payer : project.get("byPayer")) {
            assertThat(keys(payer)).containsExactly("payer", "annualChange", "horizonValue", "cost", "net");
        }
        assertThat(keys(project.get("total")))
            .containsExactly("annualChange", "horizonValue", "cost", "net", "returnRatio", "paybackYear");
    }

    /**
     * The worked example of docs/valuation.md. The example parameters price six sources at 162 000 kr a
     * year (deadweight 0.2, so 129 600 kr per person-year that counts); activity support is not listed.
     * Of the 72 recorded participations (every set has one source): 9 left an FK benefit (sickness benefit
     * 4 + 1, sickness compensation 2 + 1 + 1), 11 left social assistance (5 + 4 + 2), 1 left unemployment
     * insurance; no one moved onto a listed source. Annual: FK 9 × 129 600 = 1 166 400, municipality
     * 11 × 129 600 = 1 425 600, other public 129 600; total 21 × 129 600 = 2 721 600.
     * q = 0.75 / 1.035 = 50/69; F = Σ_{t=0}^{4} (50/69)^t = 65 870 071 / 22 667 121 = 2.905974…
     * FK: 1 166 400 × F = 3 389 528.419…; municipality 4 142 756.956…; other public 376 614.268…;
     * total 2 721 600 × F = 7 908 899.645…. The förbund's 2 755 000 by its key: FK ½ = 1 377 500, region and
     * municipality ¼ = 688 750 each. Ratio 7 908 899.645 / 2 755 000 = 2.8707 -> 2.87. Year 1: 2 721 600 is
     * short of 2 755 000; year 2: 2 721 600 × 119/69 = 4 693 773.91 reaches it.
     */
    @Test
    void gemensamma_taget_with_the_example_parameters() {
        JsonNode project = value("value", Cli.GEMENSAMMA_TAGET, "--parameters", PARAMETERS).get("projects").get(0);
        assertThat(project.get("id").stringValue()).isEqualTo("gt-vuxna");
        assertThat(project.get("period").get("start").stringValue()).isEqualTo("2008-03-01");
        assertThat(project.get("period").get("end").stringValue()).isEqualTo("2010-02-28");
        assertThat(project.get("asOf").stringValue()).isEqualTo("2010-02-28");
        assertThat(project.get("valued").intValue()).isEqualTo(72);
        assertThat(project.get("horizonYears").intValue()).isEqualTo(5);
        assertThat(project.get("factor").stringValue()).isEqualTo("2.905974");
        JsonNode byPayer = project.get("byPayer");
        assertPayer(byPayer.get(0), "1166400.00", "3389528.42", "1377500.00", "2012028.42");
        assertPayer(byPayer.get(1), "0.00", "0.00", "0.00", "0.00");
        assertPayer(byPayer.get(2), "0.00", "0.00", "688750.00", "-688750.00");
        assertPayer(byPayer.get(3), "1425600.00", "4142756.96", "688750.00", "3454006.96");
        assertPayer(byPayer.get(4), "129600.00", "376614.27", "0.00", "376614.27");
        assertThat(project.get("society").isNull()).isTrue();
        JsonNode total = project.get("total");
        assertThat(total.get("annualChange").stringValue()).isEqualTo("2721600.00");
        assertThat(total.get("horizonValue").stringValue()).isEqualTo("7908899.65");
        assertThat(total.get("cost").stringValue()).isEqualTo("2755000.00");
        assertThat(total.get("net").stringValue()).isEqualTo("5153899.65");
        assertThat(total.get("returnRatio").stringValue()).isEqualTo("2.87");
        assertThat(total.get("paybackYear").intValue()).isEqualTo(2);
        assertThat(project.get("excludedCost").stringValue()).isEqualTo("0.00");
    }

    private static void assertPayer(JsonNode payer, String annual, String horizon, String cost, String net) {
        assertThat(payer.get("annualChange").stringValue()).isEqualTo(annual);
        assertThat(payer.get("horizonValue").stringValue()).isEqualTo(horizon);
        assertThat(payer.get("cost").stringValue()).isEqualTo(cost);
        assertThat(payer.get("net").stringValue()).isEqualTo(net);
    }

    @Test
    void the_caveat_is_in_the_chosen_language() {
        assertThat(value("value", Cli.GEMENSAMMA_TAGET, "--parameters", PARAMETERS).get("projects").get(0)
            .get("caveat").stringValue()).contains("utan kontrollgrupp").contains("inte en uppmätt effekt");
        assertThat(value("value", Cli.GEMENSAMMA_TAGET, "--parameters", PARAMETERS, "--lang", "en")
            .get("projects").get(0).get("caveat").stringValue())
            .contains("without a control group").contains("not a measured effect");
    }

    @Test
    void a_work_value_and_a_period_are_used() throws IOException {
        // Work worth 400 000 a year, H = 1, no discounting, no deadweight. In 2009 (the period given),
        // the sample's recorded participations that ended in 2009 are valued, and the costs are 2009's budget
        // lines (1 365 000, of which FK bears half).
        String parameters = file("work.json", "{\"horizonYears\": 1, \"discountRate\": 0, \"persistence\": 0,"
            + " \"employmentAnnualValue\": \"400000\"}");
        JsonNode project = value("value", Cli.GEMENSAMMA_TAGET, "--parameters", parameters,
            "--from", "2009-01-01", "--to", "2009-12-31").get("projects").get(0);
        assertThat(project.get("period").get("start").stringValue()).isEqualTo("2009-01-01");
        assertThat(project.get("factor").stringValue()).isEqualTo("1.000000");
        assertThat(project.get("byPayer").get(0).get("cost").stringValue()).isEqualTo("682500.00");
        assertThat(project.get("total").get("annualChange").stringValue()).isEqualTo("0.00");
        assertThat(project.get("total").get("paybackYear").isNull()).isTrue();
        assertThat(project.get("society").get("annualProductionGain").stringValue())
            .isEqualTo(project.get("society").get("horizonValue").stringValue());
    }

    @Test
    void without_parameters_or_with_an_unknown_project_it_is_exit_2() {
        Cli missing = Cli.run("value", Cli.GEMENSAMMA_TAGET, "--lang", "en");
        assertThat(missing.status).isEqualTo(2);
        assertThat(missing.err).contains("--parameters");
        assertThat(missing.out).isEmpty();
        Cli unknown = Cli.run("value", Cli.GEMENSAMMA_TAGET, "--parameters", PARAMETERS, "--project", "nope");
        assertThat(unknown.status).isEqualTo(2);
        assertThat(unknown.out).isEmpty();
    }

    @Test
    void an_unknown_property_in_the_parameters_is_exit_2_with_its_place() throws IOException {
        String parameters = file("unknown.json", "{\n  \"horizonYears\": 5,\n  \"discountRate\": \"0.035\",\n"
            + "  \"persistence\": \"0.75\",\n  \"horizon\": 3\n}\n");
        Cli cli = Cli.run("value", Cli.GEMENSAMMA_TAGET, "--parameters", parameters, "--lang", "en");
        assertThat(cli.status).as(cli.toString()).isEqualTo(2);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).contains(parameters).contains("line 5, column").contains("/horizon")
            .contains("\"horizon\"");
    }

    @Test
    void a_rate_out_of_range_is_exit_2_with_line_column_and_pointer() throws IOException {
        // "1.2" starts at line 4, column 18: two spaces, "persistence" (13), a colon and a space
        String parameters = file("rate.json", "{\n  \"horizonYears\": 5,\n  \"discountRate\": \"0.035\",\n"
            + "  \"persistence\": \"1.2\"\n}\n");
        Cli cli = Cli.run("value", Cli.GEMENSAMMA_TAGET, "--parameters", parameters, "--lang", "en");
        assertThat(cli.status).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err).contains("line 4, column 18, /persistence: must not be greater than 1");
    }

    @Test
    void a_payer_outside_the_five_is_exit_2_with_line_column_and_pointer() throws IOException {
        // "PRIVATE" starts at line 3, column 61: four spaces, "SOCIAL_ASSISTANCE": { (26), "annualCost": "162000", (25),
        // "payer": and a space (9)
        String parameters = file("payer.json", "{ \"horizonYears\": 5, \"discountRate\": 0, \"persistence\": 1,\n"
            + "  \"incomeSources\": {\n"
            + "    \"SOCIAL_ASSISTANCE\": { \"annualCost\": \"162000\", \"payer\": \"PRIVATE\" } } }\n");
        Cli cli = Cli.run("value", Cli.GEMENSAMMA_TAGET, "--parameters", parameters, "--lang", "en");
        assertThat(cli.status).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err).contains("line 3, column 61, /incomeSources/SOCIAL_ASSISTANCE/payer")
            .contains("\"PRIVATE\"");
    }

    @Test
    void every_problem_of_the_parameters_file_is_reported_at_once() throws IOException {
        // Two bad values: "five" (line 2, column 19: two spaces, "horizonYears" (14), a colon and a space) and
        // "PRIVATE" (line 4, column 61, as in the test above); the first no longer hides the second.
        String parameters = file("two.json", "{\n  \"horizonYears\": \"five\", \"discountRate\": 0, \"persistence\": 1,\n"
            + "  \"incomeSources\": {\n"
            + "    \"SOCIAL_ASSISTANCE\": { \"annualCost\": \"162000\", \"payer\": \"PRIVATE\" } } }\n");
        Cli cli = Cli.run("value", Cli.GEMENSAMMA_TAGET, "--parameters", parameters, "--lang", "en");
        assertThat(cli.status).as(cli.toString()).isEqualTo(2);
        assertThat(cli.out).isEmpty();
        // Every line names the file, the count line too.
        assertThat(cli.err.lines().toList()).hasSize(3).allMatch(line -> line.startsWith("samverkan: ")
            && line.contains("the parameters file " + parameters));
        assertThat(cli.err).contains("the parameters file " + parameters + ": line 2, column 19, /horizonYears")
            .contains("line 4, column 61, /incomeSources/SOCIAL_ASSISTANCE/payer")
            .contains("2 problems in the parameters file " + parameters);
    }

    @Test
    void a_missing_parameters_file_is_named_as_the_parameters_file() {
        Cli cli = Cli.run("value", Cli.GEMENSAMMA_TAGET, "--parameters", "no-such-parameters.json");
        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).isEqualTo("samverkan: parameterfilen no-such-parameters.json: filen no-such-parameters.json"
            + " finns inte\n");
    }

    @Test
    void help_describes_the_command() {
        Cli cli = Cli.run("value", "--help", "--lang", "en");
        assertThat(cli.status).isZero();
        assertThat(cli.out).contains("--parameters").contains("control group");
        assertThat(Cli.run("--help", "--lang", "en").out).contains("value FILE --parameters");
    }
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.samverkan.json.SamverkanJson;

/**
 * {@code schema metrics} prints the JSON Schema of the {@code metrics} output, and that schema fits what the
 * tool writes: the plain output and the published view of every sample (besides every metrics run of the
 * other tests, which {@link Cli} checks), a series, and it refuses an output whose shape drifted.
 */
class MetricsSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<String> documents() throws IOException {
        try (Stream<Path> files = Files.list(Cli.DATA)) {
            return files.map(Path::toString).filter(f -> f.endsWith(".json") && !f.contains("valuation-parameters"))
                .sorted().collect(Collectors.toList());
        }
    }

    private static ObjectNode metrics(String... args) {
        Cli cli = Cli.run(args);
        assertThat(cli.status).as(cli.toString()).isZero();
        return (ObjectNode) JSON.readTree(cli.out);
    }

    @Test
    void schema_metrics_prints_the_published_metrics_schema() {
        Cli cli = Cli.run("schema", "metrics");

        assertThat(cli.status).isZero();
        assertThat(cli.err).isEmpty();
        assertThat(cli.out.strip()).isEqualTo(SamverkanJson.metricsSchema().strip());
        JsonNode schema = JSON.readTree(cli.out);
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$defs").propertyNames()).contains("Metrics", "Series", "Project", "Disclosure");
    }

    @Test
    void every_definition_and_property_of_the_metrics_schema_is_described_and_closed() {
        JsonNode definitions = JSON.readTree(SamverkanJson.metricsSchema()).get("$defs");
        int properties = 0;
        for (String name : definitions.propertyNames()) {
            JsonNode definition = definitions.get(name);
            assertThat(definition.path("description").asString("")).as(name).isNotBlank();
            if (definition.has("properties")) {
                assertThat(definition.get("additionalProperties").asBoolean(true)).as(name).isFalse();
                for (String property : definition.get("properties").propertyNames()) {
                    assertThat(definition.get("properties").get(property).path("description").asString(""))
                        .as(name + "." + property).isNotBlank();
                    properties++;
                }
            }
        }
        assertThat(properties).isGreaterThan(80);
    }

    @Test
    void the_plain_output_and_the_published_view_of_every_sample_match_the_schema() throws IOException {
        List<String> documents = documents();
        assertThat(documents).hasSizeGreaterThanOrEqualTo(5);
        for (String document : documents) {
            // Cli checks each output against the schema; here the outputs are also looked at.
            ObjectNode plain = metrics("metrics", document);
            ObjectNode published = metrics("metrics", document, "--disclosed");
            assertThat(plain.has("disclosure")).isFalse();
            assertThat(published.propertyNames().stream().reduce((a, b) -> b)).hasValue("disclosure");
            assertThat(Schemas.metricsErrors(plain.toString())).as(document).isEmpty();
            assertThat(Schemas.metricsErrors(published.toString())).as(document).isEmpty();
        }
    }

    @Test
    void the_schema_covers_structures_hidden_figures_and_the_esf_split() {
        // The samples between them write every optional part: structures, nulls of the published view, ESF.
        ObjectNode structures = metrics("metrics", Cli.DATA.resolve("gavleborg-struktur.json").toString());
        assertThat(structures.get("structures").size()).isPositive();
        ObjectNode published = metrics("metrics", Cli.GEMENSAMMA_TAGET, "--disclosed");
        assertThat(published.get("disclosure").get("suppressed").size()).isPositive();
        ObjectNode esf = metrics("metrics", Cli.GRANSGANGARE);
        assertThat(esf.get("projects").get(0).get("costs").get("esf").isObject()).isTrue();
    }

    /** A series as the spec of {@code metrics --by} shapes it, around a real project object of the tool. */
    private static ObjectNode series(ObjectNode plain) {
        ObjectNode project = (ObjectNode) plain.get("projects").get(0).deepCopy();
        project.putNull("costs"); // a tertial is shorter than a year: no costs
        ObjectNode series = JSON.createObjectNode();
        series.put("schemaVersion", "1");
        series.put("by", "TERTIAL");
        ObjectNode entry = series.putArray("series").addObject();
        entry.putObject("period").put("start", "2008-03-01").put("end", "2008-04-30");
        entry.put("asOf", "2008-04-30");
        entry.putArray("projects").add(project);
        series.set("findings", plain.get("findings"));
        return series;
    }

    @Test
    void a_series_matches_the_schema() {
        ObjectNode plain = metrics("metrics", Cli.GEMENSAMMA_TAGET);
        ObjectNode series = series(plain);
        assertThat(Schemas.metricsErrors(series.toString())).isEmpty();

        ObjectNode published = series.deepCopy();
        published.putObject("disclosure").put("minimum", 5).putArray("suppressed")
            .add("/series/0/projects/0/participants/ongoing");
        ((ObjectNode) published.get("series").get(0).get("projects").get(0).get("participants")).putNull("ongoing");
        assertThat(Schemas.metricsErrors(published.toString())).isEmpty();

        ObjectNode weekly = series.deepCopy().put("by", "WEEK");
        assertThat(Schemas.metricsErrors(weekly.toString())).isNotEmpty();
        ObjectNode withAssociations = series.deepCopy();
        withAssociations.set("associations", plain.get("associations"));
        assertThat(Schemas.metricsErrors(withAssociations.toString())).as("a series has no associations").isNotEmpty();
    }

    @Test
    void an_output_whose_shape_drifted_is_refused() {
        ObjectNode plain = metrics("metrics", Cli.GEMENSAMMA_TAGET);
        assertThat(Schemas.metricsErrors(plain.toString())).isEmpty();

        ObjectNode renamed = plain.deepCopy();
        ObjectNode participants = (ObjectNode) renamed.get("projects").get(0).get("participants");
        participants.set("begun", participants.remove("started"));
        assertThat(Schemas.metricsErrors(renamed.toString())).as("a key renamed").isNotEmpty();

        ObjectNode countAsString = plain.deepCopy();
        ObjectNode counts = (ObjectNode) countAsString.get("projects").get(0).get("participants");
        counts.put("started", counts.get("started").asString());
        assertThat(Schemas.metricsErrors(countAsString.toString())).as("a count as a string").isNotEmpty();

        ObjectNode moneyAsNumber = plain.deepCopy();
        ((ObjectNode) moneyAsNumber.get("projects").get(0).get("costs")).put("budgetTotal", 2755000);
        assertThat(Schemas.metricsErrors(moneyAsNumber.toString())).as("money as a number").isNotEmpty();

        ObjectNode oneDecimalTooMany = plain.deepCopy();
        ((ObjectNode) oneDecimalTooMany.get("projects").get(0).get("costs")).put("budgetTotal", "2755000.000");
        assertThat(Schemas.metricsErrors(oneDecimalTooMany.toString())).as("money with three decimals").isNotEmpty();

        ObjectNode withoutFindings = plain.deepCopy();
        withoutFindings.remove("findings");
        assertThat(Schemas.metricsErrors(withoutFindings.toString())).as("a key missing").isNotEmpty();

        ObjectNode missingGender = plain.deepCopy();
        ((ObjectNode) missingGender.get("projects").get(0).get("participants").get("startedByGender")).remove("MAN");
        assertThat(Schemas.metricsErrors(missingGender.toString())).as("a gender left out").isNotEmpty();

        ObjectNode unknownRule = plain.deepCopy();
        ArrayNode findings = (ArrayNode) unknownRule.get("findings");
        findings.addObject().put("rule", "se.samverkan.validation.NonNegative.message").put("severity", "ERROR")
            .put("path", "/x").put("message", "m").putNull("line").putNull("column");
        assertThat(Schemas.metricsErrors(unknownRule.toString())).as("a bundle key as a rule id").isNotEmpty();
    }
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.json.SamverkanJson;

class SchemaCommandTest {

    @Test
    void prints_the_published_json_schema() {
        Cli cli = Cli.run("schema");

        assertThat(cli.status).isZero();
        assertThat(cli.err).isEmpty();
        assertThat(cli.out.strip()).isEqualTo(SamverkanJson.schema().strip());
        JsonNode schema = JsonMapper.builder().build().readTree(cli.out);
        assertThat(schema.get("$schema").stringValue()).contains("2020-12");
        assertThat(schema.toString()).contains("\"participants\"", "\"projects\"", "SOCIAL_INSURANCE_AGENCY");
        assertThat(Cli.run("schema", "document").out).isEqualTo(cli.out);
    }

    @Test
    void any_other_argument_is_a_usage_error() {
        for (String[] args : new String[][] {{"schema", "metric"}, {"schema", "document", "metrics"},
            {"schema", "metrics", "metrics"}}) {
            Cli cli = Cli.run(args);
            assertThat(cli.status).as(cli.toString()).isEqualTo(2);
            assertThat(cli.out).isEmpty();
            assertThat(cli.err).isNotEmpty().doesNotContain("Exception");
        }
        assertThat(Cli.run("schema", "document", "metrics", "--lang", "en").err).contains("'metrics'");
    }

    @Test
    void every_sample_document_is_valid_against_the_printed_schema() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Cli.DATA)) {
            samples = files.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("valuation-parameters"))
                .sorted().collect(Collectors.toList());
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
        for (Path sample : samples) {
            assertThat(Schemas.documentErrors(Files.readString(sample))).as(sample.toString()).isEmpty();
        }
    }
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    }
}

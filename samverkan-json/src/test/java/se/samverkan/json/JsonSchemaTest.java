package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.ModelArbitraries;
import se.samverkan.model.testing.SeedDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema (draft 2020-12) is the one generated from the model, accepts every sample and
 * every valid document the library writes, and rejects structurally bad documents.
 */
class JsonSchemaTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    /** The published schema, loaded on first use (the drift test must run even when it is broken). */
    private static final class Published {
        static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SamverkanJson.schema(), InputFormat.JSON);
        static final JsonNode TREE = JsonMapper.builder().build().readTree(SamverkanJson.schema());
    }

    @Test
    void the_committed_schema_is_the_one_generated_from_the_model() throws Exception {
        String generated = SchemaGeneration.generate();
        if (Boolean.getBoolean("samverkan.schema.write")) {
            Files.writeString(SchemaGeneration.COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SchemaGeneration.COMMITTED))
            .as("the model changed: regenerate with -Dsamverkan.schema.write=true and commit the schema")
            .isEqualTo(generated);
        assertThat(SamverkanJson.schema()).isEqualTo(generated);
    }

    @Test
    void the_schema_is_draft_2020_12_with_required_properties_enums_patterns_bounds_and_closed_objects() {
        assertThat(Published.TREE.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(Published.TREE.get("additionalProperties").asBoolean(true)).isFalse();
        JsonNode party = Published.TREE.get("$defs").get("Party");
        assertThat(names(party.get("required"))).containsExactly("id", "name", "type");
        assertThat(names(party.get("properties").propertyNames().stream().collect(Collectors.toList())))
            .containsExactly("id", "name", "type", "parent", "organisationNumber", "municipalityCode", "population");
        assertThat(party.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(party.get("properties").get("id").get("pattern").asString())
            .isEqualTo("^(?:[a-z0-9][a-z0-9._-]{0,63})$");
        assertThat(party.get("properties").get("name").get("maxLength").asInt()).isEqualTo(300);
        assertThat(names(Published.TREE.get("$defs").get("Gender").get("enum")))
            .containsExactly("WOMAN", "MAN", "NON_BINARY", "UNSPECIFIED");
        JsonNode line = Published.TREE.get("$defs").get("BudgetLine").get("properties");
        assertThat(line.get("year").get("minimum").asInt()).isEqualTo(1990);
        assertThat(line.get("year").get("maximum").asInt()).isEqualTo(2100);
        assertThat(line.get("amount").get("$ref").asString()).isEqualTo("#/$defs/Amount");
        assertThat(Published.TREE.get("$defs").get("Participation").get("properties").get("authorityContacts")
            .get("uniqueItems").asBoolean()).isTrue();
    }

    @Test
    void the_example_of_json_md_is_valid() throws Exception {
        assertThat(errors(Files.readString(Path.of("src/test/resources/se/samverkan/json/spec-example.json"))))
            .isEmpty();
    }

    @Test
    void the_seed_documents_as_written_are_valid() {
        Stream.of(SeedDocuments.gemensammaTagetVuxna(60, 11), SeedDocuments.kavlingeLommaProcess(),
                SeedDocuments.mysamGavleForstudie(), SeedDocuments.gransgangareEsf())
            .forEach(document -> assertThat(errors(JSON.write(document))).isEmpty());
    }

    @Provide
    Arbitrary<SamverkanDocument> validDocuments() {
        return ModelArbitraries.validDocuments();
    }

    @Property(tries = 60)
    void every_valid_document_as_written_is_valid_against_the_schema(
            @ForAll("validDocuments") SamverkanDocument document) {
        assertThat(errors(JSON.write(document))).isEmpty();
    }

    @Test
    void structurally_bad_documents_are_rejected() {
        assertRejected("{ \"extra\": 1 }", "additionalProperties");
        assertRejected("{ \"parties\": [ { \"id\": \"fk\", \"name\": \"F\" } ] }", "required");
        assertRejected("{ \"parties\": [ { \"id\": \"fk\", \"name\": \"F\", \"type\": \"BANK\" } ] }", "enum");
        assertRejected("{ \"parties\": [ { \"id\": \"fk\", \"name\": \"F\", \"type\": \"REGION\", \"nmae\": 1 } ] }",
            "additionalProperties");
        assertRejected("{ \"parties\": [ { \"id\": \"FK\", \"name\": \"F\", \"type\": \"REGION\" } ] }", "pattern");
        assertRejected("{ \"participants\": [ { \"id\": \"p\", \"gender\": \"MAN\", \"birthYear\": \"1975\" } ] }",
            "type");
        assertRejected("{ \"participants\": [ { \"id\": \"p\", \"gender\": \"MAN\", \"participations\": "
            + "[ { \"project\": \"gt\", \"start\": \"31/03/2008\" } ] } ] }", "pattern");
        assertRejected("{ \"associations\": [ { \"id\": \"sf\", \"funding\": [ { \"year\": 2008, \"total\": \"6 Mkr\" } ] } ] }",
            "pattern");
        assertRejected("{ \"parties\": {} }", "type");
    }

    private static void assertRejected(String json, String keyword) {
        List<Error> errors = errors(json);
        assertThat(errors).as(json).isNotEmpty();
        assertThat(errors).extracting(Error::getKeyword).as(json).contains(keyword);
    }

    private static List<Error> errors(String json) {
        return Published.SCHEMA.validate(json, InputFormat.JSON,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }

    private static List<String> names(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).collect(Collectors.toList());
    }

    private static List<String> names(List<String> names) {
        return names;
    }
}

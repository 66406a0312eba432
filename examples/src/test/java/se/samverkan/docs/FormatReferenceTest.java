package se.samverkan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/format.md documents every object of the JSON Schema that the tool prints ({@code schema}): each
 * object's properties together in one table of the page (a table whose first column is "property"), and
 * every code of every enumeration as a row of a code table.
 */
class FormatReferenceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The schema as {@code java -jar samverkan-cli.jar schema} prints it. */
    private static JsonNode schema() {
        UserDocs.Run run = UserDocs.tool("", "schema");
        assertThat(run.status()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    /** Every object of the schema, found by walking it from the root: where it is → its property names. */
    private static Map<String, Set<String>> objects(JsonNode schema) {
        Map<String, Set<String>> objects = new LinkedHashMap<>();
        walk(schema, schema, "#", objects, new HashSet<>());
        return objects;
    }

    private static void walk(JsonNode node, JsonNode schema, String where, Map<String, Set<String>> objects,
            Set<String> seen) {
        if (node == null || !node.isObject()) {
            return;
        }
        JsonNode ref = node.get("$ref");
        if (ref != null) {
            String target = ref.asString();
            assertThat(target).startsWith("#/$defs/");
            if (seen.add(target)) {
                walk(schema.get("$defs").get(target.substring("#/$defs/".length())), schema, target, objects, seen);
            }
        }
        JsonNode properties = node.get("properties");
        if (properties != null) {
            // A rule of an object (oneOf, if/then) may name some of its properties again: merge, never replace.
            Set<String> names = new LinkedHashSet<>(properties.propertyNames());
            objects.computeIfAbsent(where, w -> new LinkedHashSet<>()).addAll(names);
            for (String name : names) {
                walk(properties.get(name), schema, where + "/properties/" + name, objects, seen);
            }
        }
        for (String list : List.of("anyOf", "oneOf", "allOf")) {
            if (node.get(list) != null) {
                for (JsonNode each : node.get(list)) {
                    walk(each, schema, where, objects, seen);
                }
            }
        }
        walk(node.get("items"), schema, where + "/items", objects, seen);
        walk(node.get("additionalProperties"), schema, where + "/additionalProperties", objects, seen);
    }

    /** The property tables of format.md: for each, the names in its first column. */
    private static List<Set<String>> propertyTables() {
        List<Set<String>> tables = new ArrayList<>();
        for (List<List<String>> table : UserDocs.tables(UserDocs.page("format.md"))) {
            if (table.get(0).get(0).equals("property")) {
                Set<String> names = new LinkedHashSet<>();
                for (List<String> row : table.subList(1, table.size())) {
                    names.addAll(UserDocs.codeSpans(row.get(0)));
                }
                tables.add(names);
            }
        }
        return tables;
    }

    @Test
    void the_walk_finds_the_whole_schema() {
        Map<String, Set<String>> objects = objects(schema());

        // The document, its four root arrays' objects and everything inside them: not a vacuous walk.
        assertThat(objects).containsKey("#").hasSizeGreaterThan(20);
        assertThat(objects.get("#")).contains("schemaVersion", "parties", "associations", "projects", "participants");
        assertThat(objects.values().stream().mapToInt(Set::size).sum()).isGreaterThan(100);
    }

    @Test
    void every_object_of_the_schema_has_a_table_with_all_its_properties() {
        List<Set<String>> tables = propertyTables();
        Set<String> documented = new HashSet<>();
        tables.forEach(documented::addAll);

        objects(schema()).forEach((where, properties) -> {
            assertThat(documented).as("properties of %s documented in format.md", where).containsAll(properties);
            assertThat(tables).as("a table of format.md with every property of %s: %s", where, properties)
                .anyMatch(table -> table.containsAll(properties));
        });
    }

    @Test
    void every_code_of_the_schema_is_a_row_of_a_code_table() {
        Set<String> codes = new HashSet<>();
        for (List<List<String>> table : UserDocs.tables(UserDocs.page("format.md"))) {
            if (table.get(0).get(0).equals("code")) {
                table.subList(1, table.size()).forEach(row -> codes.addAll(UserDocs.codeSpans(row.get(0))));
            }
        }
        JsonNode definitions = schema().get("$defs");
        int enumerations = 0;
        for (String name : definitions.propertyNames()) {
            JsonNode values = definitions.get(name).get("enum");
            if (values != null) {
                enumerations++;
                for (JsonNode value : values) {
                    assertThat(codes).as("code %s of %s in a code table of format.md", value.asString(), name)
                        .contains(value.asString());
                }
            }
        }
        assertThat(enumerations).isGreaterThan(10);
    }
}

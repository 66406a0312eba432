package se.samverkan.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.samverkan.model.Labelled;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.range.IntRange;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the generated schema takes from its two hand-written resources beside the model: the names of the
 * definitions whose Java type has no domain name, {@code schema/definitions.json} (the value types money,
 * non-negative money, shares, plain decimals, dates and survey answers, and the rules that span properties
 * of one object, such as an anonymous participant's missing personal fields), and
 * {@code schema/descriptions.properties}, the one place every description of the schema comes from
 * (keyed {@code Definition} and {@code Definition.property}; an enumeration's codes and their Swedish
 * labels are added from the model's {@link Labelled} constants).
 */
final class SchemaDefinitions {

    /** Definition names for the Java types that are not named after the domain. */
    private static final Map<Class<?>, String> NAMES = Map.of(SamverkanDocument.class, "Document",
        BigDecimal.class, "Decimal", LocalDate.class, "Date", IntRange.class, "Range", Map.class, "SurveyAnswers");

    private static final String DEFS = "#/$defs/";
    private static final String NULLABLE = "-nullable";
    private static final JsonNode RESOURCE = readTree("schema/definitions.json");
    private static final Properties DESCRIPTIONS = readProperties("schema/descriptions.properties");

    private SchemaDefinitions() {
    }

    /** The definition name of a Java type: its domain name. */
    static String name(Class<?> type) {
        return NAMES.getOrDefault(type, type.getSimpleName());
    }

    /** The hand-written definition of a value type, or null when the generator derives it from the model. */
    static ObjectNode valueType(Class<?> type) {
        JsonNode node = RESOURCE.get("values").get(name(type));
        return node == null ? null : (ObjectNode) node.deepCopy();
    }

    /**
     * Finishes the generated schema: nullable references inline, non-negative amounts, the remaining value
     * types and the rules of definitions.json, and a description on the root, every definition and every
     * property.
     *
     * @param root        the generated schema
     * @param nonNegative the properties ({@code Definition.property}) whose amounts may not be negative
     * @param types       the Java type of each definition
     * @throws IllegalStateException when a description is missing or one is not used
     */
    static void complete(ObjectNode root, Set<String> nonNegative, Map<String, Class<?>> types) {
        ObjectNode defs = (ObjectNode) root.get("$defs");
        inlineNullables(root, defs);
        for (String property : nonNegative) {
            String[] at = property.split("\\.");
            JsonNode node = defs.get(at[0]).get("properties").get(at[1]);
            replaceRefs(node, DEFS + "Amount", DEFS + "NonNegativeAmount");
        }
        RESOURCE.get("values").properties().forEach(e -> {
            if (!defs.has(e.getKey())) {
                defs.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        RESOURCE.get("rules").properties().forEach(e ->
            e.getValue().properties().forEach(rule -> ((ObjectNode) defs.get(e.getKey())).set(rule.getKey(),
                rule.getValue().deepCopy())));
        ObjectNode sorted = root.objectNode();
        new TreeSet<>(defs.propertyNames()).forEach(name -> sorted.set(name, defs.get(name)));
        root.set("$defs", sorted);
        Set<String> used = new HashSet<>();
        sorted.properties().forEach(e -> describe((ObjectNode) e.getValue(), e.getKey(), types.get(e.getKey()), used));
        describe(root, "Document", null, used);
        first(root, "title", root.get("title"));
        first(root, "$schema", root.get("$schema"));
        Set<String> unused = new TreeSet<>(DESCRIPTIONS.stringPropertyNames());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new IllegalStateException("descriptions.properties describes what the schema lacks: " + unused);
        }
    }

    /** victools' {@code X-nullable} definitions written where they are used: {@code anyOf} null or X. */
    private static void inlineNullables(ObjectNode root, ObjectNode defs) {
        List<String> nullable = defs.propertyNames().stream().filter(n -> n.endsWith(NULLABLE))
            .collect(Collectors.toList());
        walk(root, node -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.asString().endsWith(NULLABLE)) {
                JsonNode target = defs.get(ref.asString().substring(DEFS.length()));
                node.remove("$ref");
                target.properties().forEach(e -> node.set(e.getKey(), e.getValue().deepCopy()));
            }
            // victools puts "additionalProperties": false beside an anyOf of scalars, where it means nothing.
            if (node.has("anyOf") && !node.has("properties") && node.path("additionalProperties").isBoolean()) {
                node.remove("additionalProperties");
            }
        });
        nullable.forEach(defs::remove);
    }

    private static void replaceRefs(JsonNode node, String from, String to) {
        walk(node, object -> {
            if (object.has("$ref") && object.get("$ref").asString().equals(from)) {
                object.put("$ref", to);
            }
        });
    }

    private static void walk(JsonNode node, java.util.function.Consumer<ObjectNode> action) {
        if (node instanceof ObjectNode) {
            action.accept((ObjectNode) node);
            new ArrayList<>(node.values()).forEach(child -> walk(child, action));
        } else if (node instanceof ArrayNode) {
            node.forEach(child -> walk(child, action));
        }
    }

    /** The description first, then what the generator wrote; the same for each property. */
    private static void describe(ObjectNode node, String name, Class<?> type, Set<String> used) {
        String text = description(name, used);
        if (type != null && type.isEnum() && Labelled.class.isAssignableFrom(type)) {
            text += " Codes (Swedish label): " + Arrays.stream(type.getEnumConstants())
                .map(code -> ((Enum<?>) code).name() + " (" + ((Labelled) code).swedishLabel() + ")")
                .collect(Collectors.joining(", ")) + ".";
        }
        first(node, "description", node.stringNode(text));
        JsonNode properties = node.get("properties");
        if (properties != null) {
            properties.properties().forEach(e -> first((ObjectNode) e.getValue(), "description",
                node.stringNode(description(name + "." + e.getKey(), used))));
        }
    }

    private static String description(String key, Set<String> used) {
        String text = DESCRIPTIONS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no description for " + key + " in schema/descriptions.properties");
        }
        used.add(key);
        return text;
    }

    /** Sets a key of an object as its first. */
    private static void first(ObjectNode node, String key, JsonNode value) {
        ObjectNode rest = node.deepCopy();
        rest.remove(key);
        node.removeAll();
        node.set(key, value);
        node.setAll(rest);
    }

    private static JsonNode readTree(String resource) {
        try (InputStream in = open(resource)) {
            return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties readProperties(String resource) {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream open(String resource) {
        InputStream in = SchemaDefinitions.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}

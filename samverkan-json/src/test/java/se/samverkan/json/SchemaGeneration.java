package se.samverkan.json;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import se.samverkan.json.internal.ModelBindings;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.MunicipalityCode;
import se.samverkan.model.validation.NonNegative;
import se.samverkan.model.validation.Text;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of the document from the model with victools
 * jsonschema-generator: one property per model attribute (the same names and order as the JSON form),
 * required attributes, enum codes, the model's id and code patterns (anchored), length and number bounds,
 * unique items for sets, {@code additionalProperties: false}, {@code null} allowed exactly where the
 * reader takes it as "not given" (optional and defaulted attributes, arrays), and hand-written
 * definitions for money, shares, decimals and dates.
 *
 * <p>Run {@code main} (or the drift test with {@code -Dsamverkan.schema.write=true}) to rewrite the
 * committed schema after a model change.
 */
public final class SchemaGeneration {

    /** Where the published schema lives in the sources. */
    public static final Path COMMITTED =
        Path.of("src", "main", "resources", "se", "samverkan", "json", "samverkan.schema.json");

    /**
     * A text with a character that is not white space as {@link Character#isWhitespace} (the model's
     * {@code isBlank}) has it: unanchored, one character of the class is enough. Written with backslash-u
     * escapes, which Java and ECMA-262 regexes read alike.
     */
    private static final String NOT_BLANK = IntStream.rangeClosed(0, Character.MAX_VALUE)
        .filter(Character::isWhitespace).mapToObj(c -> String.format("\\u%04X", c))
        .collect(Collectors.joining("", "[^", "]"));

    private SchemaGeneration() {
    }

    /**
     * Rewrites the committed schema.
     *
     * @param args ignored
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Files.writeString(COMMITTED, generate(), StandardCharsets.UTF_8);
    }

    /**
     * The schema text: pretty-printed, properties in JSON order, a final newline.
     *
     * @return the schema, never null
     */
    public static String generate() {
        Set<String> nonNegative = new HashSet<>();
        Map<String, Class<?>> types = new HashMap<>();
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
            OptionPreset.PLAIN_JSON)
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                Option.PLAIN_DEFINITION_KEYS, Option.FLATTENED_OPTIONALS, Option.FLATTENED_ENUMS,
                Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                Option.NULLABLE_ALWAYS_AS_ANYOF)
            .without(Option.PUBLIC_NONSTATIC_FIELDS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.VALUES_FROM_CONSTANT_FIELDS);
        config.forFields().withIgnoreCheck(field -> true);
        config.forMethods()
            .withIgnoreCheck(method -> !isAttribute(method.getRawMember()))
            // An OptionalInt is written as its int, or left out: an integer like an Optional<Integer>.
            .withTargetTypeOverridesResolver(method -> method.getRawMember().getReturnType() == OptionalInt.class
                ? List.of(method.getContext().resolve(Integer.class)) : null)
            .withPropertyNameOverrideResolver(method -> attributeName(method.getRawMember()))
            .withRequiredCheck(method -> isRequired(method.getRawMember()))
            // As the reader: an optional or defaulted attribute, or an array, may be null (= not given).
            .withNullableCheck(method -> !method.isFakeContainerItemScope() && !isRequired(method.getRawMember()))
            .withInstanceAttributeOverride((node, method, context) -> {
                if (!method.isFakeContainerItemScope() && find(method, NonNegative.class) != null) {
                    nonNegative.add(property(method.getDeclaringType().getErasedType(), method.getRawMember()));
                }
            })
            .withStringPatternResolver(SchemaGeneration::pattern)
            .withStringMinLengthResolver(method -> find(method, Text.class) == null ? null : 1)
            .withStringMaxLengthResolver(method -> {
                Text text = find(method, Text.class);
                return text == null ? null : text.max();
            })
            .withNumberInclusiveMinimumResolver(SchemaGeneration::minimum)
            .withNumberInclusiveMaximumResolver(SchemaGeneration::maximum)
            .withNumberExclusiveMinimumResolver(method -> {
                DecimalMin min = find(method, DecimalMin.class);
                return min != null && !min.inclusive() ? new BigDecimal(min.value()) : null;
            })
            .withArrayUniqueItemsResolver(method -> method.isFakeContainerItemScope()
                || !Set.class.isAssignableFrom(method.getRawMember().getReturnType()) ? null : Boolean.TRUE);
        config.forTypesInGeneral()
            .withDefinitionNamingStrategy((key, context) -> {
                Class<?> type = key.getType().getErasedType();
                types.put(SchemaDefinitions.name(type), type);
                return SchemaDefinitions.name(type);
            })
            .withCustomDefinitionProvider(SchemaGeneration::valueDefinition)
            .withPropertySorter((a, b) -> Integer.compare(position(a.getDeclaringType().getErasedType(), a.getSchemaPropertyName()),
                position(b.getDeclaringType().getErasedType(), b.getSchemaPropertyName())));
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(SamverkanDocument.class);
        withPlainPropertyNames(schema);
        ObjectNode root = schema.objectNode();
        root.put("$schema", schema.get("$schema").asString());
        root.put("title", "samverkan document");
        schema.properties().forEach(entry -> {
            if (!entry.getKey().equals("$schema")) {
                root.set(entry.getKey(), entry.getValue());
            }
        });
        // The reader takes an absent version as the current one; the schema asks every document to name it.
        root.withArray("required").add("schemaVersion");
        root.withObject("properties").putObject("schemaVersion").put("type", "string")
            .put("const", SamverkanDocument.SCHEMA_VERSION);
        SchemaDefinitions.complete(root, nonNegative, types);
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        return mapper.writeValueAsString(root) + "\n";
    }

    /** A property's key in the schema resources: its definition's name, a dot, the property. */
    private static String property(Class<?> type, Method method) {
        return SchemaDefinitions.name(type) + "." + attributeName(method);
    }

    private static int position(Class<?> type, String property) {
        int at = ModelBindings.propertyOrder(type).indexOf(plain(property));
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** victools names a method property {@code name()}; the JSON property is the plain name. */
    private static String plain(String property) {
        return property.endsWith("()") ? property.substring(0, property.length() - 2) : property;
    }

    private static void withPlainPropertyNames(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            JsonNode properties = object.get("properties");
            if (properties instanceof ObjectNode) {
                ObjectNode renamed = object.objectNode();
                properties.properties().forEach(e -> renamed.set(plain(e.getKey()), e.getValue()));
                object.set("properties", renamed);
            }
            JsonNode required = object.get("required");
            if (required instanceof ArrayNode) {
                ArrayNode names = object.arrayNode();
                required.forEach(n -> names.add(plain(n.asString())));
                object.set("required", names);
            }
            object.properties().forEach(e -> withPlainPropertyNames(e.getValue()));
        } else if (node instanceof ArrayNode) {
            node.forEach(SchemaGeneration::withPlainPropertyNames);
        }
    }

    private static boolean isAttribute(Method method) {
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
            && method.getDeclaringClass().getPackageName().startsWith("se.samverkan.model")
            && ModelBindings.propertyOrder(method.getDeclaringClass()).contains(attributeName(method));
    }

    private static String attributeName(Method method) {
        String name = method.getName();
        int cut = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (cut == 0 || name.length() == cut) {
            return name;
        }
        return Character.toLowerCase(name.charAt(cut)) + name.substring(cut + 1);
    }

    /** Required: abstract (no default), not optional or nullable, and not a collection (absent = empty). */
    private static boolean isRequired(Method method) {
        Class<?> type = method.getReturnType();
        return Modifier.isAbstract(method.getModifiers()) && type != Optional.class && type != OptionalInt.class
            && !method.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)
            && !Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type);
    }

    private static String pattern(MethodScope method) {
        Pattern direct = find(method, Pattern.class);
        String regexp = direct != null ? direct.regexp()
            : find(method, Id.class) != null ? Id.class.getAnnotation(Pattern.class).regexp()
            : find(method, MunicipalityCode.class) != null ? MunicipalityCode.class.getAnnotation(Pattern.class).regexp()
            : null;
        if (regexp != null) {
            return "^(?:" + regexp + ")$";
        }
        return find(method, Text.class) == null ? null : NOT_BLANK;
    }


    private static BigDecimal minimum(MethodScope method) {
        Min min = find(method, Min.class);
        if (min != null) {
            return BigDecimal.valueOf(min.value());
        }
        if (find(method, PositiveOrZero.class) != null) {
            return BigDecimal.ZERO;
        }
        if (find(method, Positive.class) != null) {
            return BigDecimal.ONE;
        }
        DecimalMin decimal = find(method, DecimalMin.class);
        return decimal != null && decimal.inclusive() ? new BigDecimal(decimal.value()) : null;
    }

    private static BigDecimal maximum(MethodScope method) {
        Max max = find(method, Max.class);
        if (max != null) {
            return BigDecimal.valueOf(max.value());
        }
        DecimalMax decimal = find(method, DecimalMax.class);
        return decimal != null && decimal.inclusive() ? new BigDecimal(decimal.value()) : null;
    }

    /** A constraint on the attribute, on its list or set elements, or on the value of an optional. */
    private static <A extends Annotation> A find(MethodScope method, Class<A> type) {
        if (method.isFakeContainerItemScope()) {
            return method.getContainerItemAnnotationConsideringFieldAndGetter(type);
        }
        if (Collection.class.isAssignableFrom(method.getRawMember().getReturnType())) {
            return null;
        }
        A direct = method.getAnnotationConsideringFieldAndGetter(type);
        if (direct != null) {
            return direct;
        }
        AnnotatedType returned = method.getRawMember().getAnnotatedReturnType();
        if (method.getRawMember().getReturnType() == Optional.class && returned instanceof AnnotatedParameterizedType) {
            return ((AnnotatedParameterizedType) returned).getAnnotatedActualTypeArguments()[0].getAnnotation(type);
        }
        return null;
    }

    /** Money, shares, plain decimals, dates and survey answers: hand-written definitions (schema/definitions.json). */
    private static CustomDefinition valueDefinition(ResolvedType type, SchemaGenerationContext context) {
        ObjectNode node = SchemaDefinitions.valueType(type.getErasedType());
        return node == null ? null : new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
            CustomDefinition.AttributeInclusion.NO);
    }

}

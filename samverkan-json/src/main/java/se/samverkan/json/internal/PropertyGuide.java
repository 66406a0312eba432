package se.samverkan.json.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.samverkan.json.SamverkanJson;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the document's objects and properties are, for the messages of missing properties: read from the
 * published JSON Schema of the document, whose every definition and property has a description of the form
 * "What it holds (<i>svensk term</i>)…". So a message names the object a property is missing from (the
 * definition, such as {@code Participation}, and its Swedish term) and what the property holds, in the words
 * the schema and docs/format.md use, and there is one source for them.
 *
 * <p>Immutable and thread-safe; the schema is read once, on the first use.
 */
final class PropertyGuide {

    private static final PropertyGuide DOCUMENT = new PropertyGuide();

    /** The guide of the document format ({@code SamverkanJson.schema()}); its schema is read on first use. */
    static PropertyGuide document() {
        return DOCUMENT;
    }

    /** The object and properties at a place, in Swedish and English. */
    record Described(String swedishObject, String englishObject, String swedishProperties, String englishProperties) {
    }

    /** The schema, read when a message first needs it (not when a reader is created). */
    private static final class Schema {
        static final JsonNode DOCUMENT = JsonMapper.builder().build().readTree(SamverkanJson.schema());
    }

    private PropertyGuide() {
    }

    /**
     * The object at {@code pointer} and the given properties of it.
     *
     * @param pointer the JSON Pointer of the object in the document
     * @param names property names of that object
     * @return the descriptions, or empty when the pointer leads to no object of the format or a name is not
     *     one of its properties
     */
    Optional<Described> describe(String pointer, List<String> names) {
        Optional<Definition> object = objectAt(pointer);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Definition definition = object.get();
        JsonNode properties = definition.node().path("properties");
        List<String> swedish = new ArrayList<>(names.size());
        List<String> english = new ArrayList<>(names.size());
        for (String name : names) {
            JsonNode property = properties.get(name);
            if (property == null) {
                return Optional.empty();
            }
            String description = property.path("description").asString("");
            swedish.add(name + swedishTerm(description).map(term -> " (" + term + ")").orElse(""));
            english.add(name + englishGist(description).map(gist -> " (" + gist + ")").orElse(""));
        }
        String swedishObject;
        String englishObject;
        if (definition.name() == null) {
            swedishObject = "dokumentet";
            englishObject = "the document";
        } else {
            String term = swedishTerm(definition.node().path("description").asString("")).orElse(definition.name());
            swedishObject = term + " (" + definition.name() + ")";
            englishObject = definition.name() + " (" + term + ")";
        }
        return Optional.of(new Described(swedishObject, englishObject, String.join(", ", swedish),
            String.join(", ", english)));
    }

    /** A definition of the schema: its name (null for the document itself) and its node. */
    private record Definition(String name, JsonNode node) {
    }

    private Optional<Definition> objectAt(String pointer) {
        Definition at = resolve(new Definition(null, Schema.DOCUMENT));
        for (JsonPointer rest = JsonPointer.compile(pointer); !rest.matches(); rest = rest.tail()) {
            if (at == null) {
                return Optional.empty();
            }
            String segment = rest.getMatchingProperty();
            JsonNode next = at.node().path("properties").get(segment);
            if (next == null && rest.mayMatchElement() && at.node().has("items")) {
                next = at.node().get("items");
            }
            if (next == null) {
                return Optional.empty();
            }
            at = resolve(new Definition(at.name(), next));
        }
        return at != null && at.node().has("properties") ? Optional.of(at) : Optional.empty();
    }

    /** Follows {@code $ref} and the non-null branch of {@code anyOf} to the node that has the value's shape. */
    private Definition resolve(Definition at) {
        Definition current = at;
        for (int hops = 0; hops < 8; hops++) {
            JsonNode node = current.node();
            if (node.has("$ref")) {
                String ref = node.get("$ref").asString();
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                current = new Definition(name, Schema.DOCUMENT.path("$defs").path(name));
            } else if (node.has("anyOf")) {
                JsonNode branch = null;
                for (JsonNode candidate : node.get("anyOf")) {
                    if (!"null".equals(candidate.path("type").asString(""))) {
                        branch = candidate;
                        break;
                    }
                }
                if (branch == null) {
                    return null;
                }
                current = new Definition(current.name(), branch);
            } else {
                return current.node().isMissingNode() ? null : current;
            }
        }
        return null;
    }

    /** The Swedish term a description gives in its first parentheses: "The first day (startdatum)." */
    static Optional<String> swedishTerm(String description) {
        int open = description.indexOf('(');
        int close = open < 0 ? -1 : description.indexOf(')', open);
        return close > open + 1 ? Optional.of(description.substring(open + 1, close)) : Optional.empty();
    }

    /**
     * What a description says the value holds, without the Swedish term and the conditions after it:
     * "The last day (slutdatum), on or after the start." gives "the last day".
     */
    static Optional<String> englishGist(String description) {
        String text = description.replaceFirst("\\s*\\([^)]*\\)", "");
        int end = text.length();
        for (String stop : new String[] {";", ":", ", ", ". "}) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        text = text.substring(0, end).strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        // "The first day" reads "the first day" within a sentence; "POPULATION splits …" and "EU's" keep theirs.
        String first = text.split(" ", 2)[0];
        boolean code = first.chars().filter(Character::isUpperCase).count() > 1;
        return Optional.of(code ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1));
    }
}

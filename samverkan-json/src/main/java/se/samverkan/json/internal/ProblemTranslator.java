package se.samverkan.json.internal;

import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.samverkan.json.JsonLimits;
import se.samverkan.json.JsonProblem;
import se.samverkan.model.money.Amount;
import se.samverkan.model.money.Share;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns whatever Jackson throws while reading into one {@link JsonProblem}: the place comes from the
 * parser itself (JSON Pointer of its current context, location of the failure), the message from our own
 * bilingual templates. Jackson's own message is only inspected, never shown.
 */
final class ProblemTranslator {

    /** Immutables' message for a builder missing required attributes ends with the names in brackets. */
    private static final Pattern MISSING = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"(.*)\"");
    private static final int MAX_QUOTED = 64;

    private final JsonLimits limits;
    private final long maxDocumentLength;
    private final PropertyGuide guide;

    ProblemTranslator(JsonLimits limits, long maxDocumentLength) {
        this(limits, maxDocumentLength, null);
    }

    /**
     * A translator whose messages for missing properties name the object and what each property holds, as
     * {@code guide} describes them (null: the names alone).
     */
    ProblemTranslator(JsonLimits limits, long maxDocumentLength, PropertyGuide guide) {
        this.limits = limits;
        this.maxDocumentLength = maxDocumentLength;
        this.guide = guide;
    }

    /** Required properties missing from the object at the parser's current place. */
    JsonProblem missing(JsonParser parser, CharacterColumns columns, List<String> names) {
        return missing(pointer(parser), columns.of(location(parser, null)), names);
    }

    private JsonProblem missing(String pointer, TokenStreamLocation location, List<String> names) {
        boolean one = names.size() == 1;
        Optional<PropertyGuide.Described> described = guide == null ? Optional.empty()
            : guide.describe(pointer, names);
        if (described.isEmpty()) {
            String joined = String.join(", ", names);
            ProblemType type = one ? ProblemType.REQUIRED_MISSING : ProblemType.REQUIRED_MISSING_SEVERAL;
            return problem(pointer, location, type.key(), type.swedish(joined), type.english(joined));
        }
        PropertyGuide.Described d = described.get();
        ProblemType type = one ? ProblemType.REQUIRED_MISSING_IN : ProblemType.REQUIRED_MISSING_SEVERAL_IN;
        return problem(pointer, location, type.key(), type.swedish(d.swedishObject(), d.swedishProperties()),
            type.english(d.englishObject(), d.englishProperties()));
    }

    /** A problem of the given type at the parser's current place, its column counted in characters. */
    static JsonProblem at(JsonParser parser, CharacterColumns columns, ProblemType type, String[] swedish,
            String[] english) {
        return problem(pointer(parser), columns.of(location(parser, null)), type.key(), type.swedish(swedish),
            type.english(english));
    }

    /** Whether the failure is an I/O failure other than bad encoding (to be rethrown as such). */
    static boolean isInputFailure(JacksonException e) {
        return e instanceof JacksonIOException && !(e.getCause() instanceof CharacterCodingException);
    }

    /** Whether the failure is text that is not UTF-8. */
    static boolean isEncodingFailure(JacksonException e) {
        return e instanceof JacksonIOException && e.getCause() instanceof CharacterCodingException;
    }

    JsonProblem translate(JacksonException e, JsonParser parser, CharacterColumns columns) {
        String pointer = pointer(parser);
        TokenStreamLocation location = columns.of(location(parser, e));
        if (e instanceof ProblemException) {
            ProblemException p = (ProblemException) e;
            if (!p.missingNames().isEmpty()) {
                return missing(pointer, location, p.missingNames());
            }
            return problem(pointer, location, p.type().key(), p.swedish(), p.english());
        }
        if (isEncodingFailure(e)) {
            return TextSource.encodingProblem((CharacterCodingException) e.getCause());
        }
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            String allowed = known(u.getKnownPropertyIds());
            String name = quote(u.getPropertyName());
            return problem(pointer, location, ProblemType.UNKNOWN_PROPERTY.key(),
                ProblemType.UNKNOWN_PROPERTY.swedish(name, allowed), ProblemType.UNKNOWN_PROPERTY.english(name, allowed));
        }
        if (e instanceof InvalidNullException) {
            return simple(pointer, location, ProblemType.NULL_NOT_ALLOWED);
        }
        String missing = missingAttributes(e);
        if (missing != null) {
            return missing(pointer, location, List.of(missing.split(", ")));
        }
        if (e instanceof MismatchedInputException) {
            return mismatch((MismatchedInputException) e, parser, pointer, location);
        }
        if (e instanceof InputCoercionException) {
            return simple(pointer, location, ProblemType.INTEGER_OUT_OF_RANGE);
        }
        if (e instanceof StreamConstraintsException) {
            return limit(e.getOriginalMessage(), pointer, location);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return simple(pointer, location, ProblemType.TRUNCATED);
        }
        if (e instanceof StreamReadException) {
            String original = e.getOriginalMessage();
            if (original != null && original.startsWith("Duplicate Object property")) {
                Matcher m = QUOTED.matcher(original);
                String name = m.find() ? m.group(1) : "";
                String quoted = quote(name);
                String own = JsonPointer.empty().appendProperty(name).toString();
                String at = pointer.endsWith(own) ? pointer : pointer + own;
                return problem(at, location, ProblemType.DUPLICATE_PROPERTY.key(),
                    ProblemType.DUPLICATE_PROPERTY.swedish(quoted), ProblemType.DUPLICATE_PROPERTY.english(quoted));
            }
            return simple(pointer, location, ProblemType.MALFORMED);
        }
        return simple(pointer, location, ProblemType.INVALID_VALUE);
    }

    private JsonProblem mismatch(MismatchedInputException e, JsonParser parser, String pointer,
            TokenStreamLocation location) {
        Class<?> target = e.getTargetType();
        JsonToken token = parser.currentToken();
        // A code as a value, or as a map key (the income sources of valuation parameters).
        if (target != null && target.isEnum() && (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME)) {
            String value = e instanceof InvalidFormatException && ((InvalidFormatException) e).getValue() != null
                ? String.valueOf(((InvalidFormatException) e).getValue()) : parser.getString();
            String allowed = Arrays.stream(target.getEnumConstants())
                .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            String quoted = quote(value);
            return problem(pointer, location, ProblemType.UNKNOWN_ENUM.key(),
                ProblemType.UNKNOWN_ENUM.swedish(quoted, allowed), ProblemType.UNKNOWN_ENUM.english(quoted, allowed));
        }
        JsonKind expected = expected(target);
        JsonKind found = JsonKind.of(token);
        if (expected == JsonKind.INTEGER && (token == JsonToken.VALUE_NUMBER_INT)) {
            return simple(pointer, location, ProblemType.INTEGER_OUT_OF_RANGE);
        }
        return problem(pointer, location, ProblemType.WRONG_TYPE.key(),
            ProblemType.WRONG_TYPE.swedish(expected.swedish(), found.swedish()),
            ProblemType.WRONG_TYPE.english(expected.english(), found.english()));
    }

    private JsonProblem limit(String original, String pointer, TokenStreamLocation location) {
        String text = original == null ? "" : original;
        if (text.startsWith("Document nesting depth")) {
            return bounded(pointer, location, ProblemType.TOO_DEEP, limits.maxNestingDepth());
        }
        if (text.startsWith("String value length")) {
            return bounded(pointer, location, ProblemType.STRING_TOO_LONG, limits.maxStringLength());
        }
        if (text.startsWith("Name length")) {
            return bounded(pointer, location, ProblemType.NAME_TOO_LONG, limits.maxNameLength());
        }
        if (text.startsWith("Number value length")) {
            return bounded(pointer, location, ProblemType.NUMBER_TOO_LONG, limits.maxNumberLength());
        }
        if (text.startsWith("Document length")) {
            return bounded(pointer, location, ProblemType.DOCUMENT_TOO_LONG, maxDocumentLength);
        }
        return simple(pointer, location, ProblemType.LIMIT_EXCEEDED);
    }

    private static JsonProblem bounded(String pointer, TokenStreamLocation location, ProblemType type, long bound) {
        String value = Long.toString(bound);
        return problem(pointer, location, type.key(), type.swedish(value), type.english(value));
    }

    /** The names an Immutables builder reported missing, if that is the cause of the failure. */
    static String missingAttributes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalStateException && t.getMessage() != null) {
                Matcher m = MISSING.matcher(t.getMessage());
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static JsonKind expected(Class<?> target) {
        if (target == null) {
            return JsonKind.OBJECT;
        }
        if (target == String.class || target == Character.class || target == char.class) {
            return JsonKind.STRING;
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class
            || target == short.class || target == Short.class) {
            return JsonKind.INTEGER;
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return JsonKind.NUMBER;
        }
        if (target == boolean.class || target == Boolean.class) {
            return JsonKind.BOOLEAN;
        }
        if (target.isEnum()) {
            return JsonKind.CODE;
        }
        if (target == LocalDate.class) {
            return JsonKind.DATE;
        }
        if (target == Amount.class) {
            return JsonKind.AMOUNT;
        }
        if (target == Share.class) {
            return JsonKind.SHARE;
        }
        if (Iterable.class.isAssignableFrom(target) || target.isArray()) {
            return JsonKind.ARRAY;
        }
        return JsonKind.OBJECT;
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "-";
        }
        return new TreeSet<>(ids.stream().map(String::valueOf).collect(Collectors.toList())).stream()
            .collect(Collectors.joining(", "));
    }

    /** A value quoted for a message, cut to a bounded length. */
    static String quote(String value) {
        String text = value == null ? "" : value;
        if (text.length() > MAX_QUOTED) {
            text = text.substring(0, MAX_QUOTED) + "…";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static JsonProblem simple(String pointer, TokenStreamLocation location, ProblemType type) {
        return problem(pointer, location, type.key(), type.swedish(), type.english());
    }

    private static JsonProblem problem(String pointer, TokenStreamLocation location, String key, String swedish,
            String english) {
        // Lines and columns are 1-based; a place the parser cannot name is the document's start.
        int line = location == null ? 1 : Math.max(1, location.getLineNr());
        int column = location == null ? 1 : Math.max(1, location.getColumnNr());
        return JsonProblem.of(pointer, line, column, key, swedish, english);
    }

    static String pointer(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        TokenStreamContext context = parser.streamReadContext();
        return context == null ? "" : context.pathAsPointer().toString();
    }

    /**
     * A syntax or limit error is placed where the parser stopped; every other problem at the start of the
     * value being read.
     */
    private static TokenStreamLocation location(JsonParser parser, JacksonException e) {
        boolean syntax = e instanceof StreamReadException && !(e instanceof InputCoercionException);
        TokenStreamLocation location = syntax ? e.getLocation() : null;
        if ((location == null || location.getLineNr() <= 0) && parser != null) {
            location = parser.currentTokenLocation();
        }
        return location;
    }
}

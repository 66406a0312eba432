package se.samverkan.json.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJsonException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Walks the root object of a document token by token, handing each part to Jackson databind one value at
 * a time. Keeps the parser's context intact, so every failure is reported with the exact JSON Pointer,
 * line and column; memory held is that of one array element at most.
 *
 * <p>Every method throws {@link SamverkanJsonException} for a problem in the text and
 * {@link UncheckedIOException} when the source itself fails.
 */
final class DocumentCursor implements AutoCloseable {

    static final List<String> ROOT_PROPERTIES =
        List.of("schemaVersion", "parties", "associations", "projects", "structures", "participants");

    private final ValueReaders readers;
    private final JsonParser parser;
    private final ProblemTranslator translator;
    private final CharacterColumns columns;

    DocumentCursor(ValueReaders readers, JsonParser parser, ProblemTranslator translator, CharacterColumns columns) {
        this.readers = readers;
        this.parser = parser;
        this.translator = translator;
        this.columns = columns;
    }

    /** Moves onto the root object; fails for an empty text or a root that is not an object. */
    void open() {
        JsonToken first = next();
        if (first == null) {
            throw fail(ProblemType.EMPTY, new String[0], new String[0]);
        }
        if (first != JsonToken.START_OBJECT) {
            JsonKind kind = JsonKind.of(first);
            throw fail(ProblemType.ROOT_NOT_OBJECT, new String[] {kind.swedish()}, new String[] {kind.english()});
        }
    }

    /**
     * The next root property, positioned on its value; {@code null} after the root object has ended, in
     * which case nothing but white space may follow.
     */
    String nextProperty() {
        JsonToken token = next();
        if (token == JsonToken.END_OBJECT) {
            endOfDocument();
            return null;
        }
        String name = guard(parser::currentName);
        next();
        if (!ROOT_PROPERTIES.contains(name)) {
            String quoted = ProblemTranslator.quote(name);
            String allowed = String.join(", ", ROOT_PROPERTIES.stream().sorted().toArray(String[]::new));
            throw fail(ProblemType.UNKNOWN_PROPERTY, new String[] {quoted, allowed}, new String[] {quoted, allowed});
        }
        return name;
    }

    /** The current value as a string; {@code null} for JSON null. */
    String readString() {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return guard(() -> readers.read(parser, String.class));
    }

    /** Reads every element of the current array (absent or null = none) into the sink. */
    <T> void readArray(Class<T> type, Consumer<? super T> sink) {
        if (!enterArray()) {
            return;
        }
        T element;
        while ((element = nextElement(type)) != null) {
            sink.accept(element);
        }
    }

    /** Skips the current value after checking that it is an array or null. */
    void skipArray() {
        if (enterArray()) {
            guard(parser::skipChildren);
        }
    }

    /** Skips the current value whatever it is. */
    void skipValue() {
        guard(parser::skipChildren);
    }

    /**
     * Steps into the current array.
     *
     * @return false for JSON null (no elements)
     */
    boolean enterArray() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.START_ARRAY) {
            JsonKind found = JsonKind.of(token);
            throw fail(ProblemType.WRONG_TYPE, new String[] {JsonKind.ARRAY.swedish(), found.swedish()},
                new String[] {JsonKind.ARRAY.english(), found.english()});
        }
        return true;
    }

    /** The next element of the array entered, or {@code null} at its end; a null element is an error. */
    <T> T nextElement(Class<T> type) {
        JsonToken token = next();
        if (token == JsonToken.END_ARRAY) {
            return null;
        }
        if (token == JsonToken.VALUE_NULL) {
            throw fail(ProblemType.NULL_NOT_ALLOWED, new String[0], new String[0]);
        }
        return guard(() -> readers.read(parser, type));
    }

    private void endOfDocument() {
        JsonToken after;
        try {
            after = parser.nextToken();
        } catch (JacksonException e) {
            if (ProblemTranslator.isInputFailure(e)) {
                throw new UncheckedIOException(ioCause(e));
            }
            if (e instanceof StreamConstraintsException || ProblemTranslator.isEncodingFailure(e)) {
                throw new SamverkanJsonException(List.of(translator.translate(e, parser, columns)));
            }
            throw fail(ProblemType.TRAILING_CONTENT, new String[0], new String[0]);
        }
        if (after != null) {
            throw fail(ProblemType.TRAILING_CONTENT, new String[0], new String[0]);
        }
    }

    private JsonToken next() {
        return guard(parser::nextToken);
    }

    private <T> T guard(Step<T> step) {
        try {
            return step.run();
        } catch (JacksonException e) {
            if (ProblemTranslator.isInputFailure(e)) {
                throw new UncheckedIOException(ioCause(e));
            }
            throw new SamverkanJsonException(List.of(translator.translate(e, parser, columns)));
        }
    }

    private static IOException ioCause(JacksonException e) {
        return e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e.getMessage());
    }

    private SamverkanJsonException fail(ProblemType type, String[] swedish, String[] english) {
        JsonProblem problem = ProblemTranslator.at(parser, columns, type, swedish, english);
        return new SamverkanJsonException(List.of(problem));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (JacksonException e) {
            // Closing a reader we opened ourselves; nothing left to report.
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run();
    }
}

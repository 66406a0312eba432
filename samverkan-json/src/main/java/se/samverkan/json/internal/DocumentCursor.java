package se.samverkan.json.internal;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import se.samverkan.json.SamverkanJsonException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Walks the root object of a document token by token, handing each part to Jackson databind one value at
 * a time. Keeps the parser's context intact, so every problem is reported with the exact JSON Pointer,
 * line and column; memory held is that of one array element at most.
 *
 * <p>Problems with values (an unknown property, a value of the wrong type, a bad code, amount or date, a
 * missing property) are collected in the cursor's {@link ProblemLog} and reading goes on; an element that
 * had a problem is left out. Text that is not JSON any more, a limit or bad encoding ends reading at once
 * with {@link SamverkanJsonException} carrying the problems found before it and that one; so does a problem
 * beyond the log's limit. A caller that has read what it wanted calls {@link #finish()}, which throws
 * every problem collected: nothing read by a cursor that collected a problem may be handed out.
 *
 * <p>Every method throws {@link SamverkanJsonException} for problems in the text and
 * {@link UncheckedIOException} when the source itself fails.
 */
final class DocumentCursor implements AutoCloseable {

    static final List<String> ROOT_PROPERTIES =
        List.of("schemaVersion", "parties", "associations", "projects", "structures", "participants");

    private final ValueReaders readers;
    private final JsonParser parser;
    private final ProblemTranslator translator;
    private final CharacterColumns columns;
    private final ProblemLog log;

    DocumentCursor(ValueReaders readers, JsonParser parser, ProblemTranslator translator, CharacterColumns columns) {
        this.parser = parser;
        this.translator = translator;
        this.columns = columns;
        this.log = new ProblemLog(translator, parser, columns);
        this.readers = readers.collectingInto(log);
    }

    /** Moves onto the root object; fails for an empty text or a root that is not an object. */
    void open() {
        JsonToken first = next();
        if (first == null) {
            throw end(ProblemType.EMPTY, new String[0], new String[0]);
        }
        if (first != JsonToken.START_OBJECT) {
            JsonKind kind = JsonKind.of(first);
            throw end(ProblemType.ROOT_NOT_OBJECT, new String[] {kind.swedish()}, new String[] {kind.english()});
        }
    }

    /**
     * The next root property, positioned on its value; {@code null} after the root object has ended, in
     * which case nothing but white space may follow. An unknown root property is recorded and skipped.
     */
    String nextProperty() {
        while (true) {
            JsonToken token = next();
            if (token == JsonToken.END_OBJECT) {
                endOfDocument();
                return null;
            }
            String name = guard(parser::currentName);
            next();
            if (ROOT_PROPERTIES.contains(name)) {
                return name;
            }
            String quoted = ProblemTranslator.quote(name);
            String allowed = String.join(", ", ROOT_PROPERTIES.stream().sorted().toArray(String[]::new));
            log.record(ProblemType.UNKNOWN_PROPERTY, new String[] {quoted, allowed}, new String[] {quoted, allowed});
            skipValue();
        }
    }

    /** The current value as a string; {@code null} for JSON null and for a value that had a problem. */
    String readString() {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return readValue(String.class);
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
     * @return false for JSON null (no elements) and for a value that is not an array (recorded, skipped)
     */
    boolean enterArray() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.START_ARRAY) {
            JsonKind found = JsonKind.of(token);
            log.record(ProblemType.WRONG_TYPE, new String[] {JsonKind.ARRAY.swedish(), found.swedish()},
                new String[] {JsonKind.ARRAY.english(), found.english()});
            skipValue();
            return false;
        }
        return true;
    }

    /**
     * The next element of the array entered, or {@code null} at its end; a null element is a problem, and
     * an element with a problem is left out (both recorded).
     */
    <T> T nextElement(Class<T> type) {
        while (true) {
            JsonToken token = next();
            if (token == JsonToken.END_ARRAY) {
                return null;
            }
            if (token == JsonToken.VALUE_NULL) {
                log.record(ProblemType.NULL_NOT_ALLOWED, new String[0], new String[0]);
                continue;
            }
            T element = readValue(type);
            if (element != null) {
                return element;
            }
        }
    }

    /** Whether a problem has been recorded. */
    boolean hasProblems() {
        return !log.isEmpty();
    }

    /**
     * Ends a read that went through: throws every problem recorded, if any.
     *
     * @throws SamverkanJsonException if a problem was recorded
     */
    void finish() {
        if (!log.isEmpty()) {
            throw log.failure();
        }
    }

    /** Binds the current value; {@code null} when it had a problem (recorded, the value skipped). */
    private <T> T readValue(Class<T> type) {
        int before = log.count();
        T value = log.bind(() -> readers.read(parser, type));
        if (value == null && log.count() == before) {
            throw new IllegalStateException("no value and no problem for " + type.getSimpleName());
        }
        return value;
    }

    private void endOfDocument() {
        JsonToken after;
        try {
            after = parser.nextToken();
        } catch (JacksonException e) {
            if (ProblemTranslator.isInputFailure(e)) {
                throw new UncheckedIOException(ProblemLog.ioCause(e));
            }
            if (e instanceof StreamConstraintsException || ProblemTranslator.isEncodingFailure(e)) {
                throw log.endedBy(translator.translate(e, parser, columns));
            }
            throw end(ProblemType.TRAILING_CONTENT, new String[0], new String[0]);
        }
        if (after != null) {
            throw end(ProblemType.TRAILING_CONTENT, new String[0], new String[0]);
        }
    }

    private JsonToken next() {
        return guard(parser::nextToken);
    }

    private <T> T guard(Step<T> step) {
        try {
            return step.run();
        } catch (JacksonException e) {
            throw ended(e);
        }
    }

    /** The exception for a failure that ends reading (or a source that fails). */
    private RuntimeException ended(JacksonException e) {
        return log.ending(e);
    }

    private SamverkanJsonException end(ProblemType type, String[] swedish, String[] english) {
        return log.endedBy(ProblemTranslator.at(parser, columns, type, swedish, english));
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

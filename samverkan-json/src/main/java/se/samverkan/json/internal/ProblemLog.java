package se.samverkan.json.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJsonException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;

/**
 * The problems found so far in one read of one text (docs/problems.md), so that reading goes on after a
 * value that does not fit the format and every such problem is reported together, in the order of the
 * text. Reading ends at once at text that is no longer JSON, at a limit, at bad encoding, and when a
 * problem beyond the {@value #LIMIT}th is found: then one {@link ProblemType#TOO_MANY_PROBLEMS} problem at
 * that place closes the list.
 *
 * <p>The log travels to the deserializers as an attribute of the read ({@link #of}); without one they
 * fail at the first problem, as any Jackson deserializer does. A value whose reading recorded a problem
 * yields {@code null} and nothing is built from it: a read that recorded a problem ends with
 * {@link #failure()}, never with a document. One instance per read; not thread-safe.
 */
final class ProblemLog {

    /** The most problems one read reports before it stops. */
    static final int LIMIT = SamverkanJsonException.MAX_PROBLEMS;

    /** The key of the read attribute holding the log. */
    static final Object KEY = ProblemLog.class;

    private final List<JsonProblem> problems = new ArrayList<>();
    private final ProblemTranslator translator;
    private final JsonParser parser;
    private final CharacterColumns columns;
    /** Per nesting level of values being read: the properties whose values failed, or null for none. */
    private Object[] failedProperties = new Object[16];
    private int level;
    private SamverkanJsonException stop;

    ProblemLog(ProblemTranslator translator, JsonParser parser, CharacterColumns columns) {
        this.translator = translator;
        this.parser = parser;
        this.columns = columns;
    }

    /** The log of the read behind {@code ctxt}, or null when the read does not collect problems. */
    static ProblemLog of(DeserializationContext ctxt) {
        Object log = ctxt.getAttribute(KEY);
        return log instanceof ProblemLog ? (ProblemLog) log : null;
    }

    /** How many problems are recorded. */
    int count() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Records what Jackson refused, at the parser's place. */
    void record(JacksonException e) {
        add(translator.translate(e, parser, columns));
    }

    /** Records a problem of the given type at the parser's place. */
    void record(ProblemType type, String[] swedish, String[] english) {
        add(ProblemTranslator.at(parser, columns, type, swedish, english));
    }

    private void add(JsonProblem problem) {
        if (stop != null) {
            throw stop;
        }
        if (problems.size() == LIMIT) {
            String limit = Integer.toString(LIMIT);
            problems.add(JsonProblem.of(problem.pointer(), problem.line(), problem.column(),
                ProblemType.TOO_MANY_PROBLEMS.key(), ProblemType.TOO_MANY_PROBLEMS.swedish(limit),
                ProblemType.TOO_MANY_PROBLEMS.english(limit)));
            stop = new SamverkanJsonException(problems);
            throw stop;
        }
        problems.add(problem);
    }

    /**
     * Goes on after reading a value failed with {@code e}: records the problem unless one was already recorded
     * inside the value (then {@code e} is only its consequence, such as a builder refusing the missing value),
     * and moves the parser to the value's last token.
     *
     * @param countBefore {@link #count()} when the value's reading began
     * @param start the value's first token
     * @param depth the parser's nesting depth at that token ({@link #depth})
     * @throws SamverkanJsonException when reading has stopped at the limit
     * @throws RuntimeException {@code e} itself when it ends reading (malformed text, a limit, bad encoding,
     *     a failing source) or is not a problem of the text at all
     */
    void recover(RuntimeException e, int countBefore, JsonToken start, int depth) {
        note(e, countBefore);
        skipRest(parser, start, depth);
    }

    /**
     * The first half of {@link #recover}: records the problem of {@code e} unless one was already recorded
     * since {@code countBefore}; the parser stays where it is.
     */
    void note(RuntimeException e, int countBefore) {
        if (stop != null) {
            throw stop;
        }
        if (endsReading(e)) {
            throw e;
        }
        String missing = ProblemTranslator.missingAttributes(e);
        if (missing != null) {
            recordMissing(missing);
        } else if (problems.size() == countBefore) {
            if (!(e instanceof JacksonException)) {
                throw e;
            }
            record((JacksonException) e);
        }
    }

    /**
     * Like {@link #recover(RuntimeException, int, JsonToken, int)} when {@code log} is not null; without a
     * log, {@code e} is thrown on.
     */
    static void recover(ProblemLog log, RuntimeException e, int countBefore, JsonToken start, int depth) {
        if (log == null) {
            throw e;
        }
        log.recover(e, countBefore, start, depth);
    }

    /**
     * A builder reported required attributes missing: those whose values were present but failed are a
     * consequence of that failure, already reported; the others are truly missing.
     */
    private void recordMissing(String missing) {
        @SuppressWarnings("unchecked")
        Set<String> failed = (Set<String>) failedProperties[level];
        List<String> names = new ArrayList<>(Arrays.asList(missing.split(", ")));
        if (failed != null) {
            names.removeAll(failed);
        }
        if (names.isEmpty()) {
            return;
        }
        add(translator.missing(parser, columns, names));
    }

    /** A value is about to be read, one level deeper. */
    void enter() {
        level++;
        if (level == failedProperties.length) {
            failedProperties = Arrays.copyOf(failedProperties, level * 2);
        }
        failedProperties[level] = null;
    }

    /** The value entered last has been read (or has failed). */
    void exit() {
        failedProperties[level] = null;
        level--;
    }

    /** The value of the property {@code name} of the value being read failed. */
    @SuppressWarnings("unchecked")
    void failedProperty(String name) {
        Set<String> failed = (Set<String>) failedProperties[level];
        if (failed == null) {
            failed = new HashSet<>();
            failedProperties[level] = failed;
        }
        failed.add(name);
    }

    /** The exception that ends this read: every problem recorded (at least one). */
    SamverkanJsonException failure() {
        if (stop != null) {
            return stop;
        }
        return new SamverkanJsonException(problems);
    }

    /** The exception that ends this read at {@code last}, a problem after which nothing more can be read. */
    SamverkanJsonException endedBy(JsonProblem last) {
        if (stop != null) {
            return stop;
        }
        List<JsonProblem> all = new ArrayList<>(problems);
        all.add(last);
        return new SamverkanJsonException(all);
    }

    /**
     * Binds the value the parser is on with {@code binding}: a problem inside it is recorded and the value
     * skipped (null is returned, and reading goes on after it); a problem after which the text cannot be
     * followed ends the read with the problems recorded before it. One place for every reader that collects
     * problems: a document's values and a valuation's parameters.
     *
     * @return the value, or null when a problem was recorded for it
     * @throws SamverkanJsonException when reading ends here or has stopped at the limit
     * @throws UncheckedIOException when the source fails
     */
    <T> T bind(Supplier<T> binding) {
        int before = problems.size();
        JsonToken start = parser.currentToken();
        int depth = depth(parser);
        try {
            return binding.get();
        } catch (RuntimeException e) {
            if (stop != null) {
                throw stop;
            }
            if (e instanceof JacksonException && endsReading(e)) {
                throw ending((JacksonException) e);
            }
            recover(e, before, start, depth);
            return null;
        }
    }

    /**
     * The exception that ends the read at a failure Jackson reported: a failing source as itself, otherwise
     * every problem recorded and this one.
     */
    RuntimeException ending(JacksonException e) {
        if (stop != null) {
            return stop;
        }
        if (ProblemTranslator.isInputFailure(e)) {
            return new UncheckedIOException(ioCause(e));
        }
        return endedBy(translator.translate(e, parser, columns));
    }

    /** The I/O failure behind a failing source. */
    static IOException ioCause(JacksonException e) {
        return e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e.getMessage());
    }

    /** The exception that stopped reading at the limit, or null while reading goes on. */
    SamverkanJsonException stopped() {
        return stop;
    }

    /** The nesting depth of the parser, to pass to {@link #recover} with the value's first token. */
    static int depth(JsonParser p) {
        return p.streamReadContext().getNestingDepth();
    }

    /**
     * Whether a failure ends reading: text that is not JSON any more (but not a number out of range, which
     * is a value that does not fit), a limit, bad encoding or a failing source.
     */
    static boolean endsReading(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SamverkanJsonException || t instanceof StreamConstraintsException
                || t instanceof JacksonIOException || t instanceof UncheckedIOException
                || (t instanceof StreamReadException && !(t instanceof InputCoercionException))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves the parser to the last token of the value that started with {@code start} at {@code depth}: a
     * scalar is its own last token; an object or array ends with the closing token that brings the parser
     * back to the depth around it.
     */
    static void skipRest(JsonParser p, JsonToken start, int depth) {
        if (start != JsonToken.START_OBJECT && start != JsonToken.START_ARRAY) {
            return;
        }
        JsonToken token = p.currentToken();
        while (token != null) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                p.skipChildren();
                token = p.currentToken();
            }
            if ((token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY)
                && p.streamReadContext().getNestingDepth() == depth - 1) {
                return;
            }
            token = p.nextToken();
        }
    }
}

package se.samverkan.json;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a text cannot be read as a samverkan document (<i>oläsbart dokument</i>): malformed JSON,
 * hostile input beyond the {@link JsonLimits}, or a value that does not fit the format of docs/format.md.
 * Carries the {@link JsonProblem problems} with JSON Pointer, line, column and messages in Swedish and
 * English.
 *
 * <p>The reader does not stop at the first value that does not fit (an unknown property or code, a value
 * of the wrong type, a bad amount, share or date, a missing or {@code null} required value): it reports
 * every such problem of the document, each once, in the order of the text. It stops at once at text that is
 * not JSON any more, at a limit and at bad encoding; that problem then ends the list. It also stops after
 * {@value #MAX_PROBLEMS} problems: when there are more, the list ends with one {@code TOO_MANY_PROBLEMS}
 * problem at the place of the next, and more problems may follow there (docs/problems.md). A text with
 * any problem never yields a document, not even a part of one.
 *
 * <p>The exception message is the first problem in English; it holds no class name, stack trace or
 * library message; the exception has no cause and records no stack trace (it describes the input, not a
 * fault of the program). Rules a readable document breaks are not reported
 * here but by validation ({@link SamverkanJson#readAndValidate(String)}).
 */
public final class SamverkanJsonException extends RuntimeException {

    /** The most problems reported before reading stops with {@code TOO_MANY_PROBLEMS}. */
    public static final int MAX_PROBLEMS = 100;

    private static final long serialVersionUID = 1L;

    private final List<JsonProblem> problems;

    /**
     * An exception carrying problems.
     *
     * @param problems the problems, not null, not empty
     * @throws NullPointerException if {@code problems} or an element is null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public SamverkanJsonException(List<JsonProblem> problems) {
        super(summary(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<JsonProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        return problems.get(0).toString();
    }

    /**
     * The problems, in the order of the text: every value-level problem up to {@value #MAX_PROBLEMS}, then a
     * problem that ended reading, if any (malformed text, a limit, bad encoding or {@code TOO_MANY_PROBLEMS}).
     *
     * @return the problems, never empty, never null
     */
    public List<JsonProblem> problems() {
        return problems;
    }
}

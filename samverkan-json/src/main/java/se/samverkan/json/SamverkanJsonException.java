package se.samverkan.json;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a text cannot be read as a samverkan document (<i>oläsbart dokument</i>): malformed JSON,
 * hostile input beyond the {@link JsonLimits}, or a value that does not fit the format of docs/format.md.
 * Carries the {@link JsonProblem problems} with JSON Pointer, line, column and messages in Swedish and
 * English.
 *
 * <p>The exception message is the first problem in English; it holds no class name, stack trace or
 * library message; the exception has no cause and records no stack trace (it describes the input, not a
 * fault of the program). Rules a readable document breaks are not reported
 * here but by validation ({@link SamverkanJson#readAndValidate(String)}).
 */
public final class SamverkanJsonException extends RuntimeException {

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
     * The problems, in the order found.
     *
     * @return the problems, never empty, never null
     */
    public List<JsonProblem> problems() {
        return problems;
    }
}

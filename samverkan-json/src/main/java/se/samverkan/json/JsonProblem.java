package se.samverkan.json;

import java.util.Locale;
import java.util.Objects;
import se.samverkan.json.internal.ProblemType;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.Severity;

/**
 * One reason a JSON text is not a readable samverkan document (<i>fel i JSON-dokumentet</i>): where it is
 * (JSON Pointer, line, column), a stable message key and a message in Swedish and English.
 *
 * <p>The pointer (RFC 6901) names the offending value, such as {@code /parties/0/type}; for a missing
 * property it names the object that lacks it, for a syntax error the innermost value being read. Line
 * and column are 1-based and count characters of the text: the start of the offending value, the end of
 * an object that lacks a property, or the place where the parser stopped for a syntax error or a limit. Message keys start with
 * {@code se.samverkan.json.}, for example {@code se.samverkan.json.unknown-property},
 * {@code se.samverkan.json.duplicate-property}, {@code se.samverkan.json.wrong-type},
 * {@code se.samverkan.json.unknown-enum} or {@code se.samverkan.json.limit.nesting-depth}. Messages
 * never contain a stack trace, a class name or a library's own message.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonProblem {

    private final String pointer;
    private final int line;
    private final int column;
    private final String messageKey;
    private final String swedishMessage;
    private final String englishMessage;

    private JsonProblem(String pointer, int line, int column, String messageKey, String swedishMessage,
            String englishMessage) {
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.messageKey = messageKey;
        this.swedishMessage = swedishMessage;
        this.englishMessage = englishMessage;
    }

    /**
     * A problem.
     *
     * @param pointer the JSON Pointer of the place, not null ({@code ""} for the whole document)
     * @param line the 1-based line, or 0 if unknown
     * @param column the 1-based column, or 0 if unknown
     * @param messageKey the stable message key, not null
     * @param swedishMessage the message in Swedish, not null
     * @param englishMessage the message in English, not null
     * @return the problem, never null
     * @throws NullPointerException if a text argument is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is negative
     */
    public static JsonProblem of(String pointer, int line, int column, String messageKey, String swedishMessage,
            String englishMessage) {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
        return new JsonProblem(Objects.requireNonNull(pointer, "pointer"), line, column,
            Objects.requireNonNull(messageKey, "messageKey"), Objects.requireNonNull(swedishMessage, "swedishMessage"),
            Objects.requireNonNull(englishMessage, "englishMessage"));
    }

    /**
     * The JSON Pointer of the place of the problem.
     *
     * @return the pointer, {@code ""} for the whole document, never null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The 1-based line of the place in the text.
     *
     * @return the line, or 0 if unknown
     */
    public int line() {
        return line;
    }

    /**
     * The 1-based column (in characters) of the place in the text.
     *
     * @return the column, or 0 if unknown
     */
    public int column() {
        return column;
    }

    /**
     * The stable problem id, such as {@code UNKNOWN_CODE} or {@code BAD_DATE}, or {@code TOO_MANY_PROBLEMS}
     * for the problem that ends a list cut at {@value SamverkanJsonException#MAX_PROBLEMS} problems (listed in
     * {@code docs/problems.md}).
     *
     * @return the id, never null
     */
    public String id() {
        return ProblemType.idOf(messageKey);
    }

    /**
     * This reading problem as a {@link Problem}, the library's one type for what is wrong with a document:
     * its id, severity {@link Severity#ERROR}, pointer, position and messages.
     *
     * @return the problem, never null
     */
    public Problem toProblem() {
        Problem problem = Problem.of(id(), Severity.ERROR, pointer, swedishMessage, englishMessage);
        return line > 0 && column > 0 ? problem.at(Position.of(line, column)) : problem;
    }

    /**
     * The stable message key, such as {@code se.samverkan.json.unknown-enum}: an implementation detail;
     * {@link #id()} is what users see.
     *
     * @return the key, never null
     */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The message in the given language: English for an English locale, Swedish otherwise.
     *
     * @param locale the language, not null
     * @return the message, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "en".equals(locale.getLanguage()) ? englishMessage : swedishMessage;
    }

    /**
     * The message in Swedish, the default language.
     *
     * @return the message, never null
     */
    public String message() {
        return swedishMessage;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof JsonProblem)) {
            return false;
        }
        JsonProblem that = (JsonProblem) other;
        return pointer.equals(that.pointer) && line == that.line && column == that.column
            && messageKey.equals(that.messageKey) && swedishMessage.equals(that.swedishMessage)
            && englishMessage.equals(that.englishMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointer, line, column, messageKey, swedishMessage, englishMessage);
    }

    /**
     * The place, key and English message, for logs and test failures.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + " (line " + line + ", column " + column + ") " + messageKey
            + ": " + englishMessage;
    }
}

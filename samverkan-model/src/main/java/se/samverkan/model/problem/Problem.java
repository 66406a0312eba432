package se.samverkan.model.problem;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A problem with a document (<i>problem</i>): one thing that is wrong or suspicious, whichever layer found
 * it — the JSON reader (an unknown property, a bad date), a field rule of the model (a negative amount, an
 * end before its start) or a reporting rule across objects (budget totals that do not add up).
 *
 * <p>A problem has a stable {@linkplain #id() id} in the form {@code [A-Z][A-Z0-9_]*} (the catalogue is
 * {@code docs/problems.md}), a {@linkplain #severity() severity}, the JSON Pointer of the value it concerns
 * ({@code ""} for the whole document), the {@linkplain #position() position} of that value in the text when
 * the document was read from text, and a message in Swedish and in English. Two problems with the same id
 * at the same pointer are the same problem: the library reports it once.
 *
 * <p>{@link #toString()} is in English and names everything, so a log or a test failure is readable
 * anywhere: {@code ERROR BUDGET_TOTAL_MISMATCH at /projects/0/budget/statedTotals/1 (line 12, column 7): …}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Problem {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final String id;
    private final Severity severity;
    private final String pointer;
    private final @Nullable Position position;
    private final String swedishMessage;
    private final String englishMessage;

    private Problem(String id, Severity severity, String pointer, @Nullable Position position,
            String swedishMessage, String englishMessage) {
        this.id = id;
        this.severity = severity;
        this.pointer = pointer;
        this.position = position;
        this.swedishMessage = swedishMessage;
        this.englishMessage = englishMessage;
    }

    /**
     * A problem without a position in the text.
     *
     * @param id the stable id, {@code [A-Z][A-Z0-9_]*}, not null
     * @param severity the severity, not null
     * @param pointer the JSON Pointer of the value concerned: {@code ""} or starting with {@code /}, not null
     * @param swedishMessage the message in Swedish, not null
     * @param englishMessage the message in English, not null
     * @return the problem, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} or {@code pointer} is malformed
     */
    public static Problem of(String id, Severity severity, String pointer, String swedishMessage,
            String englishMessage) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pointer, "pointer");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a problem id has the form [A-Z][A-Z0-9_]*, got " + id);
        }
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer is empty or starts with '/', got " + pointer);
        }
        return new Problem(id, Objects.requireNonNull(severity, "severity"), pointer, null,
            Objects.requireNonNull(swedishMessage, "swedishMessage"),
            Objects.requireNonNull(englishMessage, "englishMessage"));
    }

    /**
     * This problem at a position in the text.
     *
     * @param newPosition the position, or null for none
     * @return a problem equal to this one but for its position, never null
     */
    public Problem at(@Nullable Position newPosition) {
        return Objects.equals(position, newPosition) ? this
            : new Problem(id, severity, pointer, newPosition, swedishMessage, englishMessage);
    }

    /**
     * This problem located by a document's source positions.
     *
     * @param positions the positions of the text the document was read from, not null
     * @return this problem at the position of its pointer (unchanged when the positions do not know it),
     *     never null
     */
    public Problem locatedBy(SourcePositions positions) {
        Position found = positions.locate(pointer);
        return found == null ? this : at(found);
    }

    /**
     * The stable id, e.g. {@code UNKNOWN_PROPERTY}, {@code NEGATIVE_AMOUNT}, {@code BUDGET_TOTAL_MISMATCH}.
     *
     * @return the id, never null
     */
    public String id() {
        return id;
    }

    /**
     * The severity.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Whether this problem is an {@link Severity#ERROR}.
     *
     * @return true for an error, false for a warning
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The JSON Pointer of the value the problem concerns, {@code ""} for the whole document.
     *
     * @return the pointer, never null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Where the value stands in the text the document was read from.
     *
     * @return the position, or null when the document was not read from text or the value is not in it
     */
    public @Nullable Position position() {
        return position;
    }

    /**
     * The line of the {@linkplain #position() position}, counted from 1.
     *
     * @return the line, or 0 when the position is unknown
     */
    public int line() {
        return position == null ? 0 : position.line();
    }

    /**
     * The column of the {@linkplain #position() position}, counted from 1.
     *
     * @return the column, or 0 when the position is unknown
     */
    public int column() {
        return position == null ? 0 : position.column();
    }

    /**
     * The message in a language: English for a locale whose language is English, Swedish otherwise.
     *
     * @param locale the language, not null
     * @return the message, never null
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "en".equals(locale.getLanguage()) ? englishMessage : swedishMessage;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof Problem)) {
            return false;
        }
        Problem that = (Problem) other;
        return id.equals(that.id) && severity == that.severity && pointer.equals(that.pointer)
            && Objects.equals(position, that.position) && swedishMessage.equals(that.swedishMessage)
            && englishMessage.equals(that.englishMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, severity, pointer, position, swedishMessage, englishMessage);
    }

    /**
     * The problem in English: severity, id, pointer, position when known, and the message.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(severity).append(' ').append(id).append(" at ")
            .append(pointer.isEmpty() ? "the document" : pointer);
        if (position != null) {
            text.append(" (").append(position).append(')');
        }
        return text.append(": ").append(englishMessage).toString();
    }
}

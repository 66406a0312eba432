package se.samverkan.metrics.rules;

import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.Severity;
import java.util.Locale;
import java.util.Objects;

/**
 * A finding (<i>anmärkning</i>) of a reporting rule: which rule, how serious, where in the document, and
 * a message in Swedish and English (docs/problems.md).
 *
 * <p>{@link #path()} is a JSON Pointer (RFC 6901) into the document's JSON form, such as
 * {@code /projects/0/cohorts/12}; property names are the model's JSON names. Messages name the problem
 * and, where useful, the values compared (amounts, dates, ranges, ids), but never a participant's
 * personal data (age, answers): the pointer says whose record it is.
 *
 * <p>Two findings are equal when rule, path and messages are equal. This class is immutable and
 * thread-safe.
 */
public final class Finding {

    private final Rule rule;
    private final String path;
    private final String swedishMessage;
    private final String englishMessage;

    private Finding(Rule rule, String path, String swedishMessage, String englishMessage) {
        this.rule = rule;
        this.path = path;
        this.swedishMessage = swedishMessage;
        this.englishMessage = englishMessage;
    }

    static Finding of(Rule rule, String path, String swedishMessage, String englishMessage) {
        return new Finding(
            Objects.requireNonNull(rule, "rule"),
            Objects.requireNonNull(path, "path"),
            Objects.requireNonNull(swedishMessage, "swedishMessage"),
            Objects.requireNonNull(englishMessage, "englishMessage"));
    }

    /**
     * The rule that found the problem.
     *
     * @return the rule, never null
     */
    public Rule rule() {
        return rule;
    }

    /**
     * This finding as a {@link Problem}, the library's one type for what is wrong with a document: the
     * rule's id and severity, the pointer and the messages.
     *
     * @return the problem, without a position, never null
     */
    public Problem toProblem() {
        return Problem.of(rule.id(), rule.severity(), path, swedishMessage, englishMessage);
    }

    /**
     * The severity, that of the {@link #rule() rule}.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return rule.severity();
    }

    /**
     * The JSON Pointer of the place in the document, such as {@code /projects/0/budget/statedTotals/1}.
     *
     * @return the pointer, never null
     */
    public String path() {
        return path;
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
        if (!(other instanceof Finding)) {
            return false;
        }
        Finding that = (Finding) other;
        return rule == that.rule && path.equals(that.path)
            && swedishMessage.equals(that.swedishMessage) && englishMessage.equals(that.englishMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, path, swedishMessage, englishMessage);
    }

    /**
     * The severity, rule, pointer and Swedish message, for logs and test failures.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return rule.severity() + " " + rule.id() + " " + path + ": " + swedishMessage;
    }
}

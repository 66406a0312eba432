package se.samverkan.model.validation;

import java.util.Locale;
import java.util.Objects;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.Severity;

/**
 * One broken field rule (<i>valideringsfel</i>) of a model object: where it is, which rule, and a
 * message in Swedish and English.
 *
 * <p>{@link #path()} is a JSON Pointer (RFC 6901) relative to the validated object, such as
 * {@code /projects/0/budget/lines/2/amount}; for a document it points into the document's JSON form.
 * {@link #messageKey()} is the stable key of the message bundle entry, such as
 * {@code se.samverkan.validation.Id.message} (an implementation detail); {@link #rule()} is the stable
 * problem id a user sees (such as {@code INVALID_ID}, or {@code OUTCOME_WITHOUT_END} for a constraint that
 * enforces a reporting rule), so a problem has one id whichever layer finds it. {@link #toProblem()} gives
 * the violation as the library's one {@link Problem} type.
 *
 * <p>Messages never contain the invalid value: participant data may be sensitive.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Violation {


    private final String path;
    private final String messageKey;
    private final String swedishMessage;
    private final String englishMessage;

    private Violation(String path, String messageKey, String swedishMessage, String englishMessage) {
        this.path = path;
        this.messageKey = messageKey;
        this.swedishMessage = swedishMessage;
        this.englishMessage = englishMessage;
    }

    /**
     * A violation.
     *
     * @param path the JSON Pointer of the offending field, not null ({@code ""} for the root)
     * @param messageKey the message key, not null
     * @param swedishMessage the message in Swedish, not null
     * @param englishMessage the message in English, not null
     * @return the violation, never null
     * @throws NullPointerException if an argument is null
     */
    public static Violation of(String path, String messageKey, String swedishMessage, String englishMessage) {
        return new Violation(
            Objects.requireNonNull(path, "path"),
            Objects.requireNonNull(messageKey, "messageKey"),
            Objects.requireNonNull(swedishMessage, "swedishMessage"),
            Objects.requireNonNull(englishMessage, "englishMessage"));
    }

    /**
     * The JSON Pointer of the offending field, relative to the validated object.
     *
     * @return the pointer, never null
     */
    public String path() {
        return path;
    }

    /**
     * The stable message key.
     *
     * @return the key, never null
     */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The stable problem id of the rule broken (listed in {@code docs/problems.md}): the reporting rule's
     * id for a constraint that enforces one (e.g. {@code OUTCOME_WITHOUT_END}), else the field rule's own
     * id (e.g. {@code INVALID_ID}, {@code NEGATIVE_AMOUNT}, {@code END_BEFORE_START}). Never a message key.
     *
     * @return the id, never null
     */
    public String rule() {
        return FieldRuleIds.id(messageKey);
    }

    /**
     * This violation as a {@link Problem}: its id, severity {@link Severity#ERROR} (every field rule, and
     * every reporting rule a field constraint enforces, is an error), pointer and messages.
     *
     * @return the problem, without a position, never null
     */
    public Problem toProblem() {
        return Problem.of(rule(), Severity.ERROR, path, swedishMessage, englishMessage);
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
        if (!(other instanceof Violation)) {
            return false;
        }
        Violation that = (Violation) other;
        return path.equals(that.path) && messageKey.equals(that.messageKey)
            && swedishMessage.equals(that.swedishMessage) && englishMessage.equals(that.englishMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, messageKey, swedishMessage, englishMessage);
    }

    /**
     * The pointer, key and Swedish message, for logs and test failures.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return path + " " + messageKey + ": " + swedishMessage;
    }
}

package se.samverkan.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A domain category with a Swedish and an English label (<i>benämning</i>), as printed in applications
 * and reports. Every enum of the model implements it; the JSON code of a constant is its {@code name()}.
 */
public interface Labelled {

    /** The Swedish label, as used in Swedish applications and follow-up (never null). */
    String swedishLabel();

    /** The English label (never null). */
    String englishLabel();

    /**
     * The label in the given language: English for an English locale, Swedish otherwise.
     *
     * @param locale the language wanted, not null
     * @return the label, never null
     * @throws NullPointerException if {@code locale} is null
     */
    default String label(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "en".equals(locale.getLanguage()) ? englishLabel() : swedishLabel();
    }
}

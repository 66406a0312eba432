package se.samverkan.metrics.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the reporting rules in one language, read from the {@code RuleMessages} bundle of this
 * package: a description per rule (key: the rule's id) and the messages of its findings (key:
 * {@code RULE.variant}, a {@link MessageFormat} pattern whose arguments are passed as text, so no
 * number is ever formatted by locale).
 */
final class RuleTexts {

    private static final String BUNDLE = "se.samverkan.metrics.rules.RuleMessages";

    static final RuleTexts SWEDISH = new RuleTexts(Locale.forLanguageTag("sv"));
    static final RuleTexts ENGLISH = new RuleTexts(Locale.ENGLISH);

    private final ResourceBundle bundle;

    private RuleTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    String description(Rule rule) {
        return bundle.getString(rule.id());
    }

    /**
     * The pattern of a finding's message, {@code RULE.variant}. A {@link MessageFormat} is not thread-safe:
     * each caller gets its own.
     *
     * @throws MissingResourceException if the bundle lacks the key (a defect caught by the tests)
     */
    MessageFormat pattern(Rule rule, String variant) {
        return new MessageFormat(bundle.getString(rule.id() + '.' + variant), Locale.ROOT);
    }
}

package se.samverkan.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The tool's own texts in Swedish (the default) or English, from {@code messages_sv} and
 * {@code messages_en} beside this class. Library messages (violations, findings, JSON problems) come
 * in the same language from the library itself.
 */
final class Messages {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("se.samverkan.cli.messages", locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts of {@code sv} or {@code en}; any other code is a usage error. */
    static Messages of(String language) throws UsageException {
        Objects.requireNonNull(language, "language");
        switch (language) {
            case "sv":
                return new Messages(SWEDISH);
            case "en":
                return new Messages(Locale.ENGLISH);
            default:
                throw new UsageException(new Messages(SWEDISH).text("error.lang", language)
                    + " / unknown language '" + language + "': use sv or en");
        }
    }

    static Messages swedish() {
        return new Messages(SWEDISH);
    }

    Locale locale() {
        return locale;
    }

    boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    /** The text of {@code key}, with {@code {0}}, {@code {1}}… replaced by the arguments. */
    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    /** The Swedish or English label of a library enum constant. */
    String label(se.samverkan.model.Labelled value) {
        return value.label(locale);
    }
}

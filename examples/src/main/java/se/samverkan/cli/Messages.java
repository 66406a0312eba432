package se.samverkan.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import picocli.CommandLine.TypeConversionException;

/**
 * The tool's own texts in Swedish (the default) or English, from {@code messages_sv} and
 * {@code messages_en} beside this class. Library messages (violations, findings, JSON problems) come
 * in the same language from the library itself.
 */
final class Messages {

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.locale = language.locale();
        this.bundle = ResourceBundle.getBundle("se.samverkan.cli.messages", locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The texts of the language with this code ({@code sv} or {@code en}).
     *
     * @throws UsageException for any other code; its message is in both languages, since neither is chosen
     */
    static Messages of(String code) throws UsageException {
        Objects.requireNonNull(code, "code");
        try {
            return new Messages(Codes.of(Language.class).convert(code));
        } catch (TypeConversionException e) {
            throw new UsageException(swedish().text("error.lang", code)
                + " / unknown language '" + code + "': use sv or en");
        }
    }

    static Messages swedish() {
        return new Messages(Language.SV);
    }

    Locale locale() {
        return locale;
    }

    boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    /** The whole bundle, for picocli's help texts. */
    ResourceBundle bundle() {
        return bundle;
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

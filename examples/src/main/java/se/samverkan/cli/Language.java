package se.samverkan.cli;

import java.util.Locale;

/** The language of the tool's messages, reports and help ({@code --lang sv|en}); Swedish is the default. */
enum Language {
    /** Swedish, the default. */
    SV(Locale.forLanguageTag("sv")),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }
}

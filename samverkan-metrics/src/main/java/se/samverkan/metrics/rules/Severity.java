package se.samverkan.metrics.rules;

import se.samverkan.model.Labelled;

/**
 * How serious a reporting rule's finding is (<i>allvarlighetsgrad</i>, DOMAIN.md §3).
 *
 * <p>The command-line tool's {@code validate} exits with status 1 when at least one finding is an
 * {@link #ERROR} (JSON.md §2); a {@link #WARNING} is printed but does not fail validation.
 */
public enum Severity implements Labelled {
    /** The document is wrong or inconsistent: a report built from it would be wrong. */
    ERROR("Fel", "Error"),

    /** The document is suspicious: worth a look, but it may be right. */
    WARNING("Varning", "Warning");

    private final String swedish;
    private final String english;

    Severity(String swedish, String english) {
        this.swedish = swedish;
        this.english = english;
    }

    @Override
    public String swedishLabel() {
        return swedish;
    }

    @Override
    public String englishLabel() {
        return english;
    }
}

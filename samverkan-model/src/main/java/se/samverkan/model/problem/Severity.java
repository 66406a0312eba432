package se.samverkan.model.problem;

import se.samverkan.model.Labelled;

/**
 * How serious a {@link Problem} is (<i>allvarlighetsgrad</i>).
 *
 * <p>Every problem the library reports has one: reading problems and field rules are always errors, and
 * each reporting rule has a fixed severity (listed in {@code docs/problems.md}). The command-line tool's
 * {@code validate} exits with status 1 when at least one problem is an {@link #ERROR}; a {@link #WARNING}
 * is printed but does not fail validation.
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

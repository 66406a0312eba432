package se.samverkan.model.project;

import se.samverkan.model.Labelled;

/**
 * How an intervention records its participants (<i>registrering av deltagare</i>).
 */
public enum Measurement implements Labelled {
    /** Person-level records, named (pseudonymous here) or anonymous. */
    PERSON_LEVEL("Personuppgifter/anonym", "Person level"),

    /** Aggregate counts only (participantCounts). */
    COUNT_ONLY("Endast antal", "Counts only");

    private final String swedish;
    private final String english;

    Measurement(String swedish, String english) {
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

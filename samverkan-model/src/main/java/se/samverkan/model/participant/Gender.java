package se.samverkan.model.participant;

import se.samverkan.model.Labelled;

/**
 * A participant's gender (<i>kön</i>) as registered; follow-up reports women and men.
 */
public enum Gender implements Labelled {
    /** A woman. */
    WOMAN("Kvinna", "Woman"),

    /** A man. */
    MAN("Man", "Man"),

    /** Non-binary. */
    NON_BINARY("Icke-binär", "Non-binary"),

    /** Not specified. */
    UNSPECIFIED("Ej angivet", "Unspecified");

    private final String swedish;
    private final String english;

    Gender(String swedish, String english) {
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

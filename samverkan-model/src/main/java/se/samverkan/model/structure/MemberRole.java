package se.samverkan.model.structure;

import se.samverkan.model.Labelled;

/**
 * How a party takes part in a cooperation group (<i>roll i gruppen</i>).
 */
public enum MemberRole implements Labelled {
    /** An ordinary member, expected at every meeting (<i>ledamot</i>). */
    MEMBER("Ledamot", "Member"),

    /** Joins when needed or at set times, such as twice a year (<i>adjungerad</i>). */
    ADJUNCT("Adjungerad", "Adjunct"),

    /** Always invited but not a member, such as the coordination association (<i>gäst</i>). */
    GUEST("Gäst", "Guest");

    private final String swedish;
    private final String english;

    MemberRole(String swedish, String english) {
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

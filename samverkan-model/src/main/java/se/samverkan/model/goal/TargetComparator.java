package se.samverkan.model.goal;

import se.samverkan.model.Labelled;

/**
 * How a goal's actual value is compared with its target (<i>jämförelse</i>).
 */
public enum TargetComparator implements Labelled {
    /** Attained when actual ≥ value. */
    AT_LEAST("Minst", "At least"),

    /** Attained when actual ≤ value. */
    AT_MOST("Högst", "At most"),

    /** Attained when value ≤ actual ≤ upper (inclusive). */
    BETWEEN("Mellan", "Between");

    private final String swedish;
    private final String english;

    TargetComparator(String swedish, String english) {
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

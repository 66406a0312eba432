package se.samverkan.model.project;

import se.samverkan.model.Labelled;

/**
 * The orientation of an intervention (<i>inriktning</i>). An intervention that is both is registered
 * as two.
 */
public enum Orientation implements Labelled {
    /** Aimed at individuals; has participants. */
    INDIVIDUAL("Individinriktad", "Aimed at individuals"),

    /** Aimed at structures: managers, methods, cooperation; counts participants at most. */
    STRUCTURAL("Strukturövergripande", "Aimed at structures");

    private final String swedish;
    private final String english;

    Orientation(String swedish, String english) {
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

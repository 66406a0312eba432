package se.samverkan.model.association;

import se.samverkan.model.Labelled;

/**
 * How a quarter of a förbund's funds is split among several regions or municipalities
 * (<i>fördelningsnyckel</i>, Finsamlagen §5).
 */
public enum KeyMethod implements Labelled {
    /** In proportion to each member's population (the default). */
    POPULATION("Befolkningsnyckel", "Population key"),

    /** By explicitly agreed shares that sum to exactly 1. */
    AGREED("Överenskommen nyckel", "Agreed key");

    private final String swedish;
    private final String english;

    KeyMethod(String swedish, String english) {
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

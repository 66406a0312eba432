package se.samverkan.model.project;

import se.samverkan.model.Labelled;

/**
 * A priority group of a target group (<i>prioriterad grupp</i>).
 */
public enum PriorityGroup implements Labelled {
    /** Young people outside work and studies. */
    YOUTH_NOT_IN_EMPLOYMENT_OR_EDUCATION("Unga utanför arbete och studier", "Young people not in employment or education"),

    /** People with mental ill-health. */
    MENTAL_ILL_HEALTH("Psykisk ohälsa", "Mental ill-health"),

    /** Newly arrived immigrants. */
    NEWLY_ARRIVED("Nyanlända", "Newly arrived immigrants"),

    /** People on long-term sick leave. */
    LONG_TERM_SICK("Långtidssjukskrivna", "Long-term sick"),

    /** Long-term unemployed people. */
    LONG_TERM_UNEMPLOYED("Långtidsarbetslösa", "Long-term unemployed"),

    /** People with substance abuse. */
    SUBSTANCE_ABUSE("Missbruk", "Substance abuse"),

    /** People with a disability. */
    DISABILITY("Funktionsnedsättning", "Disability"),

    /** Another group. */
    OTHER("Annan grupp", "Other");

    private final String swedish;
    private final String english;

    PriorityGroup(String swedish, String english) {
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

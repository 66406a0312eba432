package se.samverkan.model.participant;

import se.samverkan.model.Labelled;

/**
 * The group of an income source (<i>försörjningsgrupp</i>) used by income-transition metrics.
 */
public enum IncomeGroup implements Labelled {
    /** Wages, supported employment or student finance. */
    SELF_SUPPORT("Egen försörjning", "Self-support"),

    /** Sickness benefit, activity or sickness compensation. */
    ILL_HEALTH("Ersättning vid ohälsa", "Ill-health benefits"),

    /** Unemployment insurance, activity support, establishment benefit. */
    LABOUR_MARKET("Arbetsmarknadsersättning", "Labour-market benefits"),

    /** Social assistance (<i>försörjningsstöd</i>). */
    SOCIAL_ASSISTANCE("Försörjningsstöd", "Social assistance"),

    /** No income. */
    NONE("Saknar försörjning", "No income"),

    /** Another source. */
    OTHER("Annan", "Other");

    private final String swedish;
    private final String english;

    IncomeGroup(String swedish, String english) {
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

    /**
     * Whether a person with an income source in this group is publicly supported (docs/format.md).
     *
     * @return true for ILL_HEALTH, LABOUR_MARKET and SOCIAL_ASSISTANCE
     */
    public boolean isPublicSupport() {
        return this == ILL_HEALTH || this == LABOUR_MARKET || this == SOCIAL_ASSISTANCE;
    }
}

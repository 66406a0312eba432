package se.samverkan.model.participant;

import se.samverkan.model.Labelled;

/**
 * A source of income (<i>försörjningskälla</i>) at the start or end of a participation.
 */
public enum IncomeSource implements Labelled {
    /** Wages (<i>lön</i>). */
    EMPLOYMENT("Lön", "Employment", IncomeGroup.SELF_SUPPORT),

    /** Subsidised employment (<i>anställning med stöd</i>). */
    SUBSIDISED_EMPLOYMENT("Anställning med stöd", "Subsidised employment", IncomeGroup.SELF_SUPPORT),

    /** Student finance (<i>studiemedel</i>). */
    STUDENT_FINANCE("Studiemedel", "Student finance", IncomeGroup.SELF_SUPPORT),

    /** Sickness or rehabilitation benefit. */
    SICKNESS_BENEFIT("Sjukpenning, rehabiliteringspenning", "Sickness benefit", IncomeGroup.ILL_HEALTH),

    /** Activity compensation (<i>aktivitetsersättning</i>). */
    ACTIVITY_COMPENSATION("Aktivitetsersättning", "Activity compensation", IncomeGroup.ILL_HEALTH),

    /** Sickness compensation (<i>sjukersättning</i>). */
    SICKNESS_COMPENSATION("Sjukersättning", "Sickness compensation", IncomeGroup.ILL_HEALTH),

    /** Unemployment insurance (<i>a-kassa</i>). */
    UNEMPLOYMENT_INSURANCE("A-kassa", "Unemployment insurance", IncomeGroup.LABOUR_MARKET),

    /** Activity support or development allowance. */
    ACTIVITY_SUPPORT("Aktivitetsstöd, utvecklingsersättning", "Activity support", IncomeGroup.LABOUR_MARKET),

    /** Establishment benefit for newly arrived (<i>etableringsersättning</i>). */
    ESTABLISHMENT_BENEFIT("Etableringsersättning", "Establishment benefit", IncomeGroup.LABOUR_MARKET),

    /** Social assistance (<i>försörjningsstöd</i>). */
    SOCIAL_ASSISTANCE("Försörjningsstöd", "Social assistance", IncomeGroup.SOCIAL_ASSISTANCE),

    /** No income (<i>saknar försörjning</i>). */
    NO_INCOME("Saknar försörjning", "No income", IncomeGroup.NONE),

    /** Another source. */
    OTHER("Annan försörjning", "Other", IncomeGroup.OTHER);

    private final String swedish;
    private final String english;
    private final IncomeGroup group;

    IncomeSource(String swedish, String english, IncomeGroup group) {
        this.swedish = swedish;
        this.english = english;
        this.group = group;
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
     * The group this source belongs to.
     *
     * @return the group, never null
     */
    public IncomeGroup group() {
        return group;
    }

    /**
     * Whether this source means the person is publicly supported (docs/format.md).
     *
     * @return true if the group is ILL_HEALTH, LABOUR_MARKET or SOCIAL_ASSISTANCE
     */
    public boolean isPublicSupport() {
        return group.isPublicSupport();
    }
}

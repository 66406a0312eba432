package se.samverkan.model.party;

import se.samverkan.model.Labelled;

/**
 * The kind of a party (<i>aktörstyp</i>). The first four are the members a coordination association
 * must have (Finsamlagen §3). A unit with a parent counts, for every legal rule and cost attribution, as
 * its top-most ancestor's type (docs/format.md).
 */
public enum PartyType implements Labelled {
    /** Försäkringskassan, the social insurance agency; pays the state half of a förbund's funds. */
    SOCIAL_INSURANCE_AGENCY("Försäkringskassan", "Social Insurance Agency"),

    /** Arbetsförmedlingen, the public employment service; its part of the state half is paid by Försäkringskassan. */
    PUBLIC_EMPLOYMENT_SERVICE("Arbetsförmedlingen", "Public Employment Service"),

    /** A region (formerly <i>landsting</i>): health care. */
    REGION("Region", "Region"),

    /** A municipality (<i>kommun</i>): social services, adult education, labour-market unit. */
    MUNICIPALITY("Kommun", "Municipality"),

    /** A coordination association (<i>samordningsförbund</i>). */
    COORDINATION_ASSOCIATION("Samordningsförbund", "Coordination association"),

    /** ESF-rådet or another EU fund body. */
    EU_FUND("EU-fond", "EU fund"),

    /** Another public body. */
    OTHER_PUBLIC("Annan offentlig aktör", "Other public body"),

    /** A private company. */
    PRIVATE("Privat aktör", "Private organisation"),

    /** A non-profit organisation (<i>idéburen organisation</i>). */
    NON_PROFIT("Idéburen organisation", "Non-profit organisation");

    private final String swedish;
    private final String english;

    PartyType(String swedish, String english) {
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
     * Whether this type is one of the four kinds of member a coordination association must have
     * (Finsamlagen §3).
     *
     * @return true for Försäkringskassan, Arbetsförmedlingen, region and municipality
     */
    public boolean isMemberType() {
        return this == SOCIAL_INSURANCE_AGENCY || this == PUBLIC_EMPLOYMENT_SERVICE
            || this == REGION || this == MUNICIPALITY;
    }
}

package se.samverkan.model.valuation;

import se.samverkan.model.Labelled;
import se.samverkan.model.party.PartyType;

/**
 * The public payer of an income source in a valuation (<i>betalare</i>): one of the four kinds of member
 * of a förbund, or another public body (for example the Swedish Pensions Agency or CSN). Private and
 * non-profit parties, EU funds and the förbund itself are never payers of support.
 *
 * <p>Each payer is a {@link PartyType}, so that the value of a change in support can be set against the
 * cost the same kind of party bears for the insats.
 */
public enum Payer implements Labelled {

    /** Försäkringskassan: sickness benefit, activity and sickness compensation. */
    SOCIAL_INSURANCE_AGENCY(PartyType.SOCIAL_INSURANCE_AGENCY),
    /** Arbetsförmedlingen: activity support, establishment benefit. */
    PUBLIC_EMPLOYMENT_SERVICE(PartyType.PUBLIC_EMPLOYMENT_SERVICE),
    /** A region (<i>region</i>): health care. */
    REGION(PartyType.REGION),
    /** A municipality (<i>kommun</i>): social assistance. */
    MUNICIPALITY(PartyType.MUNICIPALITY),
    /** Another public body, such as an unemployment insurance fund's state funding or CSN. */
    OTHER_PUBLIC(PartyType.OTHER_PUBLIC);

    private final PartyType partyType;

    Payer(PartyType partyType) {
        this.partyType = partyType;
    }

    /**
     * The type of party this payer is; its cost for an insats is the cost parties of this type bear.
     *
     * @return the party type, never null
     */
    public PartyType partyType() {
        return partyType;
    }

    @Override
    public String swedishLabel() {
        return partyType.swedishLabel();
    }

    @Override
    public String englishLabel() {
        return partyType.englishLabel();
    }
}

package se.samverkan.metrics.costs;

import se.samverkan.model.Labelled;

/**
 * Why a förbund key (<i>fördelningsnyckel</i>) cannot be computed (docs/metrics.md "Cost sharing"). The
 * reporting rules report the same situations as {@code ASSOCIATION_MEMBERS_INCOMPLETE},
 * {@code KEY_INCOMPLETE} and {@code FUNDING_SHARES_NOT_WHOLE}; the metric names them so that a caller
 * sees why no split is given.
 */
public enum KeyProblemType implements Labelled {
    /** No member counts as Försäkringskassan, so nobody pays the state half. */
    MISSING_SOCIAL_INSURANCE_AGENCY("Försäkringskassan saknas bland förbundets medlemmar",
        "Försäkringskassan is not a member of the association"),

    /** More than one member counts as Försäkringskassan, so the state half has no single payer. */
    SEVERAL_SOCIAL_INSURANCE_AGENCIES("Mer än en medlem räknas som Försäkringskassan",
        "More than one member counts as Försäkringskassan"),

    /** No member counts as a region, so nobody pays the regions' quarter. */
    MISSING_REGION("Ingen region bland förbundets medlemmar", "No region among the association's members"),

    /** No member counts as a municipality, so nobody pays the municipalities' quarter. */
    MISSING_MUNICIPALITY("Ingen kommun bland förbundets medlemmar",
        "No municipality among the association's members"),

    /**
     * A member's type is unknown: no party has its id, a parent it names is missing, or its parent
     * chain is a cycle; whether it shares a quarter cannot be known.
     */
    UNKNOWN_MEMBER("Medlemmens typ är okänd (ingen sådan part, eller en bruten eller cirkulär kedja av "
        + "överordnade)", "The member's type is unknown (no such party, or a broken or circular parent chain)"),

    /** A population key has to split a quarter among several members and one lacks a population. */
    MISSING_POPULATION("Befolkningsnyckeln saknar medlemmens folkmängd",
        "The population key lacks the member's population"),

    /** A population key has to split a quarter among members whose populations are all zero. */
    ZERO_POPULATION("Folkmängden är noll för varje medlem i befolkningsnyckeln",
        "The population is zero for every member of the population key"),

    /** An agreed key has no share for a member of its type. */
    SHARE_MISSING("Den överenskomna nyckeln saknar andel för medlemmen",
        "The agreed key has no share for the member"),

    /** An agreed key lists a party that is not a member of the key's type. */
    SHARE_FOR_NON_MEMBER("Den överenskomna nyckeln har en andel för en part som inte är medlem av nyckelns typ",
        "The agreed key has a share for a party that is not a member of the key's type"),

    /** An agreed key lists a member more than once. */
    DUPLICATE_SHARE("Den överenskomna nyckeln har flera andelar för medlemmen",
        "The agreed key lists the member more than once"),

    /** The shares of an agreed key do not sum to exactly 1. */
    SHARES_NOT_WHOLE("Andelarna i den överenskomna nyckeln summerar inte till exakt 1",
        "The shares of the agreed key do not sum to exactly 1");

    private final String swedish;
    private final String english;

    KeyProblemType(String swedish, String english) {
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

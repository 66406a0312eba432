package se.samverkan.model.budget;

import se.samverkan.model.Labelled;

/**
 * A budget category (<i>kostnadsslag</i>).
 */
public enum CostCategory implements Labelled {
    /** Staff (<i>personal</i>). */
    STAFF("Personal", "Staff"),

    /** External services (<i>externa tjänster</i>). */
    EXTERNAL_SERVICES("Externa tjänster", "External services"),

    /** Premises (<i>lokaler</i>). */
    PREMISES("Lokaler", "Premises"),

    /** Equipment (<i>utrustning</i>). */
    EQUIPMENT("Utrustning", "Equipment"),

    /** Travel (<i>resor</i>). */
    TRAVEL("Resor", "Travel"),

    /** Evaluation (<i>utvärdering</i>). */
    EVALUATION("Utvärdering", "Evaluation"),

    /** Activities for participants, including a rehabilitation fund (<i>rehabpott</i>). */
    PARTICIPANT_ACTIVITIES("Aktiviteter för deltagare", "Participant activities"),

    /** Other costs (<i>övrigt</i>). */
    OTHER("Övrigt", "Other");

    private final String swedish;
    private final String english;

    CostCategory(String swedish, String english) {
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

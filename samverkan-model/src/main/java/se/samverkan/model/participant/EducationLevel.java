package se.samverkan.model.participant;

import se.samverkan.model.Labelled;

/**
 * A participant's highest education (<i>utbildningsnivå</i>), with the ESF+ ISCED group it maps to.
 */
public enum EducationLevel implements Labelled {
    /** Compulsory school shorter than 9 years; ISCED 0–2. */
    PRIMARY_UNDER_9_YEARS("Förgymnasial kortare än 9 år", "Primary, under 9 years", "ISCED 0-2"),

    /** Compulsory school of 9 years; ISCED 0–2. */
    PRIMARY_9_YEARS("Förgymnasial 9 år", "Primary, 9 years", "ISCED 0-2"),

    /** Upper secondary school (<i>gymnasium</i>); ISCED 3–4. */
    UPPER_SECONDARY("Gymnasial", "Upper secondary", "ISCED 3-4"),

    /** Post-secondary education shorter than 3 years; ISCED 5–8. */
    POST_SECONDARY_UNDER_3_YEARS("Eftergymnasial kortare än 3 år", "Post-secondary, under 3 years", "ISCED 5-8"),

    /** Post-secondary education of 3 years or more; ISCED 5–8. */
    POST_SECONDARY_3_YEARS_OR_MORE("Eftergymnasial 3 år eller längre", "Post-secondary, 3 years or more", "ISCED 5-8"),

    /** Not known. */
    UNKNOWN("Okänd", "Unknown", "unknown");

    private final String swedish;
    private final String english;
    private final String iscedGroup;

    EducationLevel(String swedish, String english, String iscedGroup) {
        this.swedish = swedish;
        this.english = english;
        this.iscedGroup = iscedGroup;
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
     * The ESF+ ISCED group this level maps to: {@code "ISCED 0-2"}, {@code "ISCED 3-4"},
     * {@code "ISCED 5-8"} or {@code "unknown"}.
     *
     * @return the group, never null
     */
    public String iscedGroup() {
        return iscedGroup;
    }
}

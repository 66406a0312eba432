package se.samverkan.model.goal;

import se.samverkan.model.Labelled;

/**
 * How a goal's outcome is measured (<i>indikator</i>, docs/format.md).
 */
public enum IndicatorType implements Labelled {
    /** Count of participations started in the measurement period. */
    PARTICIPANTS_STARTED("Antal påbörjade deltaganden", "Participations started"),

    /** Percent of ended participations whose exit outcome is in the indicator's set. */
    EXIT_OUTCOME_SHARE("Andel avslutade med utfall", "Share of ended with outcome"),

    /** Count of ended participations whose exit outcome is in the indicator's set. */
    EXIT_OUTCOME_COUNT("Antal avslutade med utfall", "Ended with outcome"),

    /** Percent of answers to a survey question at or above a threshold, among those that answered. */
    SURVEY_SHARE("Andel enkätsvar över gräns", "Share of survey answers at threshold"),

    /** A value or deliverable the project reports itself. */
    REPORTED("Rapporterat värde", "Reported value");

    private final String swedish;
    private final String english;

    IndicatorType(String swedish, String english) {
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
     * Whether the indicator is a percentage (0–100) rather than a count.
     *
     * @return true for {@link #EXIT_OUTCOME_SHARE} and {@link #SURVEY_SHARE}
     */
    public boolean isShare() {
        return this == EXIT_OUTCOME_SHARE || this == SURVEY_SHARE;
    }

    /**
     * Whether the indicator is a count of participations.
     *
     * @return true for {@link #PARTICIPANTS_STARTED} and {@link #EXIT_OUTCOME_COUNT}
     */
    public boolean isCount() {
        return this == PARTICIPANTS_STARTED || this == EXIT_OUTCOME_COUNT;
    }
}

package se.samverkan.model.participant;

import se.samverkan.model.Labelled;

/**
 * A participant's status when a participation ends (<i>status vid avslut</i>).
 *
 * <p>{@link #ERRONEOUS_REGISTRATION} marks a participation that should never have been registered; it is
 * excluded from every count and metric (docs/format.md), even when the correction came late.
 */
public enum ExitOutcome implements Labelled {
    /** Work (<i>arbete</i>). */
    EMPLOYMENT("Arbete", "Employment", ReportGroup.WORK_OR_STUDIES),

    /** Work with support: wage subsidy, new-start job and the like. */
    SUBSIDISED_EMPLOYMENT("Arbete med stöd", "Subsidised employment", ReportGroup.WORK_OR_STUDIES),

    /** Studies (<i>studier</i>). */
    STUDIES("Studier", "Studies", ReportGroup.WORK_OR_STUDIES),

    /** Actively seeking work. */
    JOB_SEEKING("Aktivt arbetssökande", "Job seeking", ReportGroup.JOB_SEEKING),

    /** On to the right support at another party or intervention. */
    OTHER_SUPPORT("Vidare till rätt stöd", "Other support", ReportGroup.OTHER),

    /** Sick leave, care or treatment. */
    HEALTH_CARE("Sjukskrivning, vård, behandling", "Health care", ReportGroup.OTHER),

    /** Discontinued (<i>avbrott</i>). */
    DISCONTINUED("Avbrott", "Discontinued", ReportGroup.OTHER),

    /** Moved away (<i>flyttat</i>). */
    MOVED("Flyttat", "Moved", ReportGroup.OTHER),

    /** Another outcome. */
    OTHER("Övrigt", "Other", ReportGroup.OTHER),

    /** Erroneous registration (<i>felregistrering</i>); excluded from every count and metric. */
    ERRONEOUS_REGISTRATION("Felregistrering", "Erroneous registration", null);

    private final String swedish;
    private final String english;
    private final ReportGroup reportGroup;

    ExitOutcome(String swedish, String english, ReportGroup reportGroup) {
        this.swedish = swedish;
        this.english = english;
        this.reportGroup = reportGroup;
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
     * The report group of this outcome.
     *
     * @return the group, never null
     * @throws IllegalStateException for {@link #ERRONEOUS_REGISTRATION}, which belongs to no group
     */
    public ReportGroup reportGroup() {
        if (reportGroup == null) {
            throw new IllegalStateException("ERRONEOUS_REGISTRATION belongs to no report group");
        }
        return reportGroup;
    }

    /**
     * Whether this outcome counts in metrics; false only for {@link #ERRONEOUS_REGISTRATION}.
     *
     * @return true if the participation is counted
     */
    public boolean isCounted() {
        return this != ERRONEOUS_REGISTRATION;
    }
}

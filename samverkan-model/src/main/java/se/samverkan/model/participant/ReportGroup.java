package se.samverkan.model.participant;

import se.samverkan.model.Labelled;

/**
 * The report group of an exit outcome (<i>redovisningsgrupp</i>).
 */
public enum ReportGroup implements Labelled {
    /** Employment, subsidised employment or studies. */
    WORK_OR_STUDIES("Arbete eller studier", "Work or studies"),

    /** Actively seeking work. */
    JOB_SEEKING("Arbetssökande", "Job seeking"),

    /** Any other outcome. */
    OTHER("Övrigt", "Other");

    private final String swedish;
    private final String english;

    ReportGroup(String swedish, String english) {
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

package se.samverkan.model.project;

import se.samverkan.model.Labelled;

/**
 * The kind of an intervention (<i>insatstyp</i>).
 */
public enum ProjectKind implements Labelled {
    /** A pre-study, weeks to months, often producing a project plan. */
    PRE_STUDY("Förstudie", "Pre-study"),

    /** A development process, for example three years with a process leader. */
    PROCESS("Process", "Process"),

    /** A time-bound project with participants. */
    PROJECT("Projekt", "Project"),

    /** An intervention that continues as ordinary, permanent activity. */
    ONGOING("Varaktig verksamhet", "Ongoing activity");

    private final String swedish;
    private final String english;

    ProjectKind(String swedish, String english) {
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

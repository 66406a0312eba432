package se.samverkan.model.structure;

import se.samverkan.model.Labelled;

/**
 * The level of a cooperation group (<i>samverkansnivå</i>), from the county's top managers down to the
 * case officers who meet individuals.
 */
public enum GroupLevel implements Labelled {
    /** The county's top managers of the parties (<i>länsledning</i>). */
    COUNTY_LEADERSHIP("Länsledning", "County leadership"),

    /** Middle managers, each party's own management (<i>mellanchefer</i>). */
    MANAGEMENT("Mellanchefer", "Management"),

    /** First-line managers of one municipality's area (<i>Mysam, myndighetssamverkan</i>). */
    FIRST_LINE_MANAGERS("Första linjens chefer (Mysam)", "First-line managers (Mysam)"),

    /** Case officers working with individuals (<i>Trisam, tidig rehabilitering i samverkan</i>). */
    CASE_OFFICERS("Handläggare (Trisam)", "Case officers (Trisam)"),

    /** Any other kind of group. */
    OTHER("Annan grupp", "Other group");

    private final String swedish;
    private final String english;

    GroupLevel(String swedish, String english) {
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

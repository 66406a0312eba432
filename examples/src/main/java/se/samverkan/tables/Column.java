package se.samverkan.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column of an importable table: its English name (the document's property name) and Swedish heading.
 * A header cell names a column by either, whatever the case.
 */
enum Column {
    // Participations: one row per participation.
    PARTICIPANT(TableKind.PARTICIPATIONS, "participant", "Deltagare", true),
    ANONYMOUS(TableKind.PARTICIPATIONS, "anonymous", "Anonym", false),
    GENDER(TableKind.PARTICIPATIONS, "gender", "Kön", true),
    BIRTH_YEAR(TableKind.PARTICIPATIONS, "birthYear", "Födelseår", false),
    EDUCATION_LEVEL(TableKind.PARTICIPATIONS, "educationLevel", "Utbildningsnivå", false),
    PROJECT(TableKind.PARTICIPATIONS, "project", "Insats", true),
    START(TableKind.PARTICIPATIONS, "start", "Startdatum", true),
    END(TableKind.PARTICIPATIONS, "end", "Slutdatum", false),
    COHORT(TableKind.PARTICIPATIONS, "cohort", "Gruppstart", false),
    AUTHORITY_CONTACTS(TableKind.PARTICIPATIONS, "authorityContacts", "Myndighetskontakter", false),
    INCOME_AT_START(TableKind.PARTICIPATIONS, "incomeAtStart", "Försörjning vid start", false),
    INCOME_AT_END(TableKind.PARTICIPATIONS, "incomeAtEnd", "Försörjning vid avslut", false),
    EXIT_OUTCOME(TableKind.PARTICIPATIONS, "exitOutcome", "Utfall vid avslut", false),
    REENROLMENT_REASON(TableKind.PARTICIPATIONS, "reenrolmentReason", "Skäl till återinskrivning", false),

    // Budget: one row per budget or outcome line.
    LINE_PROJECT(TableKind.BUDGET, "project", "Insats", true),
    KIND(TableKind.BUDGET, "kind", "Slag", false),
    YEAR(TableKind.BUDGET, "year", "År", true),
    CATEGORY(TableKind.BUDGET, "category", "Kostnadsslag", true),
    ITEM(TableKind.BUDGET, "item", "Post", true),
    AMOUNT(TableKind.BUDGET, "amount", "Belopp", true),
    FUNDED_BY(TableKind.BUDGET, "fundedBy", "Finansiär", false);

    /** The prefix of a survey answer column, {@code survey.<question id>}, in English and Swedish. */
    static final String SURVEY = "survey.";
    static final String SURVEY_SWEDISH = "enkät.";

    private final TableKind table;
    private final String english;
    private final String swedish;
    private final boolean required;

    Column(TableKind table, String english, String swedish, boolean required) {
        this.table = table;
        this.english = english;
        this.swedish = swedish;
        this.required = required;
    }

    String english() {
        return english;
    }

    String swedish() {
        return swedish;
    }

    /** Whether the header must name this column. */
    boolean required() {
        return required;
    }

    /** Whether a heading names this column. */
    boolean isNamedBy(String heading) {
        String key = heading.trim().toLowerCase(Locale.ROOT);
        return key.equals(english.toLowerCase(Locale.ROOT)) || key.equals(swedish.toLowerCase(Locale.ROOT));
    }

    /** The columns of a table, in template order. */
    static List<Column> of(TableKind table) {
        List<Column> columns = new ArrayList<>();
        for (Column column : values()) {
            if (column.table == table) {
                columns.add(column);
            }
        }
        return columns;
    }
}

package se.samverkan.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import se.samverkan.model.Labelled;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.PartyType;

/**
 * Participation rows gathered into participants, one row at a time. Rows with the same participant id are
 * one participant, in the order of their first row. The person columns (anonymous, gender, birth year,
 * education) of a participant's rows must agree: a blank cell agrees with anything, the first non-blank
 * value counts, and a different non-blank value on a later row is a problem of that row.
 *
 * <p>What is kept per participant is its person values and its participations; the rows themselves are
 * not kept, and the texts repeated on many rows (project ids, dates) are shared.
 */
final class ParticipationRows {

    private static final Codes<Gender> GENDERS = Codes.of(Gender.class);
    private static final Codes<EducationLevel> EDUCATION = Codes.of(EducationLevel.class);
    private static final Codes<PartyType> PARTY_TYPES = Codes.of(PartyType.class);
    private static final Codes<IncomeSource> INCOME = Codes.of(IncomeSource.class);
    private static final Codes<ExitOutcome> OUTCOMES = Codes.of(ExitOutcome.class);

    private final Header header;
    private final Cells cells;
    private final Problems problems;
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, String> shared = new HashMap<>();
    private final Map<LocalDate, LocalDate> dates = new HashMap<>();

    ParticipationRows(Header header, Problems problems) {
        this.header = header;
        this.cells = new Cells(header, problems);
        this.problems = problems;
    }

    /** One participant's person values as first given, and its participations so far. */
    private static final class Person {
        final String id;
        final long firstRow;
        Boolean anonymous;
        Gender gender;
        Integer birthYear;
        EducationLevel educationLevel;
        final List<Participation> participations = new ArrayList<>(1);

        Person(String id, long firstRow) {
            this.id = id;
            this.firstRow = firstRow;
        }
    }

    void accept(List<String> row, long number) {
        cells.at(row, number);
        if (cells.blank()) {
            return;
        }
        header.checkUnnamed(row, number, problems);
        String id = cells.required(Column.PARTICIPANT);
        Boolean anonymous = cells.bool(Column.ANONYMOUS);
        Gender gender = cells.code(Column.GENDER, GENDERS);
        Integer birthYear = cells.integer(Column.BIRTH_YEAR);
        EducationLevel education = cells.code(Column.EDUCATION_LEVEL, EDUCATION);
        Participation participation = participation();
        if (id == null) {
            return;
        }
        Person person = persons.computeIfAbsent(id, key -> new Person(key, number));
        person.anonymous = agree(Column.ANONYMOUS, person.anonymous, anonymous);
        person.gender = agree(Column.GENDER, person.gender, gender);
        person.birthYear = agree(Column.BIRTH_YEAR, person.birthYear, birthYear);
        person.educationLevel = agree(Column.EDUCATION_LEVEL, person.educationLevel, education);
        if (participation != null && problems.isEmpty()) {
            person.participations.add(participation);
        }
    }

    /** The first non-blank value; a different later one is a problem of this row. */
    private <T> T agree(Column column, T first, T value) {
        if (first == null) {
            return value;
        }
        if (value != null && !Objects.equals(first, value)) {
            // A code is named as the user writes it: by its label (Kvinna / Woman), not the constant.
            String swedish = first instanceof Labelled ? ((Labelled) first).swedishLabel() : String.valueOf(first);
            String english = first instanceof Labelled ? ((Labelled) first).englishLabel() : String.valueOf(first);
            cells.problem(column, cells.raw(column), "skiljer sig från deltagarens tidigare rad (" + swedish + ")",
                "differs from the participant's earlier row (" + english + ")");
        }
        return first;
    }

    private Participation participation() {
        String project = cells.required(Column.PROJECT);
        LocalDate start = cells.date(Column.START);
        if (start == null && cells.text(Column.START) == null) {
            cells.required(Column.START);
        }
        LocalDate end = cells.date(Column.END);
        String cohort = cells.text(Column.COHORT);
        var contacts = cells.codes(Column.AUTHORITY_CONTACTS, PARTY_TYPES);
        var incomeAtStart = cells.codes(Column.INCOME_AT_START, INCOME);
        var incomeAtEnd = cells.codes(Column.INCOME_AT_END, INCOME);
        ExitOutcome outcome = cells.code(Column.EXIT_OUTCOME, OUTCOMES);
        String reason = cells.text(Column.REENROLMENT_REASON);
        Map<String, Integer> survey = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> question : header.survey().entrySet()) {
            int index = question.getValue();
            Integer answer = cells.integer(header.heading(index), cells.index(index));
            if (answer != null) {
                survey.put(question.getKey(), answer);
            }
        }
        if (project == null || start == null) {
            return null;
        }
        return Participation.builder().project(shared.computeIfAbsent(project, p -> p))
            .start(dates.computeIfAbsent(start, d -> d)).end(end == null ? null : dates.computeIfAbsent(end, d -> d))
            .cohort(cohort).authorityContacts(contacts).incomeAtStart(incomeAtStart).incomeAtEnd(incomeAtEnd)
            .exitOutcome(outcome).survey(survey).reenrolmentReason(reason).build();
    }

    /**
     * The participants, in the order of their first row; a participant without a gender on any row is a
     * problem of its first row. Each participant is built and its draft dropped in turn.
     */
    List<Participant> participants() {
        List<Participant> participants = new ArrayList<>(persons.size());
        Iterator<Person> drafts = persons.values().iterator();
        while (drafts.hasNext()) {
            Person person = drafts.next();
            if (person.gender == null) {
                problems.add(person.firstRow, header.heading(Column.GENDER), "", "värde saknas för deltagaren "
                    + person.id, "a value is required for participant " + person.id);
            } else if (problems.isEmpty()) {
                participants.add(Participant.builder().id(person.id)
                    .anonymous(person.anonymous != null && person.anonymous).gender(person.gender)
                    .birthYear(person.birthYear == null ? OptionalInt.empty() : OptionalInt.of(person.birthYear))
                    .educationLevel(person.educationLevel)
                    .participations(person.participations).build());
            }
            drafts.remove();
        }
        return participants;
    }
}

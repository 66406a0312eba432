package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.ImmutableCoordinationAssociation;
import se.samverkan.model.goal.ImmutableGoal;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.ImmutableParty;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.ImmutableProject;
import se.samverkan.model.testing.SeedDocuments;

/**
 * Realistic documents (the seeds of examples/data/README.md) and the edits and assertions the field-rule tests
 * share: change one field, validate the whole document, expect exactly the listed pointer and key.
 */
final class FieldRules {

    static final SamverkanValidator VALIDATOR = SamverkanValidator.create();

    /** Parties of {@link #gemensammaTaget()} by index. */
    static final int FORBUND = 0;
    static final int FK = 1;
    static final int LANDSTING = 3;
    static final int PSYKIATRIN = 4;
    static final int KOMMUN = 5;

    /** Goals of Gemensamma taget by index. */
    static final int PARTICIPANTS_GOAL = 0;
    static final int WORK_GOAL = 1;
    static final int STUDIES_GOAL = 2;
    static final int SURVEY_GOAL = 3;

    private FieldRules() {
    }

    /** Gemensamma taget Vuxna with one ended, non-anonymous participant (see {@link #participant()}). */
    static SamverkanDocument gemensammaTaget() {
        return ImmutableSamverkanDocument.copyOf(SeedDocuments.gemensammaTagetVuxna()).withParticipants(participant());
    }

    /** A participant of Gemensamma taget, group 1, ended in work, with contacts, income and answers. */
    static ImmutableParticipant participant() {
        return ImmutableParticipant.builder().id("d-1").gender(Gender.WOMAN).birthYear(1975)
            .educationLevel(EducationLevel.UPPER_SECONDARY)
            .addParticipations(participation())
            .build();
    }

    static ImmutableParticipation participation() {
        return ImmutableParticipation.builder().project(SeedDocuments.GEMENSAMMA_TAGET)
            .start(LocalDate.of(2008, 3, 31)).end(LocalDate.of(2008, 12, 1)).cohort("grupp-1")
            .exitOutcome(ExitOutcome.EMPLOYMENT)
            .addAuthorityContacts(PartyType.PUBLIC_EMPLOYMENT_SERVICE, PartyType.MUNICIPALITY)
            .addIncomeAtStart(IncomeSource.SOCIAL_ASSISTANCE).addIncomeAtEnd(IncomeSource.EMPLOYMENT)
            .putSurvey("kvalitet", 1)
            .build();
    }

    static SamverkanDocument party(SamverkanDocument document, int index, UnaryOperator<ImmutableParty> edit) {
        return ImmutableSamverkanDocument.copyOf(document).withParties(
            replace(document.getParties(), index, edit.apply(ImmutableParty.copyOf(document.getParties().get(index)))));
    }

    static SamverkanDocument association(SamverkanDocument document,
        UnaryOperator<ImmutableCoordinationAssociation> edit) {
        return ImmutableSamverkanDocument.copyOf(document).withAssociations(
            edit.apply(ImmutableCoordinationAssociation.copyOf(document.getAssociations().get(0))));
    }

    static SamverkanDocument project(SamverkanDocument document, UnaryOperator<ImmutableProject> edit) {
        return ImmutableSamverkanDocument.copyOf(document).withProjects(
            edit.apply(ImmutableProject.copyOf(document.getProjects().get(0))));
    }

    static SamverkanDocument goal(SamverkanDocument document, int index, UnaryOperator<ImmutableGoal> edit) {
        return project(document, p -> p.withGoals(
            replace(p.getGoals(), index, edit.apply(ImmutableGoal.copyOf(p.getGoals().get(index))))));
    }

    static SamverkanDocument participant(SamverkanDocument document, Participant participant) {
        return ImmutableSamverkanDocument.copyOf(document).withParticipants(participant);
    }

    static SamverkanDocument participation(SamverkanDocument document, Participation participation) {
        return participant(document, participant().withParticipations(participation));
    }

    static <T> List<T> replace(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return copy;
    }

    /** Asserts that the object breaks no field rule. */
    static void assertValid(Object value) {
        assertThat(VALIDATOR.validateObject(value)).isEmpty();
    }

    /** Asserts exactly these violations, given as pointer, key, pointer, key, … in sorted order. */
    static void assertViolations(Object value, String... pointersAndKeys) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < pointersAndKeys.length; i += 2) {
            expected.add(pointersAndKeys[i] + " " + pointersAndKeys[i + 1]);
        }
        List<String> found = VALIDATOR.validateObject(value).stream()
            .map(v -> v.path() + " " + v.messageKey())
            .collect(Collectors.toList());
        assertThat(found).as("violations of %s", Arrays.toString(pointersAndKeys)).containsExactlyElementsOf(expected);
    }

    static String key(String constraint) {
        return "se.samverkan.validation." + constraint + ".message";
    }

    static String builtIn(String constraint) {
        return "jakarta.validation.constraints." + constraint + ".message";
    }

    static final String ID = key("Id");
    static final String BLANK = "se.samverkan.validation.Text.blank";
    static final String TOO_LONG = "se.samverkan.validation.Text.tooLong";
    static final String SHARES = "se.samverkan.rule.FUNDING_SHARES_NOT_WHOLE";
}

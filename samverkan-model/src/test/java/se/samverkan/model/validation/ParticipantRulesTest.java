package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.model.validation.FieldRules.BLANK;
import static se.samverkan.model.validation.FieldRules.ID;
import static se.samverkan.model.validation.FieldRules.TOO_LONG;
import static se.samverkan.model.validation.FieldRules.assertValid;
import static se.samverkan.model.validation.FieldRules.assertViolations;
import static se.samverkan.model.validation.FieldRules.builtIn;
import static se.samverkan.model.validation.FieldRules.gemensammaTaget;
import static se.samverkan.model.validation.FieldRules.key;
import static se.samverkan.model.validation.FieldRules.participant;
import static se.samverkan.model.validation.FieldRules.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.ImmutableParticipation;

/** The field rules of participants and participations (docs/format.md). */
class ParticipantRulesTest {

    private static final String ANONYMOUS = key("AnonymousWithoutPersonalData");

    private final SamverkanDocument document = gemensammaTaget();
    private final ImmutableParticipant participant = participant();
    private final ImmutableParticipation participation = FieldRules.participation();

    @Test
    void participant_id_is_an_id() {
        assertViolations(participant(document, participant.withId("D-1")), "/participants/0/id", ID);
    }

    @Test
    void birth_year_lies_in_1900_to_2100() {
        assertValid(participant(document, participant.withBirthYear(1900)));
        assertValid(participant(document, participant.withBirthYear(OptionalInt.empty())));
        assertViolations(participant(document, participant.withBirthYear(1899)),
            "/participants/0/birthYear", builtIn("Min"));
        assertViolations(participant(document, participant.withBirthYear(2101)),
            "/participants/0/birthYear", builtIn("Max"));
    }

    @Test
    void min_messages_name_the_limit_in_swedish_and_english() {
        Violation violation = FieldRules.VALIDATOR.validate(participant(document, participant.withBirthYear(1899))).get(0);
        assertThat(violation.message()).isEqualTo("måste vara minst 1900");
        assertThat(violation.message(Locale.ENGLISH)).isEqualTo("must be greater than or equal to 1900");
    }

    @Test
    void an_anonymous_participant_carries_only_gender_birth_year_and_dates() {
        ImmutableParticipant anonymous = participant.withAnonymous(true).withEducationLevel(Optional.empty())
            .withParticipations(participation.withAuthorityContacts(List.of()).withIncomeAtStart(List.of())
                .withIncomeAtEnd(List.of()).withSurvey(Map.of()));
        assertValid(participant(document, anonymous));
        assertViolations(participant(document, participant.withAnonymous(true)),
            "/participants/0/educationLevel", ANONYMOUS,
            "/participants/0/participations/0/authorityContacts", ANONYMOUS,
            "/participants/0/participations/0/incomeAtEnd", ANONYMOUS,
            "/participants/0/participations/0/incomeAtStart", ANONYMOUS,
            "/participants/0/participations/0/survey", ANONYMOUS);
    }

    @Test
    void anonymity_is_checked_in_every_participation() {
        ImmutableParticipation clean = participation.withAuthorityContacts(List.of()).withIncomeAtStart(List.of())
            .withIncomeAtEnd(List.of()).withSurvey(Map.of());
        ImmutableParticipant anonymous = participant.withAnonymous(true).withEducationLevel(Optional.empty())
            .withParticipations(clean, clean.withStart(LocalDate.of(2009, 5, 4)).withEnd(LocalDate.of(2009, 9, 1))
                .withSurvey(Map.of("kvalitet", 1)));
        assertViolations(participant(document, anonymous), "/participants/0/participations/1/survey", ANONYMOUS);
        Violation violation = FieldRules.VALIDATOR.validate(participant(document, anonymous)).get(0);
        assertThat(violation.message()).isEqualTo("en anonym deltagare får bara ha kön, födelseår och datum");
        assertThat(violation.message(Locale.ENGLISH))
            .isEqualTo("an anonymous participant may carry only gender, birth year and dates");
    }

    @Test
    void participation_project_and_cohort_are_ids() {
        assertViolations(participation(document, participation.withProject("Gemensamma taget")),
            "/participants/0/participations/0/project", ID);
        assertViolations(participation(document, participation.withCohort("Grupp 1")),
            "/participants/0/participations/0/cohort", ID);
    }

    @Test
    void an_exit_outcome_needs_an_end_date() {
        assertValid(participation(document, participation.withEnd(Optional.empty()).withExitOutcome(Optional.empty())));
        SamverkanDocument invalid = participation(document, participation.withEnd(Optional.empty()));
        assertViolations(invalid, "/participants/0/participations/0/exitOutcome", "se.samverkan.rule.OUTCOME_WITHOUT_END");
        Violation violation = FieldRules.VALIDATOR.validate(invalid).get(0);
        assertThat(violation.rule()).isEqualTo("OUTCOME_WITHOUT_END");
        assertThat(violation.message()).isEqualTo("status vid avslut får bara anges tillsammans med slutdatum");
        assertThat(violation.message(Locale.ENGLISH))
            .isEqualTo("an exit outcome may only be given together with an end date");
    }

    @Test
    void an_end_without_outcome_is_a_reporting_rule_not_a_field_rule() {
        // ENDED_WITHOUT_OUTCOME is checked by the reporting rules (docs/problems.md).
        assertValid(participation(document, participation.withExitOutcome(Optional.empty())));
    }

    @Test
    void the_end_is_not_before_the_start() {
        assertValid(participation(document, participation.withEnd(participation.getStart())));
        assertViolations(participation(document, participation.withEnd(participation.getStart().minusDays(1))),
            "/participants/0/participations/0/end", key("EndNotBeforeStart"));
    }

    @Test
    void reenrolment_reason_is_a_text() {
        assertValid(participation(document, participation.withReenrolmentReason("Ny bedömning av arbetsförmågan")));
        assertViolations(participation(document, participation.withReenrolmentReason("")),
            "/participants/0/participations/0/reenrolmentReason", BLANK);
        assertViolations(participation(document, participation.withReenrolmentReason("x".repeat(2001))),
            "/participants/0/participations/0/reenrolmentReason", TOO_LONG);
    }

    @Test
    void survey_answers_are_keyed_by_question_ids() {
        assertValid(participation(document, participation.withSurvey(Map.of("kvalitet", 1, "inflytande", 0))));
        assertViolations(participation(document, participation.withSurvey(Map.of("Kvalitet?", 1))),
            "/participants/0/participations/0/survey/Kvalitet?", ID);
    }

    @Test
    void a_survey_key_is_escaped_in_the_pointer() {
        assertViolations(participation(document, participation.withSurvey(Map.of("a/b~c", 1))),
            "/participants/0/participations/0/survey/a~1b~0c", ID);
    }

    @Test
    void erroneous_registration_is_a_valid_outcome() {
        assertValid(participation(document, participation.withExitOutcome(ExitOutcome.ERRONEOUS_REGISTRATION)));
    }
}

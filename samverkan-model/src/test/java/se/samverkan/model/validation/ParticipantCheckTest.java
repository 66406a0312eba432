package se.samverkan.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static se.samverkan.model.validation.FieldRules.BLANK;
import static se.samverkan.model.validation.FieldRules.ID;
import static se.samverkan.model.validation.FieldRules.TOO_LONG;
import static se.samverkan.model.validation.FieldRules.builtIn;
import static se.samverkan.model.validation.FieldRules.key;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.EducationLevel;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.ImmutableParticipant;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.PartyType;

/**
 * The participant fast path at the boundary of each constraint it knows (docs/format.md): the check's
 * answer, plain Hibernate Validator's answer and the violations {@link SamverkanValidator} reports,
 * which still come from Hibernate Validator.
 */
class ParticipantCheckTest {

    private static final SamverkanValidator VALIDATOR = FieldRules.VALIDATOR;
    private static final Validator HIBERNATE = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final String ANONYMOUS = key("AnonymousWithoutPersonalData");

    private final ImmutableParticipant participant = FieldRules.participant();
    private final ImmutableParticipation participation = FieldRules.participation();
    private final ImmutableParticipant anonymous = participant.withAnonymous(true)
        .withEducationLevel(Optional.empty())
        .withParticipations(participation.withAuthorityContacts(List.of()).withIncomeAtStart(List.of())
            .withIncomeAtEnd(List.of()).withSurvey(Map.of()));

    // ------------------------------------------------------------------ ids

    @ParameterizedTest
    @ValueSource(strings = {"a", "z", "0", "9", "a.", "a_", "a-", "a.b_c-d", "d-1", "9z",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void an_id_has_one_to_64_characters_first_a_to_z_or_digit_then_also_dot_underscore_hyphen(String id) {
        assertThat(id.length()).isBetween(1, 64);
        assertValid(participant.withId(id));
        assertValid(withParticipation(participation.withProject(id).withCohort(id).withSurvey(Map.of(id, 1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "A", "aZ", "é", "aé",
        "å", "-a", ".a", "_a", "`", "{", "/", ":", "a`", "a{", "a/", "a:", "a b", " a", "a\t", "a~b", "a,b"})
    void an_id_outside_the_alphabet_or_longer_than_64_is_reported(String id) {
        assertBroken(participant.withId(id), "/id", ID);
        assertBroken(withParticipation(participation.withProject(id)), "/participations/0/project", ID);
        assertBroken(withParticipation(participation.withCohort(id)), "/participations/0/cohort", ID);
        assertBroken(withParticipation(participation.withSurvey(Map.of(id, 1))),
            "/participations/0/survey/" + id.replace("~", "~0").replace("/", "~1"), ID);
    }

    @Test
    void the_id_syntax_leaves_an_absent_value_to_other_rules() {
        assertThat(IdSyntax.isId(null)).isTrue();
        assertThat(IdSyntax.isId("x".repeat(64))).isTrue();
        assertThat(IdSyntax.isId("x".repeat(65))).isFalse();
    }

    @Test
    void an_absent_cohort_and_an_empty_survey_are_valid() {
        assertValid(withParticipation(participation.withCohort(Optional.empty()).withSurvey(Map.of())));
    }

    @Test
    void every_survey_key_is_checked() {
        assertBroken(withParticipation(participation.withSurvey(Map.of("kvalitet", 1, "Inflytande", 2))),
            "/participations/0/survey/Inflytande", ID);
    }

    // ------------------------------------------------------------------ birth year

    @Test
    void birth_year_lies_in_1900_to_2100() {
        assertValid(participant.withBirthYear(1900));
        assertValid(participant.withBirthYear(2100));
        assertValid(participant.withBirthYear(OptionalInt.empty()));
        assertBroken(participant.withBirthYear(1899), "/birthYear", builtIn("Min"));
        assertBroken(participant.withBirthYear(2101), "/birthYear", builtIn("Max"));
        assertBroken(participant.withBirthYear(Integer.MIN_VALUE), "/birthYear", builtIn("Min"));
        assertBroken(participant.withBirthYear(Integer.MAX_VALUE), "/birthYear", builtIn("Max"));
    }

    // ------------------------------------------------------------------ anonymity

    @Test
    void an_anonymous_participant_with_only_gender_birth_year_and_dates_is_valid() {
        assertValid(anonymous);
        assertValid(anonymous.withParticipations());
        assertValid(participant);
    }

    @Test
    void each_kind_of_personal_data_of_an_anonymous_participant_is_reported_alone() {
        ImmutableParticipation clean = ImmutableParticipation.copyOf(anonymous.getParticipations().get(0));
        assertBroken(anonymous.withEducationLevel(EducationLevel.UPPER_SECONDARY), "/educationLevel", ANONYMOUS);
        assertBroken(anonymous.withParticipations(clean.withAuthorityContacts(PartyType.MUNICIPALITY)),
            "/participations/0/authorityContacts", ANONYMOUS);
        assertBroken(anonymous.withParticipations(clean.withIncomeAtStart(IncomeSource.EMPLOYMENT)),
            "/participations/0/incomeAtStart", ANONYMOUS);
        assertBroken(anonymous.withParticipations(clean.withIncomeAtEnd(IncomeSource.EMPLOYMENT)),
            "/participations/0/incomeAtEnd", ANONYMOUS);
        assertBroken(anonymous.withParticipations(clean, clean.withSurvey(Map.of("kvalitet", 1))),
            "/participations/1/survey", ANONYMOUS);
    }

    // ------------------------------------------------------------------ participation rules

    @Test
    void reenrolment_reason_is_a_text_of_at_most_2000_characters() {
        assertValid(withParticipation(participation.withReenrolmentReason("x".repeat(2000))));
        assertValid(withParticipation(participation.withReenrolmentReason(" ".repeat(1999) + "x")));
        assertValid(withParticipation(participation.withReenrolmentReason(Optional.empty())));
        assertBroken(withParticipation(participation.withReenrolmentReason("x".repeat(2001))),
            "/participations/0/reenrolmentReason", TOO_LONG);
        assertBroken(withParticipation(participation.withReenrolmentReason(" ".repeat(2001))),
            "/participations/0/reenrolmentReason", BLANK);
        assertBroken(withParticipation(participation.withReenrolmentReason("")),
            "/participations/0/reenrolmentReason", BLANK);
        assertBroken(withParticipation(participation.withReenrolmentReason("\u2003\n")),
            "/participations/0/reenrolmentReason", BLANK);
    }

    @Test
    void an_exit_outcome_needs_an_end() {
        assertValid(withParticipation(participation.withExitOutcome(Optional.empty())));
        assertValid(withParticipation(participation.withEnd(Optional.empty()).withExitOutcome(Optional.empty())));
        assertBroken(withParticipation(participation.withEnd(Optional.empty())),
            "/participations/0/exitOutcome", "se.samverkan.rule.OUTCOME_WITHOUT_END");
    }

    @Test
    void the_end_is_not_before_the_start() {
        assertValid(withParticipation(participation.withEnd(participation.getStart())));
        assertBroken(withParticipation(participation.withEnd(participation.getStart().minusDays(1))),
            "/participations/0/end", key("EndNotBeforeStart"));
    }

    @Test
    void every_participation_is_checked() {
        assertBroken(participant.withParticipations(participation, participation.withProject("Insats")),
            "/participations/1/project", ID);
    }

    @Test
    void a_participation_validated_on_its_own_takes_the_fast_path_too() {
        assertThat(ParticipantCheck.isValid(participation)).isTrue();
        assertThat(VALIDATOR.validateObject(participation)).isEmpty();
        Participation broken = participation.withEnd(Optional.empty()).withProject("Insats");
        assertThat(ParticipantCheck.isValid(broken)).isFalse();
        assertThat(describe(VALIDATOR.validateObject(broken)))
            .containsExactly("/exitOutcome se.samverkan.rule.OUTCOME_WITHOUT_END", "/project " + ID);
    }

    @Test
    void the_check_rejects_null() {
        assertThatNullPointerException().isThrownBy(() -> ParticipantCheck.isValid((Participant) null));
        assertThatNullPointerException().isThrownBy(() -> ParticipantCheck.isValid((Participation) null));
    }

    // ------------------------------------------------------------------ documents

    @Test
    void a_document_reports_participants_among_its_other_violations_in_pointer_order() {
        SamverkanDocument seed = FieldRules.gemensammaTaget();
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            participants.add(participant.withId("d-" + i));
        }
        participants.set(2, participant.withId("D-2"));
        participants.set(10, participant.withBirthYear(1899).withId("d-10"));
        SamverkanDocument document = ImmutableSamverkanDocument.copyOf(seed).withSchemaVersion("2")
            .withParticipants(participants);

        List<Violation> violations = VALIDATOR.validate(document);

        assertThat(describe(violations)).containsExactly(
            "/participants/2/id " + ID,
            "/participants/10/birthYear " + builtIn("Min"),
            "/schemaVersion se.samverkan.validation.SchemaVersion.message");
        assertThat(violations).isEqualTo(VALIDATOR.validateByConstraints(document));
        assertThat(violations.get(1).message()).isEqualTo("måste vara minst 1900");
    }

    @Test
    void a_document_with_valid_participants_reports_only_its_other_violations() {
        SamverkanDocument document = ImmutableSamverkanDocument.copyOf(FieldRules.gemensammaTaget())
            .withSchemaVersion("2");
        assertThat(describe(VALIDATOR.validate(document)))
            .containsExactly("/schemaVersion se.samverkan.validation.SchemaVersion.message");
        assertThat(VALIDATOR.validate(FieldRules.gemensammaTaget())).isEmpty();
        assertThat(VALIDATOR.validate(ImmutableSamverkanDocument.copyOf(document).withParticipants()))
            .isEqualTo(VALIDATOR.validate(document));
    }

    @Test
    void the_same_participant_or_participation_twice_in_a_document_is_reported_as_hibernate_validator_does() {
        Participation shared = participation.withProject("Insats");
        Participant twice = participant.withId("D").withParticipations(shared, shared);
        SamverkanDocument document = ImmutableSamverkanDocument.copyOf(FieldRules.gemensammaTaget())
            .withParticipants(twice, participant, twice, participant.withParticipations(shared));

        assertThat(VALIDATOR.validate(document)).isEqualTo(VALIDATOR.validateByConstraints(document));
        assertThat(VALIDATOR.validateObject(twice)).isEqualTo(VALIDATOR.validateByConstraints(twice));
    }

    // ------------------------------------------------------------------ assertions

    private ImmutableParticipant withParticipation(Participation edited) {
        return participant.withParticipations(edited);
    }

    /** The check, plain Hibernate Validator and the validator all find no violation. */
    private static void assertValid(Participant value) {
        assertThat(ParticipantCheck.isValid(value)).as("fast path").isTrue();
        assertThat(HIBERNATE.validate(value)).as("Hibernate Validator").isEmpty();
        assertThat(VALIDATOR.validateObject(value)).isEmpty();
        for (Participation p : value.getParticipations()) {
            assertThat(ParticipantCheck.isValid(p)).as("fast path of %s", p).isTrue();
        }
    }

    /** The check rejects it, and the validator reports exactly Hibernate Validator's one violation. */
    private static void assertBroken(Participant value, String pointer, String messageKey) {
        assertThat(ParticipantCheck.isValid(value)).as("fast path").isFalse();
        assertThat(HIBERNATE.validate(value)).as("Hibernate Validator").hasSize(1);
        List<Violation> violations = VALIDATOR.validateObject(value);
        assertThat(describe(violations)).containsExactly(pointer + " " + messageKey);
        assertThat(violations).isEqualTo(VALIDATOR.validateByConstraints(value));
    }

    private static List<String> describe(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + " " + v.messageKey()).collect(Collectors.toList());
    }
}

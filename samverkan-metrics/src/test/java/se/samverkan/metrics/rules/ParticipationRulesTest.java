package se.samverkan.metrics.rules;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.samverkan.metrics.rules.RuleAssertions.RULES;
import static se.samverkan.metrics.rules.RuleAssertions.assertFindings;
import static se.samverkan.metrics.rules.RuleAssertions.error;
import static se.samverkan.metrics.rules.RuleAssertions.warning;
import static se.samverkan.metrics.rules.RuleFixtures.document;
import static se.samverkan.metrics.rules.RuleFixtures.participation;
import static se.samverkan.metrics.rules.RuleFixtures.withParticipation;
import static se.samverkan.metrics.rules.RuleFixtures.withParticipations;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.ImmutableTargetGroup;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.validation.SamverkanValidator;
import se.samverkan.model.validation.Violation;

/**
 * The rules about participations (docs/problems.md): period, age, authority contacts, end and outcome,
 * overlaps and re-enrolments, and participations in projects that record no persons. The fixture's
 * project runs 2020-01-01 to 2021-12-31 for ages 18–64 with two authority contacts; its participant was
 * born in 1990.
 */
class ParticipationRulesTest {

    private static final String FIRST = "/participants/0/participations/0";
    private static final String SECOND = "/participants/0/participations/1";

    private static ImmutableParticipation from(String start, String end) {
        return participation().withStart(parse(start)).withEnd(Optional.ofNullable(end).map(LocalDate::parse));
    }

    private static ImmutableSamverkanDocument bornIn(int year, Participation participation) {
        return document().withParticipants(RuleFixtures.participant("d1", participation).withBirthYear(year));
    }

    @Nested
    class ParticipationOutsidePeriod {

        @Test
        void a_start_before_the_project() {
            assertFindings(withParticipation(p -> p.withStart(parse("2019-12-31"))))
                .containsExactly(warning(Rule.PARTICIPATION_OUTSIDE_PERIOD, FIRST + "/start"));
        }

        @Test
        void an_end_after_the_project() {
            assertFindings(withParticipation(p -> p.withEnd(parse("2022-01-01"))))
                .containsExactly(warning(Rule.PARTICIPATION_OUTSIDE_PERIOD, FIRST + "/end"));
        }

        @Test
        void a_participation_wholly_after_the_project_is_outside_at_both_ends() {
            assertFindings(withParticipations(from("2022-01-10", "2022-02-01"))).containsExactly(
                warning(Rule.PARTICIPATION_OUTSIDE_PERIOD, FIRST + "/start"),
                warning(Rule.PARTICIPATION_OUTSIDE_PERIOD, FIRST + "/end"));
        }

        @Test
        void the_project_s_first_and_last_day_are_inside_and_an_open_end_is_not_checked() {
            assertThat(RULES.check(withParticipations(from("2020-01-01", "2021-12-31")))).isEmpty();
            assertThat(RULES.check(withParticipations(from("2021-12-31", null).withExitOutcome(Optional.empty()))))
                .isEmpty();
        }

        @Test
        void a_registration_in_error_is_not_checked() {
            assertThat(RULES.check(withParticipations(
                from("2019-01-01", "2019-01-02").withExitOutcome(ExitOutcome.ERRONEOUS_REGISTRATION)))).isEmpty();
        }

        @Test
        void a_project_with_a_disordered_period_is_left_to_the_field_rule() {
            ImmutableSamverkanDocument document = RuleFixtures.withProject(p -> p
                .withPeriod(RuleFixtures.period("2021-12-31", "2020-01-01")).withCohorts());
            assertThat(RULES.check(document.withParticipants(RuleFixtures.participant("d1",
                participation().withCohort(Optional.empty()))))).isEmpty();
        }

        @Test
        void the_message_names_the_project_period() {
            Finding finding = RULES.check(withParticipation(p -> p.withStart(parse("2019-12-31")))).get(0);
            assertThat(finding.message())
                .isEqualTo("deltagandet börjar före perioden 2020-01-01–2021-12-31 för insatsen \"proj\"");
            assertThat(finding.message(Locale.ENGLISH))
                .isEqualTo("the participation starts before the period 2020-01-01–2021-12-31 of project \"proj\"");
        }
    }

    @Nested
    class AgeOutsideTargetGroup {

        @Test
        void seventeen_at_start_is_below_eighteen() {
            assertFindings(bornIn(2003, participation()))
                .containsExactly(warning(Rule.AGE_OUTSIDE_TARGET_GROUP, FIRST));
        }

        @Test
        void sixty_five_at_start_is_above_sixty_four() {
            assertFindings(bornIn(1955, participation()))
                .containsExactly(warning(Rule.AGE_OUTSIDE_TARGET_GROUP, FIRST));
        }

        @Test
        void the_age_reached_during_the_start_year_counts() {
            // Born 2002, starts on 2020-02-03: counted as 18 although the birthday may come later.
            assertThat(RULES.check(bornIn(2002, participation()))).isEmpty();
            assertThat(RULES.check(bornIn(1956, participation()))).isEmpty();
        }

        @Test
        void without_a_birth_year_the_age_is_not_checked() {
            assertThat(RULES.check(document().withParticipants(
                RuleFixtures.participant("d1", participation()).withBirthYear(OptionalInt.empty())))).isEmpty();
        }

        @Test
        void the_message_names_the_age_range_but_not_the_age() {
            Finding finding = RULES.check(bornIn(2003, participation())).get(0);
            assertThat(finding.message())
                .isEqualTo("åldern vid start ligger utanför åldersintervallet 18–64 år"
                    + " för målgruppen i insatsen \"proj\"");
            assertThat(finding.message(Locale.ENGLISH)).doesNotContain("17");
        }
    }

    @Nested
    class TooFewAuthorityContacts {

        @Test
        void one_authority_where_two_are_required() {
            assertFindings(withParticipation(p -> p.withAuthorityContacts(PartyType.PUBLIC_EMPLOYMENT_SERVICE)))
                .containsExactly(warning(Rule.TOO_FEW_AUTHORITY_CONTACTS, FIRST + "/authorityContacts"));
        }

        @Test
        void only_the_four_member_authorities_count() {
            assertFindings(withParticipation(p -> p.withAuthorityContacts(PartyType.PUBLIC_EMPLOYMENT_SERVICE,
                PartyType.NON_PROFIT, PartyType.PRIVATE)))
                .containsExactly(warning(Rule.TOO_FEW_AUTHORITY_CONTACTS, FIRST + "/authorityContacts"));
        }

        @Test
        void anonymous_participants_are_not_checked() {
            Participation bare = Participation.builder().project(RuleFixtures.PROJECT).start(parse("2020-02-03"))
                .end(parse("2020-06-30")).exitOutcome(ExitOutcome.JOB_SEEKING).cohort("c1").build();
            Participant anonymous = Participant.builder().id("anon").anonymous(true).gender(Gender.MAN).birthYear(1990)
                .addParticipations(bare).build();
            ImmutableSamverkanDocument document = document().withParticipants(anonymous);
            assertThat(SamverkanValidator.create().validate(document)).isEmpty();
            assertThat(RULES.check(document)).isEmpty();
            assertFindings(document.withParticipants(Participant.builder().from(anonymous).anonymous(false).build()))
                .containsExactly(warning(Rule.TOO_FEW_AUTHORITY_CONTACTS, FIRST + "/authorityContacts"));
        }

        @Test
        void no_requirement_means_no_check() {
            ImmutableSamverkanDocument document = RuleFixtures.withProject(p -> p.withTargetGroup(
                ImmutableTargetGroup.copyOf(p.getTargetGroup()).withMinAuthorityContacts(0)));
            assertThat(RULES.check(document.withParticipants(
                RuleFixtures.participant("d1", participation().withAuthorityContacts())))).isEmpty();
        }
    }

    @Nested
    class EndAndOutcome {

        @Test
        void an_end_without_an_exit_outcome() {
            assertFindings(withParticipation(p -> p.withExitOutcome(Optional.empty())))
                .containsExactly(error(Rule.ENDED_WITHOUT_OUTCOME, FIRST + "/exitOutcome"));
        }

        @Test
        void an_exit_outcome_without_an_end_at_the_pointer_of_the_models_field_rule() {
            ImmutableSamverkanDocument document = withParticipation(p -> p.withEnd(Optional.empty()));
            assertFindings(document).containsExactly(error(Rule.OUTCOME_WITHOUT_END, FIRST + "/exitOutcome"));
            assertThat(SamverkanValidator.create().validate(document)).extracting(Violation::rule, Violation::path)
                .containsExactly(tuple("OUTCOME_WITHOUT_END", FIRST + "/exitOutcome"));
        }

        @Test
        void an_ongoing_participation_has_neither() {
            assertThat(RULES.check(
                withParticipation(p -> p.withEnd(Optional.empty()).withExitOutcome(Optional.empty()))))
                .isEmpty();
        }
    }

    @Nested
    class OverlapsAndReenrolments {

        @Test
        void a_second_participation_starting_on_the_last_day_of_the_first_overlaps_it() {
            assertFindings(withParticipations(from("2020-02-03", "2020-06-30"), from("2020-06-30", "2020-08-01")))
                .containsExactly(error(Rule.OVERLAPPING_PARTICIPATIONS, SECOND));
        }

        @Test
        void an_open_participation_overlaps_every_later_one_and_document_order_does_not_matter() {
            ImmutableSamverkanDocument document = withParticipations(
                from("2021-03-01", "2021-04-01").withReenrolmentReason("Ny bedömning"),
                from("2020-02-03", null).withExitOutcome(Optional.empty()));
            assertFindings(document).containsExactly(error(Rule.OVERLAPPING_PARTICIPATIONS, FIRST));
            assertThat(RULES.check(document).get(0).message(Locale.ENGLISH))
                .isEqualTo("the participation overlaps participation " + SECOND + " in the same project");
        }

        @Test
        void a_later_participation_without_reason() {
            assertFindings(withParticipations(from("2020-02-03", "2020-06-30"), from("2020-07-01", "2020-08-01")))
                .containsExactly(warning(Rule.REENROLMENT_WITHOUT_REASON, SECOND + "/reenrolmentReason"));
        }

        @Test
        void a_later_participation_with_a_documented_reason() {
            assertThat(RULES.check(withParticipations(from("2020-02-03", "2020-06-30"),
                from("2020-07-01", "2020-08-01").withReenrolmentReason("Ny utredning visar nya behov")))).isEmpty();
        }

        @Test
        void participations_in_different_projects_and_registrations_in_error_are_no_enrolments_again() {
            ImmutableSamverkanDocument twoProjects = document().withProjects(RuleFixtures.project(),
                RuleFixtures.project().withId("annan"));
            assertThat(RULES.check(twoProjects.withParticipants(RuleFixtures.participant("d1",
                from("2020-02-03", "2020-06-30"), from("2020-03-01", "2020-06-30").withProject("annan"))))).isEmpty();
            assertThat(RULES.check(withParticipations(from("2020-02-03", "2020-06-30"),
                from("2020-02-03", "2020-02-03").withExitOutcome(ExitOutcome.ERRONEOUS_REGISTRATION)))).isEmpty();
        }
    }

    @Nested
    class ParticipantsInStructuralProject {

        @Test
        void a_person_in_a_structural_project() {
            assertFindings(RuleFixtures.withProject(p -> p.withOrientation(Orientation.STRUCTURAL)))
                .containsExactly(warning(Rule.PARTICIPANTS_IN_STRUCTURAL_PROJECT, FIRST + "/project"));
        }

        @Test
        void a_person_in_a_project_that_records_counts_only() {
            ImmutableSamverkanDocument document =
                RuleFixtures.withProject(p -> p.withMeasurement(Measurement.COUNT_ONLY));
            assertFindings(document)
                .containsExactly(warning(Rule.PARTICIPANTS_IN_STRUCTURAL_PROJECT, FIRST + "/project"));
            assertThat(RULES.check(document).get(0).message())
                .isEqualTo("deltagande på personnivå i insatsen \"proj\" som endast redovisar antal");
        }

        @Test
        void a_registration_in_error_is_no_participation() {
            assertThat(RULES.check(RuleFixtures.withProject(p -> p.withOrientation(Orientation.STRUCTURAL))
                .withParticipants(RuleFixtures.participant("d1",
                    participation().withExitOutcome(ExitOutcome.ERRONEOUS_REGISTRATION))))).isEmpty();
        }

        @Test
        void a_structural_project_without_persons_is_fine() {
            assertThat(RULES.check(RuleFixtures.withProject(p -> p.withOrientation(Orientation.STRUCTURAL))
                .withParticipants(List.of()))).isEmpty();
        }
    }
}

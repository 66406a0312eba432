package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.rules.RuleAssertions.RULES;
import static se.samverkan.metrics.rules.RuleAssertions.assertFindings;
import static se.samverkan.metrics.rules.RuleAssertions.error;
import static se.samverkan.metrics.rules.RuleAssertions.warning;
import static se.samverkan.metrics.rules.RuleFixtures.document;
import static se.samverkan.metrics.rules.RuleFixtures.participant;
import static se.samverkan.metrics.rules.RuleFixtures.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.Participant;

/**
 * The rules across participants, which a streamed document meets one participant at a time: participant
 * objects sharing an id are one person, and the accumulator gives the whole document's findings.
 */
class StreamedRulesTest {

    private static ImmutableParticipation from(String start, String end) {
        return participation().withStart(LocalDate.parse(start)).withEnd(LocalDate.parse(end))
            .withCohort(Optional.empty());
    }

    @Test
    void two_objects_with_one_id_are_one_person_whose_later_enrolment_overlaps() {
        // Same start: the later in document order (participant 1) overlaps participant 0's enrolment.
        ImmutableSamverkanDocument document = document().withParticipants(
            participant("d1", from("2020-02-03", "2020-06-30")), participant("d1", from("2020-02-03", "2020-03-31")));
        assertFindings(document).containsExactly(
            error(Rule.DUPLICATE_ID, "/participants/1/id"),
            error(Rule.OVERLAPPING_PARTICIPATIONS, "/participants/1/participations/0"));
        assertThat(RULES.check(document).get(1).message(Locale.ENGLISH))
            .isEqualTo("the participation overlaps participation /participants/0/participations/0 in the same project");
    }

    @Test
    void the_finding_goes_to_the_later_enrolment_by_start_even_when_it_comes_first() {
        // Participant 0 enrols in July, participant 1 (the same person) in February: July is the re-enrolment.
        ImmutableSamverkanDocument document = document().withParticipants(
            participant("d1", from("2020-07-01", "2020-08-01")), participant("d1", from("2020-02-03", "2020-06-30")));
        assertFindings(document).containsExactly(
            warning(Rule.REENROLMENT_WITHOUT_REASON, "/participants/0/participations/0/reenrolmentReason"),
            error(Rule.DUPLICATE_ID, "/participants/1/id"));
        assertThat(RULES.check(document).get(0).message(Locale.ENGLISH)).isEqualTo(
            "the participation re-enrols in the same project after /participants/1/participations/0 but has no "
                + "documented reason");
    }

    @Test
    void every_occurrence_after_the_first_is_a_duplicate_id_naming_the_first() {
        ImmutableSamverkanDocument document = document().withParticipants(participant("d1", from("2020-02-03",
            "2020-03-01")), participant("d2", from("2020-02-03", "2020-03-01")), participant("d1"), participant("d1"));
        assertFindings(document).containsExactly(
            error(Rule.DUPLICATE_ID, "/participants/2/id"),
            error(Rule.DUPLICATE_ID, "/participants/3/id"));
        assertThat(RULES.check(document).get(1).message(Locale.ENGLISH))
            .isEqualTo("the participant has the same id \"d1\" as /participants/0");
    }

    @Test
    void different_people_do_not_interact() {
        assertThat(RULES.check(document().withParticipants(participant("d1", from("2020-02-03", "2020-06-30")),
            participant("d2", from("2020-02-03", "2020-06-30"))))).isEmpty();
    }

    @Test
    void streamed_after_any_header_the_findings_are_those_of_the_whole_document() {
        List<Participant> participants = List.of(participant("d1", from("2020-07-01", "2020-08-01")),
            participant("d2", participation()), participant("d1", from("2020-02-03", "2020-06-30")),
            participant("d3", participation().withProject("okand")));
        // Findings: d1's July enrolment re-enrols after its February one (participant 2), participant 2
        // repeats d1's id, and participant 3 names an unknown project.
        ImmutableSamverkanDocument whole = document().withParticipants(participants);
        for (int split = 0; split <= participants.size(); split++) {
            RuleAccumulator accumulator = RULES.accumulator(whole.withParticipants(participants.subList(0, split)));
            participants.subList(split, participants.size()).forEach(accumulator::accept);
            assertThat(accumulator.result()).as("split at %d", split).isEqualTo(RULES.check(whole)).hasSize(3);
        }
    }

    @Test
    void the_result_ends_the_document() {
        RuleAccumulator accumulator = RULES.accumulator(document());
        List<Finding> result = accumulator.result();
        assertThat(accumulator.result()).isSameAs(result);
        assertThatThrownBy(() -> accumulator.accept(participant("d2", participation())))
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RULES.accumulator(null)).isInstanceOf(NullPointerException.class);
    }
}

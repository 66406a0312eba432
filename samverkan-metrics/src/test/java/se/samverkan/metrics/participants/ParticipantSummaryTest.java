package se.samverkan.metrics.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.Fixtures.date;
import static se.samverkan.metrics.Fixtures.dec;
import static se.samverkan.metrics.Fixtures.ended;
import static se.samverkan.metrics.Fixtures.period;
import static se.samverkan.metrics.Fixtures.person;
import static se.samverkan.metrics.Fixtures.started;
import static se.samverkan.model.participant.ExitOutcome.DISCONTINUED;
import static se.samverkan.model.participant.ExitOutcome.EMPLOYMENT;
import static se.samverkan.model.participant.ExitOutcome.ERRONEOUS_REGISTRATION;
import static se.samverkan.model.participant.ExitOutcome.HEALTH_CARE;
import static se.samverkan.model.participant.ExitOutcome.JOB_SEEKING;
import static se.samverkan.model.participant.ExitOutcome.OTHER;
import static se.samverkan.model.participant.ExitOutcome.STUDIES;
import static se.samverkan.model.participant.Gender.MAN;
import static se.samverkan.model.participant.Gender.NON_BINARY;
import static se.samverkan.model.participant.Gender.UNSPECIFIED;
import static se.samverkan.model.participant.Gender.WOMAN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.Fixtures;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.ParticipantCount;
import se.samverkan.model.project.Project;

/** Hand-computed participant summaries (docs/metrics.md); the project runs 2008-03-01 – 2010-02-28. */
class ParticipantSummaryTest {

    private final Project project = Fixtures.project();

    /** Eight people; the comments give each one's age at start and duration in days. */
    private final List<Participant> people = List.of(
        person("p1", WOMAN, 1980, ended("2008-03-10", "2008-03-19", EMPLOYMENT)),        // 28, 10 days
        person("p2", MAN, 1950, ended("2008-04-01", "2008-04-30", STUDIES)),             // 58, 30 days
        person("p3", WOMAN, null, started("2009-01-15")),                                 // unknown age, ongoing
        person("p4", NON_BINARY, 1995, ended("2009-02-01", "2009-02-20", JOB_SEEKING)),  // 14, 20 days
        person("p5", MAN, 1970,
            ended("2008-05-01", "2008-05-10", DISCONTINUED),                              // 38, 10 days
            started("2009-06-01").reenrolmentReason("Ny bedömning")),                     // 39, ongoing
        person("p6", WOMAN, 1975, ended("2008-06-01", "2008-06-02", ERRONEOUS_REGISTRATION)),
        person("p7", MAN, 1960,
            Participation.builder().project("other").start(date("2008-06-01")).build()),
        person("p8", WOMAN, 1985, ended("2007-12-01", "2008-03-05", HEALTH_CARE)));     // before the period, 96 days

    private ParticipantSummary summary(MeasurementScope scope, List<Participant> participants) {
        return ParticipantSummary.of(project, participants, scope, AgeBands.esfPlus());
    }

    @Test
    void started_ended_ongoing_and_distinct_persons_over_the_project_period() {
        ParticipantSummary summary = summary(MeasurementScope.projectPeriod(), people);
        assertThat(summary.started()).isEqualTo(6);
        assertThat(summary.ended()).isEqualTo(5);
        assertThat(summary.ongoing()).isEqualTo(2);
        assertThat(summary.distinctPersons()).isEqualTo(5);
    }

    @Test
    void started_by_gender_lists_all_four_genders_with_zeros() {
        assertThat(summary(MeasurementScope.projectPeriod(), people).startedByGender())
            .containsExactly(Map.entry(WOMAN, 2), Map.entry(MAN, 3), Map.entry(NON_BINARY, 1), Map.entry(UNSPECIFIED, 0));
    }

    @Test
    void started_by_esf_age_band_counts_age_reached_in_the_start_year_and_unknown_birth_years() {
        assertThat(summary(MeasurementScope.projectPeriod(), people).startedByAgeBand()).containsExactly(
            Map.entry("-17", 1), Map.entry("18-29", 1), Map.entry("30-54", 2), Map.entry("55-", 1),
            Map.entry("unknown", 1));
    }

    @Test
    void the_caller_may_count_by_own_age_bands_and_ages_in_no_band_are_counted_in_none() {
        AgeBands tableBands = AgeBands.of(AgeBand.of(18, 30), AgeBand.of(31, 64));
        ParticipantSummary summary = ParticipantSummary.of(project, people, MeasurementScope.projectPeriod(), tableBands);
        // p4 (14 years) fits neither band.
        assertThat(summary.startedByAgeBand())
            .containsExactly(Map.entry("18-30", 1), Map.entry("31-64", 3), Map.entry("unknown", 1));
    }

    @Test
    void ended_by_outcome_lists_every_counted_outcome_and_by_report_group() {
        ParticipantSummary summary = summary(MeasurementScope.projectPeriod(), people);
        Map<ExitOutcome, Integer> expected = new LinkedHashMap<>();
        for (ExitOutcome outcome : ExitOutcome.values()) {
            if (outcome != ERRONEOUS_REGISTRATION) {
                expected.put(outcome, 0);
            }
        }
        expected.putAll(Map.of(EMPLOYMENT, 1, STUDIES, 1, JOB_SEEKING, 1, DISCONTINUED, 1, HEALTH_CARE, 1));
        assertThat(summary.endedByOutcome()).containsExactlyEntriesOf(expected);
        assertThat(summary.endedByOutcome()).doesNotContainKey(ERRONEOUS_REGISTRATION);
        assertThat(summary.endedByGroup()).containsExactly(
            Map.entry(ReportGroup.WORK_OR_STUDIES, 2), Map.entry(ReportGroup.JOB_SEEKING, 1), Map.entry(ReportGroup.OTHER, 2));
    }

    @Test
    void duration_mean_and_median_of_an_odd_count_counting_from_the_own_start() {
        // 10, 10, 20, 30, 96 days: mean 166 / 5 = 33.2, median the middle value 20.
        ParticipantSummary summary = summary(MeasurementScope.projectPeriod(), people);
        assertThat(summary.meanDurationDays()).contains(dec("33.2"));
        assertThat(summary.medianDurationDays()).contains(dec("20.0"));
    }

    @Test
    void duration_median_of_an_even_count_is_the_mean_of_the_two_middle_values() {
        List<Participant> more = new ArrayList<>(people);
        more.add(person("p9", UNSPECIFIED, 1990, ended("2009-03-01", "2009-03-31", OTHER)));  // 31 days
        // 10, 10, 20, 30, 31, 96: median (20 + 30) / 2 = 25, mean 197 / 6 = 32.833… → 32.8
        ParticipantSummary summary = summary(MeasurementScope.projectPeriod(), more);
        assertThat(summary.medianDurationDays()).contains(dec("25.0"));
        assertThat(summary.meanDurationDays()).contains(dec("32.8"));
    }

    @Test
    void mean_and_median_round_half_even() {
        // 1, 1, 1, 2 days: mean 1.25 → 1.2 (half-even), median 1.0; 1, 1, 2, 3: mean 1.75 → 1.8, median 1.5.
        List<Participant> quarter = List.of(
            person("a", WOMAN, 1980, ended("2008-04-01", "2008-04-01", EMPLOYMENT)),
            person("b", WOMAN, 1980, ended("2008-04-01", "2008-04-01", EMPLOYMENT)),
            person("c", WOMAN, 1980, ended("2008-04-01", "2008-04-01", EMPLOYMENT)),
            person("d", WOMAN, 1980, ended("2008-04-01", "2008-04-02", EMPLOYMENT)));
        ParticipantSummary summary = summary(MeasurementScope.projectPeriod(), quarter);
        assertThat(summary.meanDurationDays()).contains(dec("1.2"));
        assertThat(summary.medianDurationDays()).contains(dec("1.0"));

        List<Participant> threeQuarters = List.of(
            person("a", WOMAN, 1980, ended("2008-04-01", "2008-04-01", EMPLOYMENT)),
            person("b", WOMAN, 1980, ended("2008-04-01", "2008-04-01", EMPLOYMENT)),
            person("c", WOMAN, 1980, ended("2008-04-01", "2008-04-02", EMPLOYMENT)),
            person("d", WOMAN, 1980, ended("2008-04-01", "2008-04-03", EMPLOYMENT)));
        ParticipantSummary other = summary(MeasurementScope.projectPeriod(), threeQuarters);
        assertThat(other.meanDurationDays()).contains(dec("1.8"));
        assertThat(other.medianDurationDays()).contains(dec("1.5"));
    }

    @Test
    void mean_and_median_are_empty_when_nothing_ended() {
        ParticipantSummary summary = summary(MeasurementScope.projectPeriod(),
            List.of(person("p3", WOMAN, null, started("2009-01-15"))));
        assertThat(summary.meanDurationDays()).isEmpty();
        assertThat(summary.medianDurationDays()).isEmpty();
    }

    @Test
    void a_measurement_period_and_as_of_date_restrict_every_figure() {
        List<Participant> more = new ArrayList<>(people);
        more.add(person("p9", UNSPECIFIED, 1990, ended("2009-03-01", "2009-03-31", OTHER)));
        MeasurementScope firstHalf2009 = MeasurementScope.of(period("2009-01-01", "2009-12-31"), date("2009-06-30"));
        ParticipantSummary summary = summary(firstHalf2009, more);
        // started in 2009 by June 30: p3, p4, p5 (again), p9; ended: p4, p9; ongoing at June 30: p3, p5.
        assertThat(summary.started()).isEqualTo(4);
        assertThat(summary.ended()).isEqualTo(2);
        assertThat(summary.ongoing()).isEqualTo(2);
        assertThat(summary.distinctPersons()).isEqualTo(4);
        assertThat(summary.meanDurationDays()).contains(dec("25.5"));
        assertThat(summary.medianDurationDays()).contains(dec("25.5"));
    }

    @Test
    void an_ended_participation_without_outcome_counts_as_ended_but_in_no_outcome() {
        Participant noOutcome = person("x", WOMAN, 1980, started("2008-04-01").end(date("2008-04-10")));
        ParticipantSummary summary = summary(MeasurementScope.projectPeriod(), List.of(noOutcome));
        assertThat(summary.ended()).isEqualTo(1);
        assertThat(summary.endedByOutcome().values()).containsOnly(0);
        assertThat(summary.endedByGroup().values()).containsOnly(0);
        assertThat(summary.meanDurationDays()).contains(dec("10.0"));
    }

    @Test
    void a_count_only_project_sums_its_counts_for_the_years_the_period_touches() {
        Project counted = Fixtures.project("mysam", period("2008-03-01", "2010-02-28"))
            .measurement(Measurement.COUNT_ONLY)
            .addParticipantCounts(ParticipantCount.of(2008, WOMAN, 10), ParticipantCount.of(2008, MAN, 7),
                ParticipantCount.of(2009, WOMAN, 4), ParticipantCount.of(2010, MAN, 3),
                ParticipantCount.of(2011, MAN, 100))
            .build();
        Participant ignored = person("p1", WOMAN, 1980,
            Participation.builder().project("mysam").start(date("2008-04-01")).end(date("2008-04-10"))
                .exitOutcome(EMPLOYMENT).build());

        ParticipantSummary whole = ParticipantSummary.of(counted, List.of(ignored), MeasurementScope.projectPeriod(),
            AgeBands.esfPlus());
        assertThat(whole.started()).isEqualTo(24);
        assertThat(whole.startedByGender()).containsExactly(
            Map.entry(WOMAN, 14), Map.entry(MAN, 10), Map.entry(NON_BINARY, 0), Map.entry(UNSPECIFIED, 0));
        assertThat(whole.ended()).isZero();
        assertThat(whole.ongoing()).isZero();
        assertThat(whole.distinctPersons()).isZero();
        assertThat(whole.startedByAgeBand().values()).containsOnly(0);
        assertThat(whole.endedByOutcome().values()).containsOnly(0);
        assertThat(whole.meanDurationDays()).isEmpty();
        assertThat(whole.medianDurationDays()).isEmpty();

        ParticipantSummary lateYears = ParticipantSummary.of(counted, List.of(ignored),
            MeasurementScope.of(period("2009-06-01", "2010-01-31")), AgeBands.esfPlus());
        assertThat(lateYears.started()).isEqualTo(7);
        assertThat(lateYears.startedByGender()).containsEntry(WOMAN, 4).containsEntry(MAN, 3);
    }

    @Test
    void the_summary_is_empty_but_complete_without_participants() {
        ParticipantSummary summary = summary(MeasurementScope.projectPeriod(), List.of());
        assertThat(summary.started()).isZero();
        assertThat(summary.startedByGender()).hasSize(Gender.values().length);
        assertThat(summary.startedByAgeBand()).containsOnlyKeys("-17", "18-29", "30-54", "55-", "unknown");
        assertThat(summary.endedByOutcome()).hasSize(ExitOutcome.values().length - 1);
        assertThat(summary.meanDurationDays()).isEqualTo(Optional.empty());
    }
}

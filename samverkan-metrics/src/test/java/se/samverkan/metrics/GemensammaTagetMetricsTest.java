package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.Fixtures.date;
import static se.samverkan.metrics.Fixtures.dec;
import static se.samverkan.metrics.Fixtures.period;
import static se.samverkan.model.participant.ExitOutcome.DISCONTINUED;
import static se.samverkan.model.participant.ExitOutcome.EMPLOYMENT;
import static se.samverkan.model.participant.ExitOutcome.ERRONEOUS_REGISTRATION;
import static se.samverkan.model.participant.ExitOutcome.HEALTH_CARE;
import static se.samverkan.model.participant.ExitOutcome.JOB_SEEKING;
import static se.samverkan.model.participant.ExitOutcome.STUDIES;
import static se.samverkan.model.participant.ExitOutcome.SUBSIDISED_EMPLOYMENT;
import static se.samverkan.model.participant.Gender.MAN;
import static se.samverkan.model.participant.Gender.NON_BINARY;
import static se.samverkan.model.participant.Gender.UNSPECIFIED;
import static se.samverkan.model.participant.Gender.WOMAN;
import static se.samverkan.model.participant.IncomeSource.ACTIVITY_SUPPORT;
import static se.samverkan.model.participant.IncomeSource.NO_INCOME;
import static se.samverkan.model.participant.IncomeSource.SICKNESS_BENEFIT;
import static se.samverkan.model.participant.IncomeSource.SOCIAL_ASSISTANCE;
import static se.samverkan.model.participant.IncomeSource.STUDENT_FINANCE;
import static se.samverkan.model.participant.IncomeSource.UNEMPLOYMENT_INSURANCE;
import static se.samverkan.model.testing.SeedDocuments.GEMENSAMMA_TAGET;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.goals.Attainment;
import se.samverkan.metrics.goals.CellResult;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.metrics.goals.WilsonInterval;
import se.samverkan.metrics.income.IncomeTransitions;
import se.samverkan.metrics.participants.ParticipantSummary;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ImmutableParticipation;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.testing.SeedDocuments;

/**
 * Gemensamma taget Vuxna (examples/data/README.md) with nine synthetic participants whose figures are computed by
 * hand; the goals, breakdown tables and period are the application's.
 */
class GemensammaTagetMetricsTest {

    private static ImmutableParticipation.Builder in(String start) {
        return Participation.builder().project(GEMENSAMMA_TAGET).start(date(start));
    }

    private static ImmutableParticipation.Builder in(String start, String end, ExitOutcome outcome) {
        return in(start).end(date(end)).exitOutcome(outcome);
    }

    private static Participant person(String id, Gender gender, Integer birthYear, boolean anonymous,
            ImmutableParticipation.Builder... participations) {
        return Participant.builder().id(id).gender(gender).birthYear(Fixtures.born(birthYear)).anonymous(anonymous)
            .addAllParticipations(List.of(participations).stream().map(ImmutableParticipation.Builder::build).toList())
            .build();
    }

    /** Ages at start in brackets, durations in days. */
    private static final List<Participant> PEOPLE = List.of(
        person("t1", WOMAN, 1980, false,
            in("2008-03-31", "2008-12-12", EMPLOYMENT).addIncomeAtStart(SOCIAL_ASSISTANCE)        // (28) 257
                .addIncomeAtEnd(se.samverkan.model.participant.IncomeSource.SUBSIDISED_EMPLOYMENT)
                .putSurvey("livssituation", 1).putSurvey("kvalitet", 1).putSurvey("inflytande", 1),
            in("2009-08-10").reenrolmentReason("Ny kontakt med socialtjänsten")),               // (29) ongoing
        person("t2", MAN, 1970, false, in("2008-04-14", "2009-01-30", SUBSIDISED_EMPLOYMENT)      // (38) 292
            .addIncomeAtStart(ACTIVITY_SUPPORT).addIncomeAtEnd(ACTIVITY_SUPPORT)
            .putSurvey("livssituation", 1).putSurvey("kvalitet", 0)),
        person("t3", WOMAN, 1975, false, in("2008-08-11", "2009-06-30", STUDIES)                  // (33) 324
            .addIncomeAtStart(SICKNESS_BENEFIT).addIncomeAtEnd(STUDENT_FINANCE).putSurvey("livssituation", 0)),
        person("t4", MAN, 1983, false, in("2008-09-29", "2009-09-30", JOB_SEEKING)                // (25) 367
            .addIncomeAtStart(UNEMPLOYMENT_INSURANCE).addIncomeAtEnd(UNEMPLOYMENT_INSURANCE)),
        person("t5", WOMAN, 1979, true, in("2008-11-10", "2009-05-15", HEALTH_CARE)),             // (29) 187
        person("t6", MAN, 1965, false, in("2009-01-12").addIncomeAtStart(SOCIAL_ASSISTANCE)       // (44) ongoing
            .putSurvey("livssituation", 1)),
        person("t7", WOMAN, null, false, in("2009-02-16", "2010-02-26", EMPLOYMENT)               // (?) 376
            .addIncomeAtStart(NO_INCOME).addIncomeAtEnd(se.samverkan.model.participant.IncomeSource.EMPLOYMENT)
            .putSurvey("livssituation", 1).putSurvey("kvalitet", 1)),
        person("t8", MAN, 1985, false, in("2009-03-23", "2009-03-24", ERRONEOUS_REGISTRATION)
            .putSurvey("livssituation", 1)),
        person("t9", NON_BINARY, 1982, false, in("2009-05-04", "2009-12-04", DISCONTINUED)       // (27) 215
            .addIncomeAtStart(SOCIAL_ASSISTANCE).addIncomeAtEnd(SOCIAL_ASSISTANCE).putSurvey("livssituation", 0)));

    private static final SamverkanDocument DOCUMENT = SamverkanDocument.builder()
        .from(SeedDocuments.gemensammaTagetVuxna()).participants(PEOPLE).build();

    private final ProjectResult result =
        ProjectMetrics.of(MeasurementScope.projectPeriod()).compute(DOCUMENT, GEMENSAMMA_TAGET).orElseThrow();

    private GoalResult goal(String id) {
        return result.goals().stream().filter(goal -> goal.goalId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void participant_summary_over_the_project_period() {
        ParticipantSummary summary = result.participants();
        assertThat(summary.started()).isEqualTo(9);
        assertThat(summary.ended()).isEqualTo(7);
        assertThat(summary.ongoing()).isEqualTo(2);
        assertThat(summary.distinctPersons()).isEqualTo(8);
        assertThat(summary.startedByGender()).containsExactly(
            Map.entry(WOMAN, 5), Map.entry(MAN, 3), Map.entry(NON_BINARY, 1), Map.entry(UNSPECIFIED, 0));
        assertThat(summary.startedByAgeBand()).containsExactly(Map.entry("-17", 0), Map.entry("18-29", 5),
            Map.entry("30-54", 3), Map.entry("55-", 0), Map.entry("unknown", 1));
        assertThat(summary.endedByOutcome()).containsEntry(EMPLOYMENT, 2).containsEntry(SUBSIDISED_EMPLOYMENT, 1)
            .containsEntry(STUDIES, 1).containsEntry(JOB_SEEKING, 1).containsEntry(HEALTH_CARE, 1)
            .containsEntry(DISCONTINUED, 1).containsEntry(ExitOutcome.OTHER_SUPPORT, 0).containsEntry(ExitOutcome.MOVED, 0)
            .containsEntry(ExitOutcome.OTHER, 0).hasSize(9);
        assertThat(summary.endedByGroup()).containsExactly(Map.entry(ReportGroup.WORK_OR_STUDIES, 4),
            Map.entry(ReportGroup.JOB_SEEKING, 1), Map.entry(ReportGroup.OTHER, 2));
        // 187, 215, 257, 292, 324, 367, 376: mean 2018 / 7 = 288.29, median 292.
        assertThat(summary.meanDurationDays()).contains(dec("288.3"));
        assertThat(summary.medianDurationDays()).contains(dec("292.0"));
    }

    @Test
    void participants_goal_with_the_applications_expected_table() {
        GoalResult started = goal("deltagare");
        assertThat(started.numerator()).hasValue(9);
        assertThat(started.actual()).contains(dec("9"));
        assertThat(started.attained()).isEqualTo(Attainment.NOT_ATTAINED);
        assertThat(started.breakdown()).containsExactly(
            new CellResult(MAN, IntRange.of(18, 30), 20, 1), new CellResult(WOMAN, IntRange.of(18, 30), 20, 3),
            new CellResult(MAN, IntRange.of(31, 64), 30, 2), new CellResult(WOMAN, IntRange.of(31, 64), 30, 1));
    }

    @Test
    void work_and_studies_goals() {
        GoalResult work = goal("arbete");
        assertThat(work.numerator()).hasValue(3);
        assertThat(work.denominator()).hasValue(7);
        assertThat(work.actual()).contains(dec("42.9"));
        assertThat(work.attained()).isEqualTo(Attainment.ATTAINED);
        // 3/7: 15.8217… – 74.9546…
        assertThat(work.wilson95()).contains(new WilsonInterval(dec("15.8"), dec("75.0")));
        assertThat(work.breakdown()).extracting(CellResult::expected).containsExactly(5, 5, 15, 15);
        assertThat(work.breakdown()).extracting(CellResult::actual).containsExactly(0, 1, 1, 0);

        GoalResult studies = goal("studier");
        assertThat(studies.actual()).contains(dec("14.3"));
        assertThat(studies.attained()).isEqualTo(Attainment.ATTAINED);
        // 1/7: 2.5679… – 51.3135…
        assertThat(studies.wilson95()).contains(new WilsonInterval(dec("2.6"), dec("51.3")));
        assertThat(studies.breakdown()).extracting(CellResult::actual).containsExactly(0, 0, 0, 1);
    }

    @Test
    void survey_goals() {
        GoalResult life = goal("livssituation");
        assertThat(life.numerator()).hasValue(4);
        assertThat(life.denominator()).hasValue(6);
        assertThat(life.actual()).contains(dec("66.7"));
        assertThat(life.attained()).isEqualTo(Attainment.NOT_ATTAINED);
        GoalResult quality = goal("kvalitet");
        assertThat(quality.actual()).contains(dec("66.7"));
        // 2/3: 20.7655… – 93.8510…
        assertThat(quality.wilson95()).contains(new WilsonInterval(dec("20.8"), dec("93.9")));
        GoalResult influence = goal("inflytande");
        assertThat(influence.numerator()).hasValue(1);
        assertThat(influence.actual()).contains(dec("100.0"));
        assertThat(influence.attained()).isEqualTo(Attainment.ATTAINED);
        assertThat(influence.wilson95()).contains(new WilsonInterval(dec("20.7"), dec("100.0")));
    }

    @Test
    void income_transitions() {
        // Recorded: t1, t2, t3, t4, t7, t9 (t5 is anonymous); supported at start all but t7; at end t2, t4, t9.
        assertThat(result.incomeTransitions()).isEqualTo(new IncomeTransitions(6, 5, 3, 2));
    }

    @Test
    void first_half_of_2009() {
        MeasurementScope scope = MeasurementScope.of(period("2009-01-01", "2009-12-31"), date("2009-06-30"));
        ProjectResult half = ProjectMetrics.of(scope).compute(DOCUMENT, GEMENSAMMA_TAGET).orElseThrow();
        assertThat(half.window().asOf()).isEqualTo(date("2009-06-30"));
        assertThat(half.participants().started()).isEqualTo(3);
        assertThat(half.participants().ended()).isEqualTo(3);
        assertThat(half.participants().ongoing()).isEqualTo(4);
        // Ended t2 (292), t5 (187), t3 (324).
        assertThat(half.participants().medianDurationDays()).contains(dec("292.0"));
        assertThat(half.participants().meanDurationDays()).contains(dec("267.7"));
    }
}

package se.samverkan.metrics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.Fixtures.date;
import static se.samverkan.metrics.Fixtures.dec;
import static se.samverkan.metrics.Fixtures.ended;
import static se.samverkan.metrics.Fixtures.goal;
import static se.samverkan.metrics.Fixtures.indicator;
import static se.samverkan.metrics.Fixtures.period;
import static se.samverkan.metrics.Fixtures.person;
import static se.samverkan.metrics.Fixtures.started;
import static se.samverkan.model.participant.ExitOutcome.DISCONTINUED;
import static se.samverkan.model.participant.ExitOutcome.EMPLOYMENT;
import static se.samverkan.model.participant.ExitOutcome.ERRONEOUS_REGISTRATION;
import static se.samverkan.model.participant.ExitOutcome.JOB_SEEKING;
import static se.samverkan.model.participant.ExitOutcome.STUDIES;
import static se.samverkan.model.participant.ExitOutcome.SUBSIDISED_EMPLOYMENT;
import static se.samverkan.model.participant.Gender.MAN;
import static se.samverkan.model.participant.Gender.NON_BINARY;
import static se.samverkan.model.participant.Gender.WOMAN;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.Fixtures;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.ImmutableIndicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.ParticipantCount;
import se.samverkan.model.project.Project;
import se.samverkan.model.range.IntRange;

/** Hand-computed goal attainment (docs/metrics.md); the project runs 2008-03-01 – 2010-02-28. */
class GoalAttainmentTest {

    private static final String Q = "livssituation";

    /**
     * Started: g1–g7 (7). Ended: g1, g2, g3, g4, g6, g7 (6), of which to work g1, g2, g7 (3).
     * Answered the question among started or ended: g1 1, g2 0, g3 1, g5 1, g6 0, g7 1 (6), at least 1: 4.
     */
    private final List<Participant> people = List.of(
        person("g1", WOMAN, 1980, ended("2008-03-15", "2008-06-30", EMPLOYMENT).putSurvey(Q, 1)),            // 28
        person("g2", WOMAN, 1990, ended("2008-04-01", "2008-09-30", SUBSIDISED_EMPLOYMENT).putSurvey(Q, 0)), // 18
        person("g3", MAN, 1975, ended("2008-10-01", "2009-03-31", STUDIES).putSurvey(Q, 1)),                 // 33
        person("g4", MAN, 1970, ended("2008-11-01", "2009-05-31", JOB_SEEKING)),                             // 38
        person("g5", MAN, 1985, started("2009-09-01").putSurvey(Q, 1)),                                      // 24
        person("g6", NON_BINARY, 1980, ended("2009-01-01", "2009-10-31", DISCONTINUED).putSurvey(Q, 0)),     // 29
        person("g7", WOMAN, null, ended("2009-02-01", "2009-11-30", EMPLOYMENT).putSurvey(Q, 1)),            // unknown
        person("g8", WOMAN, 1980, ended("2008-05-01", "2008-05-02", ERRONEOUS_REGISTRATION).putSurvey(Q, 1)));

    private final Breakdown table = Breakdown.builder()
        .addAgeBands(IntRange.of(18, 30), IntRange.of(31, 64))
        .addCells(BreakdownCell.of(WOMAN, 0, 2), BreakdownCell.of(WOMAN, 1, 3),
            BreakdownCell.of(MAN, 0, 2), BreakdownCell.of(MAN, 1, 3))
        .build();

    private GoalResult measure(Goal goal) {
        Project project = Fixtures.project(goal);
        return GoalAttainment.of(MeasurementScope.projectPeriod()).measure(project, goal, people);
    }

    private static ImmutableIndicator.Builder toWork(IndicatorType type) {
        return indicator(type).addOutcomes(EMPLOYMENT, SUBSIDISED_EMPLOYMENT);
    }

    private static ImmutableIndicator.Builder survey() {
        return indicator(IndicatorType.SURVEY_SHARE).question(Q).threshold(1);
    }

    @Test
    void participants_started_counts_started_participations_without_denominator() {
        GoalResult result = measure(goal("started", indicator(IndicatorType.PARTICIPANTS_STARTED), Target.atLeast(dec("7"))));
        assertThat(result.numerator()).hasValue(7);
        assertThat(result.denominator()).isEmpty();
        assertThat(result.actual()).contains(dec("7"));
        assertThat(result.attained()).isEqualTo(Attainment.ATTAINED);
        assertThat(result.wilson95()).isEmpty();
        assertThat(result.breakdown()).isEmpty();
    }

    @Test
    void count_comparators_are_inclusive() {
        assertThat(measure(goal("a", indicator(IndicatorType.PARTICIPANTS_STARTED), Target.atLeast(dec("8")))).attained())
            .isEqualTo(Attainment.NOT_ATTAINED);
        assertThat(measure(goal("b", indicator(IndicatorType.PARTICIPANTS_STARTED), Target.atMost(dec("7")))).attained())
            .isEqualTo(Attainment.ATTAINED);
        assertThat(measure(goal("c", indicator(IndicatorType.PARTICIPANTS_STARTED), Target.atMost(dec("6")))).attained())
            .isEqualTo(Attainment.NOT_ATTAINED);
        assertThat(measure(goal("d", indicator(IndicatorType.PARTICIPANTS_STARTED),
            Target.between(dec("7"), dec("7")))).attained()).isEqualTo(Attainment.ATTAINED);
        assertThat(measure(goal("e", indicator(IndicatorType.PARTICIPANTS_STARTED),
            Target.between(dec("80"), dec("100")))).attained()).isEqualTo(Attainment.NOT_ATTAINED);
    }

    @Test
    void exit_outcome_count_counts_ended_participations_with_an_outcome_in_the_set() {
        GoalResult result = measure(goal("work", toWork(IndicatorType.EXIT_OUTCOME_COUNT), Target.atLeast(dec("3"))));
        assertThat(result.numerator()).hasValue(3);
        assertThat(result.denominator()).isEmpty();
        assertThat(result.actual()).contains(dec("3"));
        assertThat(result.attained()).isEqualTo(Attainment.ATTAINED);
    }

    @Test
    void exit_outcome_share_is_a_percent_of_ended_participations_with_its_wilson_interval() {
        GoalResult result = measure(goal("work", toWork(IndicatorType.EXIT_OUTCOME_SHARE), Target.atLeast(dec("50"))));
        assertThat(result.numerator()).hasValue(3);
        assertThat(result.denominator()).hasValue(6);
        assertThat(result.actual()).contains(dec("50.0"));
        assertThat(result.attained()).isEqualTo(Attainment.ATTAINED);
        // 3/6: 18.7613… – 81.2387… (computed independently with 60-digit decimals)
        assertThat(result.wilson95()).contains(new WilsonInterval(dec("18.8"), dec("81.2")));
    }

    @Test
    void share_comparators_use_the_unrounded_share() {
        // 4 of 6 answered yes: 66.666…, shown as 66.7 but below a target of 66.7.
        GoalResult atLeast = measure(goal("life", survey(), Target.atLeast(dec("66.7"))));
        assertThat(atLeast.actual()).contains(dec("66.7"));
        assertThat(atLeast.attained()).isEqualTo(Attainment.NOT_ATTAINED);
        assertThat(measure(goal("life", survey(), Target.atMost(dec("66.7")))).attained()).isEqualTo(Attainment.ATTAINED);
        assertThat(measure(goal("life", survey(), Target.atMost(dec("66.6")))).attained()).isEqualTo(Attainment.NOT_ATTAINED);
        assertThat(measure(goal("life", survey(), Target.between(dec("60"), dec("66.6")))).attained()).isEqualTo(Attainment.NOT_ATTAINED);
        assertThat(measure(goal("life", survey(), Target.between(dec("66.6"), dec("66.7")))).attained()).isEqualTo(Attainment.ATTAINED);
        assertThat(measure(goal("work", toWork(IndicatorType.EXIT_OUTCOME_SHARE), Target.atMost(dec("50")))).attained())
            .isEqualTo(Attainment.ATTAINED);
    }

    @Test
    void survey_share_counts_answers_of_started_or_ended_participations() {
        GoalResult result = measure(goal("life", survey(), Target.atLeast(dec("100"))));
        assertThat(result.numerator()).hasValue(4);
        assertThat(result.denominator()).hasValue(6);
        assertThat(result.actual()).contains(dec("66.7"));
        assertThat(result.attained()).isEqualTo(Attainment.NOT_ATTAINED);
        // 4/6: 29.9988… – 90.3231…
        assertThat(result.wilson95()).contains(new WilsonInterval(dec("30.0"), dec("90.3")));
    }

    @Test
    void a_share_without_denominator_has_no_actual_no_attainment_and_no_interval() {
        Goal lastMonths = Goal.builder().from(goal("work", toWork(IndicatorType.EXIT_OUTCOME_SHARE),
            Target.atLeast(dec("40")))).period(period("2010-01-01", "2010-02-28")).build();
        GoalResult result = measure(lastMonths);
        assertThat(result.numerator()).hasValue(0);
        assertThat(result.denominator()).hasValue(0);
        assertThat(result.actual()).isEmpty();
        assertThat(result.attained()).isEqualTo(Attainment.UNDECIDED);
        assertThat(result.wilson95()).isEmpty();
    }

    @Test
    void a_count_of_zero_is_still_compared() {
        Goal lastMonths = Goal.builder().from(goal("work", toWork(IndicatorType.EXIT_OUTCOME_COUNT),
            Target.atMost(dec("0")))).period(period("2010-01-01", "2010-02-28")).build();
        GoalResult result = measure(lastMonths);
        assertThat(result.numerator()).hasValue(0);
        assertThat(result.actual()).contains(dec("0"));
        assertThat(result.attained()).isEqualTo(Attainment.ATTAINED);
    }

    @Test
    void a_goal_with_its_own_period_is_measured_over_it() {
        Goal firstYear = Goal.builder().from(goal("work", toWork(IndicatorType.EXIT_OUTCOME_SHARE),
            Target.atLeast(dec("40")))).period(period("2008-03-01", "2008-12-31")).build();
        GoalResult result = measure(firstYear);
        assertThat(result.window().period()).isEqualTo(period("2008-03-01", "2008-12-31"));
        assertThat(result.window().asOf()).isEqualTo(date("2008-12-31"));
        assertThat(result.numerator()).hasValue(2);
        assertThat(result.denominator()).hasValue(2);
        assertThat(result.actual()).contains(dec("100.0"));
        // 2/2: 34.2372… – 100
        assertThat(result.wilson95()).contains(new WilsonInterval(dec("34.2"), dec("100.0")));

        Goal secondYear = Goal.builder().from(goal("started", indicator(IndicatorType.PARTICIPANTS_STARTED),
            Target.atLeast(dec("3")))).period(period("2009-01-01", "2009-12-31")).build();
        assertThat(measure(secondYear).numerator()).hasValue(3);
    }

    @Test
    void a_goal_period_caps_a_later_as_of_and_keeps_an_earlier_one() {
        Goal firstYear = Goal.builder().from(goal("started", indicator(IndicatorType.PARTICIPANTS_STARTED),
            Target.atLeast(dec("1")))).period(period("2008-03-01", "2008-12-31")).build();
        Project project = Fixtures.project(firstYear);
        GoalResult midYear = GoalAttainment.of(MeasurementScope.projectPeriod().asOf(date("2008-06-30"))).measure(project, firstYear, people);
        assertThat(midYear.numerator()).hasValue(2);
        GoalResult late = GoalAttainment.of(MeasurementScope.projectPeriod().asOf(date("2009-12-31"))).measure(project, firstYear, people);
        assertThat(late.window().asOf()).isEqualTo(date("2008-12-31"));
        assertThat(late.numerator()).hasValue(4);
    }

    @Test
    void a_reported_number_is_compared_with_the_target() {
        GoalResult result = measure(goal("reported", indicator(IndicatorType.REPORTED).reported(dec("12.5")),
            Target.atLeast(dec("10"))));
        assertThat(result.actual()).contains(dec("12.5"));
        assertThat(result.attained()).isEqualTo(Attainment.ATTAINED);
        assertThat(result.numerator()).isEmpty();
        assertThat(result.denominator()).isEmpty();
        assertThat(result.wilson95()).isEmpty();
    }

    @Test
    void a_reported_deliverable_is_attained_when_achieved_and_has_no_actual() {
        Target one = Target.atLeast(BigDecimal.ONE);
        GoalResult done = measure(goal("plan", indicator(IndicatorType.REPORTED).achieved(true), one));
        assertThat(done.attained()).isEqualTo(Attainment.ATTAINED);
        assertThat(done.actual()).isEmpty();
        GoalResult notDone = measure(goal("plan", indicator(IndicatorType.REPORTED).achieved(false), one));
        assertThat(notDone.attained()).isEqualTo(Attainment.NOT_ATTAINED);
    }

    @Test
    void a_reported_goal_without_report_is_undecided() {
        GoalResult result = measure(goal("plan", indicator(IndicatorType.REPORTED), Target.atLeast(BigDecimal.ONE)));
        assertThat(result.attained()).isEqualTo(Attainment.UNDECIDED);
        assertThat(result.actual()).isEmpty();
    }

    @Test
    void the_target_is_kept_as_written() {
        GoalResult result = measure(goal("work", toWork(IndicatorType.EXIT_OUTCOME_SHARE), Target.atLeast(dec("40"))));
        assertThat(result.target().getValue().toPlainString()).isEqualTo("40");
        assertThat(result.target().getUpper()).isEqualTo(Optional.empty());
    }

    @Test
    void breakdown_of_started_counts_each_cell_by_gender_and_the_tables_own_bands() {
        Goal goal = Goal.builder().from(goal("started", indicator(IndicatorType.PARTICIPANTS_STARTED),
            Target.atLeast(dec("10")))).breakdown(table).build();
        // W 28, W 18 → women 18–30; M 33, M 38 → men 31–64; M 24 → men 18–30; non-binary and unknown age: no cell.
        assertThat(measure(goal).breakdown()).containsExactly(
            new CellResult(WOMAN, IntRange.of(18, 30), 2, 2), new CellResult(WOMAN, IntRange.of(31, 64), 3, 0),
            new CellResult(MAN, IntRange.of(18, 30), 2, 1), new CellResult(MAN, IntRange.of(31, 64), 3, 2));
        assertThat(measure(goal).breakdown().get(0).ageBandKey()).isEqualTo("18-30");
    }

    @Test
    void a_cell_naming_an_age_band_the_table_lacks_is_left_out() {
        // Bands 0 and 1 exist; cells naming band 2 or -1 (validation errors) are not in the result.
        Breakdown stray = Breakdown.builder().from(table)
            .addCells(BreakdownCell.of(WOMAN, 2, 1), BreakdownCell.of(MAN, -1, 1)).build();
        Goal goal = Goal.builder().from(goal("started", indicator(IndicatorType.PARTICIPANTS_STARTED),
            Target.atLeast(dec("10")))).breakdown(stray).build();
        assertThat(measure(goal).breakdown()).containsExactly(
            new CellResult(WOMAN, IntRange.of(18, 30), 2, 2), new CellResult(WOMAN, IntRange.of(31, 64), 3, 0),
            new CellResult(MAN, IntRange.of(18, 30), 2, 1), new CellResult(MAN, IntRange.of(31, 64), 3, 2));
    }

    @Test
    void merging_returns_the_same_accumulator_and_refuses_another_goal() {
        Goal started = goal("started", indicator(IndicatorType.PARTICIPANTS_STARTED), Target.atLeast(dec("7")));
        Goal other = goal("other", indicator(IndicatorType.PARTICIPANTS_STARTED), Target.atLeast(dec("7")));
        Project project = Fixtures.project(started, other);
        GoalAccumulator first = GoalAccumulator.of(project, started, MeasurementScope.projectPeriod());
        GoalAccumulator second = GoalAccumulator.of(project, started, MeasurementScope.projectPeriod());
        people.subList(0, 3).forEach(first::accept);
        people.subList(3, people.size()).forEach(second::accept);
        assertThat(first.merge(second)).isSameAs(first);
        assertThat(first.result().numerator()).hasValue(7);
        assertThatThrownBy(() -> first.merge(GoalAccumulator.of(project, other, MeasurementScope.projectPeriod())))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cannot merge goal other ");
    }

    @Test
    void breakdown_of_an_outcome_share_counts_numerator_events() {
        Goal goal = Goal.builder().from(goal("work", toWork(IndicatorType.EXIT_OUTCOME_SHARE),
            Target.atLeast(dec("40")))).breakdown(table).build();
        assertThat(measure(goal).breakdown()).extracting(CellResult::actual).containsExactly(2, 0, 0, 0);
    }

    @Test
    void breakdown_of_a_survey_share_counts_answers_at_or_above_the_threshold() {
        Goal goal = Goal.builder().from(goal("life", survey(), Target.atLeast(dec("100")))).breakdown(table).build();
        // yes: g1 W 28, g3 M 33, g5 M 24, g7 unknown age.
        assertThat(measure(goal).breakdown()).extracting(CellResult::actual).containsExactly(1, 0, 1, 1);
    }

    @Test
    void a_count_only_project_measures_started_goals_by_its_counts() {
        Goal started = goal("started", indicator(IndicatorType.PARTICIPANTS_STARTED), Target.between(dec("20"), dec("30")));
        Goal work = goal("work", toWork(IndicatorType.EXIT_OUTCOME_SHARE), Target.atLeast(dec("40")));
        Project counted = Fixtures.project("mysam", period("2008-03-01", "2010-02-28"))
            .measurement(Measurement.COUNT_ONLY)
            .addParticipantCounts(ParticipantCount.of(2008, WOMAN, 10), ParticipantCount.of(2009, MAN, 14))
            .addGoals(started, work).build();
        Participant ignored = person("p", WOMAN, 1980, Participation.builder().project("mysam")
            .start(date("2008-04-01")).end(date("2008-05-01")).exitOutcome(EMPLOYMENT).build());
        GoalResult startedResult = GoalAttainment.of(MeasurementScope.projectPeriod()).measure(counted, started, List.of(ignored));
        assertThat(startedResult.numerator()).hasValue(24);
        assertThat(startedResult.attained()).isEqualTo(Attainment.ATTAINED);
        GoalResult workResult = GoalAttainment.of(MeasurementScope.projectPeriod()).measure(counted, work, List.of(ignored));
        assertThat(workResult.denominator()).hasValue(0);
        assertThat(workResult.attained()).isEqualTo(Attainment.UNDECIDED);
    }
}

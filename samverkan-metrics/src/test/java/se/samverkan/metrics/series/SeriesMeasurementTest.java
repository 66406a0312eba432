package se.samverkan.metrics.series;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.Fixtures.date;
import static se.samverkan.metrics.Fixtures.dec;
import static se.samverkan.metrics.Fixtures.period;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.goals.Attainment;
import se.samverkan.metrics.Fixtures;
import se.samverkan.metrics.FourPeople;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMeasurement;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.budget.Budget;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.ParticipantCount;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/**
 * A series worked out by hand. Project {@code gt-vuxna} runs 1 March 2008 – 28 February 2009, with a budget of
 * 120 000 kr in 2008 and 24 000 kr in 2009, and four participants:
 * <pre>
 *   a  woman  2008-03-10 – 2008-06-15  EMPLOYMENT
 *   b  man    2008-05-05 – 2008-10-20  EMPLOYMENT
 *   c  woman  2008-09-01 – 2008-11-30  JOB_SEEKING
 *   d  man    2009-01-20 –             (ongoing)
 * </pre>
 * Goals: {@code started} (PARTICIPANTS_STARTED, at least 2), {@code work} (EXIT_OUTCOME_SHARE of EMPLOYMENT, at
 * least 50 %), {@code autumn} (EXIT_OUTCOME_COUNT of EMPLOYMENT, at least 1, own period September–December
 * 2008).
 */
class SeriesMeasurementTest {

    private static final Project PROJECT = Fixtures.project(Fixtures.PROJECT, period("2008-03-01", "2009-02-28"))
        .addGoals(
            Fixtures.goal("started", Fixtures.indicator(IndicatorType.PARTICIPANTS_STARTED), Target.atLeast(dec("2"))),
            Fixtures.goal("work", Fixtures.indicator(IndicatorType.EXIT_OUTCOME_SHARE).addOutcomes(ExitOutcome.EMPLOYMENT),
                Target.atLeast(dec("50"))),
            se.samverkan.model.goal.Goal.builder().id("autumn").title("Hösten")
                .indicator(Fixtures.indicator(IndicatorType.EXIT_OUTCOME_COUNT).addOutcomes(ExitOutcome.EMPLOYMENT).build())
                .target(Target.atLeast(dec("1"))).period(period("2008-09-01", "2008-12-31")).build())
        .budget(Budget.builder().addLines(FourPeople.staff(2008, "120000"), FourPeople.staff(2009, "24000")).build())
        .build();

    private static final List<Participant> PEOPLE = FourPeople.PEOPLE;

    private static SamverkanDocument document(Project... projects) {
        return SamverkanDocument.builder().addProjects(projects).participants(PEOPLE).build();
    }

    private static MetricsSeries series(PeriodLength by, MeasurementScope scope, Project... projects) {
        return SeriesMeasurement.of(by, scope).measure(document(projects));
    }

    private static GoalResult goal(ProjectMeasurement project, String id) {
        return project.goals().stream().filter(g -> g.goalId().equals(id)).findFirst().orElseThrow();
    }

    private static ProjectMeasurement only(SeriesEntry entry) {
        assertThat(entry.projects()).hasSize(1);
        return entry.projects().get(0);
    }

    @Test
    void tertials_count_each_participation_in_the_period_it_starts_and_the_one_it_ends() {
        MetricsSeries series = series(PeriodLength.TERTIAL, MeasurementScope.projectPeriod(), PROJECT);

        assertThat(series.by()).isEqualTo(PeriodLength.TERTIAL);
        assertThat(series.entries()).extracting(SeriesEntry::period).containsExactly(
            period("2008-03-01", "2008-04-30"), period("2008-05-01", "2008-08-31"),
            period("2008-09-01", "2008-12-31"), period("2009-01-01", "2009-02-28"));
        assertThat(series.entries()).extracting(SeriesEntry::asOf).containsExactly(
            date("2008-04-30"), date("2008-08-31"), date("2008-12-31"), date("2009-02-28"));
        // started: a | b | c | d; ended: – | a | b, c | –; ongoing at the end: a | b | none | d
        assertThat(series.entries()).extracting(e -> only(e).participants().started()).containsExactly(1, 1, 1, 1);
        assertThat(series.entries()).extracting(e -> only(e).participants().ended()).containsExactly(0, 1, 2, 0);
        assertThat(series.entries()).extracting(e -> only(e).participants().ongoing()).containsExactly(1, 1, 0, 1);
        // the project's own period in each entry is the entry's
        assertThat(series.entries()).allSatisfy(e -> assertThat(only(e).period()).isEqualTo(e.period()));
    }

    @Test
    void count_goals_have_no_attainment_in_a_period_and_shares_keep_theirs() {
        MetricsSeries series = series(PeriodLength.TERTIAL, MeasurementScope.projectPeriod(), PROJECT);
        ProjectMeasurement mayToAugust = only(series.entries().get(1));
        ProjectMeasurement autumn = only(series.entries().get(2));

        // started in May–August: b, 1 of the target 2 for the whole project: no attainment in a period
        assertThat(goal(mayToAugust, "started").numerator()).hasValue(1);
        assertThat(goal(mayToAugust, "started").attained()).isEqualTo(Attainment.UNDECIDED);
        // work in May–August: a ended in EMPLOYMENT, 1 of 1 ended = 100.0 % ≥ 50 %
        assertThat(goal(mayToAugust, "work").actual()).contains(new BigDecimal("100.0"));
        assertThat(goal(mayToAugust, "work").attained()).isEqualTo(Attainment.ATTAINED);
        // work in September–December: b in EMPLOYMENT, c JOB_SEEKING: 1 of 2 = 50.0 % ≥ 50 %
        assertThat(goal(autumn, "work").numerator()).hasValue(1);
        assertThat(goal(autumn, "work").denominator()).hasValue(2);
        assertThat(goal(autumn, "work").attained()).isEqualTo(Attainment.ATTAINED);
        // March–April: nobody ended, so the share is undefined
        assertThat(goal(only(series.entries().get(0)), "work").actual()).isEmpty();
    }

    @Test
    void a_goal_with_its_own_period_is_measured_over_the_overlap_and_has_no_figures_outside_it() {
        MetricsSeries series = series(PeriodLength.TERTIAL, MeasurementScope.projectPeriod(), PROJECT);

        // September–December lies inside the goal period: b ended in EMPLOYMENT on 2008-10-20 → 1
        GoalResult inside = goal(only(series.entries().get(2)), "autumn");
        assertThat(inside.numerator()).hasValue(1);
        assertThat(inside.actual()).contains(new BigDecimal("1"));
        assertThat(inside.attained()).isEqualTo(Attainment.UNDECIDED);
        // May–August does not overlap September–December: a ended in EMPLOYMENT then, but the goal has no figures
        for (int outside : new int[] {0, 1, 3}) {
            GoalResult none = goal(only(series.entries().get(outside)), "autumn");
            assertThat(none.numerator()).isEmpty();
            assertThat(none.denominator()).isEmpty();
            assertThat(none.actual()).isEmpty();
            assertThat(none.attained()).isEqualTo(Attainment.UNDECIDED);
            assertThat(none.wilson95()).isEmpty();
            assertThat(none.breakdown()).isEmpty();
        }
    }

    @Test
    void years_have_costs_over_their_own_lines_and_shorter_periods_have_none() {
        MetricsSeries years = series(PeriodLength.YEAR, MeasurementScope.projectPeriod(), PROJECT);

        ProjectMeasurement first = only(years.entries().get(0));
        assertThat(first.period()).isEqualTo(period("2008-03-01", "2008-12-31"));
        // 2008: a, b, c started; a and b ended in EMPLOYMENT (work or studies)
        assertThat(first.costs()).isPresent();
        assertThat(first.costs().get().financing().budget().total()).isEqualTo(Amount.parse("120000"));
        // 120 000 / 3 started = 40 000.00; 120 000 / 2 in work or studies = 60 000.00
        assertThat(first.costs().get().unitCosts().perStartedParticipant()).contains(Amount.parse("40000"));
        assertThat(first.costs().get().unitCosts().perWorkOrStudies()).contains(Amount.parse("60000"));
        assertThat(first.publishedUnitCosts()).isPresent();
        ProjectMeasurement second = only(years.entries().get(1));
        // 2009 (January–February): d started; 24 000 / 1 = 24 000.00; nobody in work or studies
        assertThat(second.costs().get().financing().budget().total()).isEqualTo(Amount.parse("24000"));
        assertThat(second.costs().get().unitCosts().perStartedParticipant()).contains(Amount.parse("24000"));
        assertThat(second.costs().get().unitCosts().perWorkOrStudies()).isEmpty();
        // the goal period September–December 2008 lies inside 2008: b → 1
        assertThat(goal(first, "autumn").numerator()).hasValue(1);

        for (PeriodLength shorter : List.of(PeriodLength.HALF, PeriodLength.TERTIAL, PeriodLength.QUARTER,
            PeriodLength.MONTH)) {
            assertThat(series(shorter, MeasurementScope.projectPeriod(), PROJECT).entries())
                .allSatisfy(entry -> assertThat(only(entry).costs()).isEmpty())
                .allSatisfy(entry -> assertThat(only(entry).publishedUnitCosts()).isEmpty());
        }
    }

    @Test
    void periods_after_the_as_of_date_are_left_out_and_the_last_one_counts_as_of_it() {
        MetricsSeries series = series(PeriodLength.TERTIAL, MeasurementScope.projectPeriod().asOf(date("2008-06-01")),
            PROJECT);

        assertThat(series.entries()).extracting(SeriesEntry::period)
            .containsExactly(period("2008-03-01", "2008-04-30"), period("2008-05-01", "2008-08-31"));
        SeriesEntry last = series.entries().get(1);
        assertThat(last.asOf()).isEqualTo(date("2008-06-01"));
        assertThat(only(last).asOf()).isEqualTo(date("2008-06-01"));
        // as of 1 June: b started (5 May); a ends only on 15 June, so nobody ended; a and b are ongoing
        assertThat(only(last).participants().started()).isEqualTo(1);
        assertThat(only(last).participants().ended()).isZero();
        assertThat(only(last).participants().ongoing()).isEqualTo(2);
    }

    @Test
    void an_as_of_date_before_the_first_period_gives_no_periods() {
        assertThat(series(PeriodLength.MONTH, MeasurementScope.projectPeriod().asOf(date("2008-02-29")), PROJECT)
            .entries()).isEmpty();
    }

    @Test
    void without_a_period_the_series_spans_all_projects_and_each_appears_where_its_period_overlaps() {
        Project later = Fixtures.project("later", period("2009-01-01", "2009-06-30")).build();

        MetricsSeries series = series(PeriodLength.TERTIAL, MeasurementScope.projectPeriod(), PROJECT, later);

        // span 2008-03-01 – 2009-06-30: five tertials, the last clipped to 30 June
        assertThat(series.entries()).extracting(SeriesEntry::period).containsExactly(
            period("2008-03-01", "2008-04-30"), period("2008-05-01", "2008-08-31"),
            period("2008-09-01", "2008-12-31"), period("2009-01-01", "2009-04-30"),
            period("2009-05-01", "2009-06-30"));
        assertThat(series.entries()).extracting(e -> e.projects().stream().map(ProjectMeasurement::id).toList())
            .containsExactly(List.of(Fixtures.PROJECT), List.of(Fixtures.PROJECT), List.of(Fixtures.PROJECT),
                List.of(Fixtures.PROJECT, "later"), List.of("later"));
        // January–April 2009: gt-vuxna only up to its end, 28 February; later over the whole tertial
        SeriesEntry both = series.entries().get(3);
        assertThat(both.projects().get(0).period()).isEqualTo(period("2009-01-01", "2009-02-28"));
        assertThat(both.projects().get(0).asOf()).isEqualTo(date("2009-02-28"));
        assertThat(both.projects().get(1).period()).isEqualTo(period("2009-01-01", "2009-04-30"));
        assertThat(both.asOf()).isEqualTo(date("2009-04-30"));
    }

    @Test
    void a_period_given_by_the_caller_is_used_as_given_for_every_project() {
        Period given = period("2008-06-15", "2008-09-15");

        MetricsSeries series = series(PeriodLength.QUARTER, MeasurementScope.of(given), PROJECT);

        assertThat(series.entries()).extracting(SeriesEntry::period).containsExactly(
            period("2008-06-15", "2008-06-30"), period("2008-07-01", "2008-09-15"));
        // a ended 15 June (in the first part); c started 1 September (in the second)
        assertThat(only(series.entries().get(0)).participants().ended()).isEqualTo(1);
        assertThat(only(series.entries().get(1)).participants().started()).isEqualTo(1);
    }

    @Test
    void count_only_projects_have_their_annual_counts_in_years_only() {
        Project counted = Fixtures.project("counted", period("2008-01-01", "2008-12-31"))
            .measurement(Measurement.COUNT_ONLY)
            .addGoals(Fixtures.goal("many", Fixtures.indicator(IndicatorType.PARTICIPANTS_STARTED), Target.atLeast(dec("15"))))
            .addParticipantCounts(ParticipantCount.of(2008, Gender.WOMAN, 10), ParticipantCount.of(2008, Gender.MAN, 7))
            .build();

        ProjectMeasurement year = only(series(PeriodLength.YEAR, MeasurementScope.projectPeriod(), counted)
            .entries().get(0));
        // 10 + 7 = 17 started in 2008; the goal counts them too, with no attainment in a series
        assertThat(year.countsGiven()).isTrue();
        assertThat(year.participants().started()).isEqualTo(17);
        assertThat(goal(year, "many").numerator()).hasValue(17);
        assertThat(goal(year, "many").attained()).isEqualTo(Attainment.UNDECIDED);

        MetricsSeries tertials = series(PeriodLength.TERTIAL, MeasurementScope.projectPeriod(), counted);
        assertThat(tertials.entries()).hasSize(3).allSatisfy(entry -> {
            ProjectMeasurement part = only(entry);
            assertThat(part.countsGiven()).isFalse();
            assertThat(part.participants().started()).isZero();
            assertThat(part.participants().startedByGender().values()).containsOnly(0);
            assertThat(goal(part, "many").numerator()).isEmpty();
            assertThat(goal(part, "many").actual()).isEmpty();
        });
    }

    @Test
    void the_findings_are_the_whole_documents_and_streaming_gives_the_same_series() {
        SamverkanDocument document = document(PROJECT);
        SeriesMeasurement measurement = SeriesMeasurement.of(PeriodLength.MONTH, MeasurementScope.projectPeriod());

        SeriesAccumulator streamed = measurement.accumulator(SamverkanDocument.builder().from(document)
            .participants(List.of()).build());
        PEOPLE.forEach(streamed::accept);
        MetricsSeries fromStream = streamed.result();
        MetricsSeries whole = measurement.measure(document);

        assertThat(whole.findings()).isEqualTo(ReportingRules.create().check(document).stream()
            .map(Finding::toProblem).toList());
        assertThat(fromStream.findings()).isEqualTo(whole.findings());
        assertThat(fromStream.entries()).hasSameSizeAs(whole.entries());
        for (int i = 0; i < whole.entries().size(); i++) {
            assertThat(only(fromStream.entries().get(i)).result()).isEqualTo(only(whole.entries().get(i)).result());
            assertThat(only(fromStream.entries().get(i)).published())
                .isEqualTo(only(whole.entries().get(i)).published());
        }
        // 12 months, March 2008 – February 2009; started in March (a), May (b), September (c), January (d)
        assertThat(whole.entries()).extracting(e -> only(e).participants().started())
            .containsExactly(1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0);
    }

    @Test
    void disclosed_hides_each_period_on_its_own() {
        MetricsSeries series = SeriesMeasurement.of(PeriodLength.YEAR, MeasurementScope.projectPeriod())
            .disclosed(DisclosureControl.defaults()).measure(document(PROJECT));

        assertThat(series.disclosureMinimum()).hasValue(5);
        // 3 started in 2008 and 1 in 2009: each 1–4, so each hidden
        assertThat(series.entries()).allSatisfy(entry -> assertThat(only(entry).published().started().isHidden())
            .isTrue());
        assertThat(SeriesMeasurement.of(PeriodLength.YEAR, MeasurementScope.projectPeriod())
            .measure(document(PROJECT)).disclosureMinimum()).isEmpty();
        // the exact figure stays in the value
        assertThat(only(series.entries().get(0)).participants().started()).isEqualTo(3);
    }
}

package se.samverkan.metrics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.Fixtures.dec;
import static se.samverkan.metrics.Fixtures.ended;
import static se.samverkan.metrics.Fixtures.goal;
import static se.samverkan.metrics.Fixtures.indicator;
import static se.samverkan.metrics.Fixtures.person;
import static se.samverkan.metrics.Fixtures.started;
import static se.samverkan.model.participant.ExitOutcome.EMPLOYMENT;
import static se.samverkan.model.participant.ExitOutcome.JOB_SEEKING;
import static se.samverkan.model.participant.ExitOutcome.MOVED;
import static se.samverkan.model.participant.ExitOutcome.OTHER;
import static se.samverkan.model.participant.ExitOutcome.SUBSIDISED_EMPLOYMENT;
import static se.samverkan.model.participant.Gender.MAN;
import static se.samverkan.model.participant.Gender.WOMAN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.goals.Attainment;
import se.samverkan.metrics.Fixtures;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.project.Project;
import se.samverkan.model.range.IntRange;

/**
 * The published view hides exactly what the disclosure rules say (docs/metrics.md), each rule worked out by
 * hand on a small project (minimum 5, so 1–4 are hidden).
 */
class PublishedProjectTest {

    private static final DisclosedCell HIDDEN = DisclosedCell.hidden();

    private final List<Participant> people = new ArrayList<>();

    /** {@code times} participants of one gender and birth year, each ending with {@code outcome} (null: ongoing). */
    private PublishedProjectTest add(int times, Gender gender, int birthYear, ExitOutcome outcome) {
        for (int i = 0; i < times; i++) {
            String id = "p" + people.size();
            people.add(outcome == null ? person(id, gender, birthYear, started("2008-04-01"))
                : person(id, gender, birthYear, ended("2008-04-01", "2008-10-31", outcome)));
        }
        return this;
    }

    private ProjectResult result(Project project) {
        SamverkanDocument document = SamverkanDocument.builder().addProjects(project).addAllParticipants(people).build();
        return ProjectMetrics.of(MeasurementScope.projectPeriod()).compute(document).get(0);
    }

    private PublishedProject publish(Goal... goals) {
        Project project = Fixtures.project(goals);
        return PublishedProject.of(project, result(project), DisclosureControl.defaults());
    }

    private static DisclosedCell shown(int count) {
        return DisclosedCell.shown(count);
    }

    private static Goal share(String id, ExitOutcome... outcomes) {
        return goal(id, indicator(IndicatorType.EXIT_OUTCOME_SHARE).addOutcomes(outcomes), Target.atLeast(dec("40")));
    }

    @Test
    void separate_counts_are_hidden_each_on_its_own_and_durations_go_with_ended() {
        // 6 started; 3 ended (all employment), 3 ongoing: started 6 and distinct persons 6 shown, ended 3 and
        // ongoing 3 hidden, and with ended the mean and median duration.
        add(3, WOMAN, 1980, EMPLOYMENT).add(3, WOMAN, 1980, null);

        PublishedProject view = publish();

        assertThat(List.of(view.started(), view.ended(), view.ongoing(), view.distinctPersons()))
            .containsExactly(shown(6), HIDDEN, HIDDEN, shown(6));
        assertThat(view.meanDurationDays().isHidden()).isTrue();
        assertThat(view.medianDurationDays().isHidden()).isTrue();
        assertThat(view.meanDurationDays().value()).isEmpty();
        // Income sets were never recorded: four zeros, shown.
        assertThat(view.incomeTransitions()).isEqualTo(new PublishedIncomeTransitions(shown(0), shown(0), shown(0),
            shown(0)));
    }

    @Test
    void a_count_list_is_one_additive_row_whose_second_cell_is_the_smallest_other_non_zero_one() {
        // Women 6, men 2: the 2 is hidden, and beside the total 8 the 6 would give it back: hidden too.
        add(6, WOMAN, 1980, EMPLOYMENT).add(2, MAN, 1980, EMPLOYMENT);

        PublishedProject view = publish();

        assertThat(view.startedByGender()).containsExactly(Map.entry(WOMAN, HIDDEN), Map.entry(MAN, HIDDEN),
            Map.entry(Gender.NON_BINARY, shown(0)), Map.entry(Gender.UNSPECIFIED, shown(0)));
        // All eight are 28 at start (2008 − 1980): the band 18–29 shows 8, the others 0.
        assertThat(view.startedByAgeBand()).containsExactly(Map.entry("-17", shown(0)), Map.entry("18-29", shown(8)),
            Map.entry("30-54", shown(0)), Map.entry("55-", shown(0)), Map.entry("unknown", shown(0)));
    }

    @Test
    void a_row_with_one_hidden_cell_and_no_other_non_zero_cell_hides_its_first_zero_too() {
        // Three women, nobody else: WOMAN 3 hidden; the total 3 (hidden as started) and a shown zero beside it
        // would tell the count, so the first zero (MAN) is hidden; the row then has two hidden cells.
        add(3, WOMAN, 1980, EMPLOYMENT);

        PublishedProject view = publish();

        assertThat(view.startedByGender()).containsExactly(Map.entry(WOMAN, HIDDEN), Map.entry(MAN, HIDDEN),
            Map.entry(Gender.NON_BINARY, shown(0)), Map.entry(Gender.UNSPECIFIED, shown(0)));
        // Outcomes: EMPLOYMENT 3 hidden and the first zero, SUBSIDISED_EMPLOYMENT, with it. Groups: work or
        // studies 3 is 1–4: hidden; alone in its row beside zeros, so the first zero (JOB_SEEKING) is hidden.
        assertThat(view.endedByOutcome().get(EMPLOYMENT)).isEqualTo(HIDDEN);
        assertThat(view.endedByOutcome().get(SUBSIDISED_EMPLOYMENT)).isEqualTo(HIDDEN);
        assertThat(view.endedByOutcome().get(ExitOutcome.STUDIES)).isEqualTo(shown(0));
        assertThat(view.endedByGroup()).containsExactly(Map.entry(ReportGroup.WORK_OR_STUDIES, HIDDEN),
            Map.entry(ReportGroup.JOB_SEEKING, HIDDEN), Map.entry(ReportGroup.OTHER, shown(0)));
    }

    @Test
    void a_sum_with_some_but_not_all_hidden_outcome_cells_is_hidden() {
        // Outcomes: employment 6, subsidised 2, job seeking 5, moved 7 (20 ended). The 2 is hidden; the smallest
        // other non-zero cell, job seeking 5, is hidden with it. Hidden outcomes: {subsidised, job seeking}.
        // Work or studies = 6 + 2 = 8 holds subsidised but not job seeking: hidden. Job seeking = 5 holds job
        // seeking but not subsidised: hidden. Other = 7 holds no hidden cell: shown.
        add(6, WOMAN, 1980, EMPLOYMENT).add(2, WOMAN, 1980, SUBSIDISED_EMPLOYMENT).add(5, MAN, 1980, JOB_SEEKING)
            .add(7, MAN, 1980, MOVED);

        PublishedProject view = publish(share("to-work", EMPLOYMENT, SUBSIDISED_EMPLOYMENT), share("jobs", EMPLOYMENT));

        assertThat(view.endedByOutcome().get(EMPLOYMENT)).isEqualTo(shown(6));
        assertThat(view.endedByOutcome().get(SUBSIDISED_EMPLOYMENT)).isEqualTo(HIDDEN);
        assertThat(view.endedByOutcome().get(JOB_SEEKING)).isEqualTo(HIDDEN);
        assertThat(view.endedByOutcome().get(MOVED)).isEqualTo(shown(7));
        assertThat(view.endedByGroup()).containsExactly(Map.entry(ReportGroup.WORK_OR_STUDIES, HIDDEN),
            Map.entry(ReportGroup.JOB_SEEKING, HIDDEN), Map.entry(ReportGroup.OTHER, shown(7)));
        // 8 of 20 (difference 12) would pass the share rule, but 8 − 6 would give the hidden 2.
        PublishedGoal toWork = view.goals().get(0);
        assertThat(List.of(toWork.numerator(), toWork.denominator())).allMatch(PublishedFigure::isHidden);
        assertThat(toWork.actual().isHidden()).isTrue();
        assertThat(toWork.wilson95().isHidden()).isTrue();
        assertThat(toWork.attained()).isEqualTo(Attainment.ATTAINED);
        // 6 of 20, difference 14, a sum of shown cells: shown, 100 × 6 / 20 = 30.0 %.
        PublishedGoal jobs = view.goals().get(1);
        assertThat(jobs.numerator().value()).contains(6);
        assertThat(jobs.denominator().value()).contains(20);
        assertThat(jobs.actual().value().map(a -> a.setScale(1))).contains(dec("30.0"));
        assertThat(jobs.wilson95().value()).isPresent();
    }

    @Test
    void a_sum_that_holds_all_hidden_outcome_cells_tells_nothing_new_and_is_shown() {
        // Employment 6, moved 2, other 5: the 2 is hidden and the smallest other non-zero, other 5, with it;
        // both lie in the group OTHER, whose 7 = ended 13 − the shown 6 anyway.
        add(6, WOMAN, 1980, EMPLOYMENT).add(2, WOMAN, 1980, MOVED).add(5, MAN, 1980, OTHER);

        PublishedProject view = publish();

        assertThat(view.endedByOutcome().get(OTHER)).isEqualTo(HIDDEN);
        assertThat(view.endedByGroup()).containsExactly(Map.entry(ReportGroup.WORK_OR_STUDIES, shown(6)),
            Map.entry(ReportGroup.JOB_SEEKING, shown(0)), Map.entry(ReportGroup.OTHER, shown(7)));
    }

    @Test
    void the_group_row_gets_the_second_cell_step_and_the_unit_cost_per_work_follows_its_group() {
        // Employment 1, subsidised 2, moved 9 (12 ended): 1 and 2 hidden (two in the row, no more). Work or
        // studies = 3 is 1–4: hidden, the only hidden group; the smallest other non-zero group, other 9, is
        // hidden with it; job seeking 0 stays.
        add(1, WOMAN, 1980, EMPLOYMENT).add(2, WOMAN, 1980, SUBSIDISED_EMPLOYMENT).add(9, MAN, 1980, MOVED);
        Project project = Fixtures.project();
        ProjectResult result = result(project);

        PublishedProject view = PublishedProject.of(project, result, DisclosureControl.defaults());

        assertThat(view.endedByGroup()).containsExactly(Map.entry(ReportGroup.WORK_OR_STUDIES, HIDDEN),
            Map.entry(ReportGroup.JOB_SEEKING, shown(0)), Map.entry(ReportGroup.OTHER, HIDDEN));
        // The project has no budget: unit costs of 0.00, the one per work or studies hidden with its divisor.
        PublishedUnitCosts costs = view.unitCosts(CostSharing.projectCosts(project, 12, 3).unitCosts());
        assertThat(costs.perStartedParticipant().value().map(Object::toString)).contains("0.00");
        assertThat(costs.perWorkOrStudies().isHidden()).isTrue();
    }

    @Test
    void the_unit_cost_per_started_participation_is_hidden_with_started() {
        add(4, WOMAN, 1980, null);
        Project project = Fixtures.project();

        PublishedProject view = PublishedProject.of(project, result(project), DisclosureControl.defaults());

        assertThat(view.started()).isEqualTo(HIDDEN);
        PublishedUnitCosts costs = view.unitCosts(CostSharing.projectCosts(project, 4, 0).unitCosts());
        assertThat(costs.perStartedParticipant().isHidden()).isTrue();
        // Nobody ended in work or studies: the cost per work is undefined, not hidden.
        assertThat(costs.perWorkOrStudies()).isEqualTo(PublishedFigure.absent());
    }

    @Test
    void a_share_is_shown_only_when_numerator_denominator_and_difference_are_each_zero_or_at_least_five() {
        // 8 of 10 to work: difference 2 → everything hidden, attainment kept (80 % ≥ 40 %).
        add(8, WOMAN, 1980, EMPLOYMENT).add(2, WOMAN, 1980, MOVED);
        PublishedGoal eightOfTen = publish(share("w", EMPLOYMENT)).goals().get(0);
        assertThat(List.of(eightOfTen.numerator(), eightOfTen.denominator())).allMatch(PublishedFigure::isHidden);
        assertThat(eightOfTen.actual().isHidden()).isTrue();
        assertThat(eightOfTen.wilson95().isHidden()).isTrue();
        assertThat(eightOfTen.attained()).isEqualTo(Attainment.ATTAINED);
        assertThat(eightOfTen.target()).isEqualTo(Target.atLeast(dec("40")));

        // 5 of 5: difference 0 → shown, 100.0 %.
        people.clear();
        add(5, WOMAN, 1980, EMPLOYMENT);
        PublishedGoal fiveOfFive = publish(share("w", EMPLOYMENT)).goals().get(0);
        assertThat(fiveOfFive.numerator().value()).contains(5);
        assertThat(fiveOfFive.denominator().value()).contains(5);
        assertThat(fiveOfFive.actual().value().map(a -> a.setScale(1))).contains(dec("100.0"));

        // 0 of 3: the denominator 3 is hidden, so the numerator 0 is hidden too.
        people.clear();
        add(3, WOMAN, 1980, MOVED);
        PublishedGoal zeroOfThree = publish(share("w", EMPLOYMENT)).goals().get(0);
        assertThat(zeroOfThree.numerator().isHidden()).isTrue();
        assertThat(zeroOfThree.denominator().isHidden()).isTrue();

        // 0 of 6: shown, 0.0 %.
        people.clear();
        add(6, WOMAN, 1980, MOVED);
        PublishedGoal zeroOfSix = publish(share("w", EMPLOYMENT)).goals().get(0);
        assertThat(zeroOfSix.numerator().value()).contains(0);
        assertThat(zeroOfSix.actual().value().map(a -> a.setScale(1))).contains(dec("0.0"));
    }

    @Test
    void a_count_goal_follows_its_count_and_a_share_without_population_stays_absent() {
        // 3 started, 3 ended in employment: both count goals hide their actual; the share of an empty
        // population is not this project's case, so check it on a project without any ended participation.
        add(3, WOMAN, 1980, EMPLOYMENT);
        PublishedProject view = publish(goal("n", indicator(IndicatorType.PARTICIPANTS_STARTED), Target.atLeast(dec("5"))),
            goal("e", indicator(IndicatorType.EXIT_OUTCOME_COUNT).addOutcomes(EMPLOYMENT), Target.atLeast(dec("5"))));
        for (PublishedGoal count : view.goals()) {
            assertThat(count.numerator().isHidden()).as(count.goalId()).isTrue();
            assertThat(count.actual().isHidden()).as(count.goalId()).isTrue();
            assertThat(count.denominator()).isEqualTo(PublishedFigure.absent());
            assertThat(count.attained()).isEqualTo(Attainment.NOT_ATTAINED);
        }

        people.clear();
        add(6, WOMAN, 1980, null);
        PublishedGoal empty = publish(share("w", EMPLOYMENT)).goals().get(0);
        assertThat(empty.actual()).isEqualTo(PublishedFigure.absent());
        assertThat(empty.wilson95()).isEqualTo(PublishedFigure.absent());
        assertThat(empty.numerator().value()).contains(0);
        assertThat(empty.denominator().value()).contains(0);
    }

    @Test
    void breakdown_positions_without_an_expected_cell_are_not_cells() {
        // Expected table: women only, in the bands 18–30 and 46–64 (no cell for 31–45). Actual: 3 women aged
        // 28 to work. Row WOMAN: [3, (none), 0]: 3 hidden; no other non-zero cell, so the first zero cell,
        // WOMAN/46–64, is hidden. Had the empty position 31–45 counted as a zero cell, it would have been
        // "hidden" instead and the 0 of 46–64 shown beside the total.
        add(3, WOMAN, 1980, EMPLOYMENT);
        Breakdown table = Breakdown.builder().addAgeBands(IntRange.of(18, 30), IntRange.of(31, 45), IntRange.of(46, 64))
            .addCells(BreakdownCell.of(WOMAN, 0, 4), BreakdownCell.of(WOMAN, 2, 4))
            .build();
        Goal goal = Goal.builder().from(share("w", EMPLOYMENT)).breakdown(table).build();

        List<PublishedBreakdownCell> cells = publish(goal).goals().get(0).breakdown();

        assertThat(cells).containsExactly(
            new PublishedBreakdownCell(WOMAN, IntRange.of(18, 30), 4, HIDDEN),
            new PublishedBreakdownCell(WOMAN, IntRange.of(46, 64), 4, HIDDEN));
    }

    @Test
    void breakdown_cells_are_suppressed_by_rows_and_columns() {
        // Women 28 (18–30): 6 to work; women 40 (31–64): 2; men 28: 7; men 40: 5. Table [[6, 2], [7, 5]].
        // Row WOMAN: 2 hidden, smallest other non-zero 6 hidden. Row MAN: none. Column 18–30: WOMAN hidden,
        // MAN 7 hidden. Column 31–64: WOMAN hidden, MAN 5 hidden. Every cell hidden, expected counts kept.
        add(6, WOMAN, 1980, EMPLOYMENT).add(2, WOMAN, 1968, EMPLOYMENT).add(7, MAN, 1980, EMPLOYMENT)
            .add(5, MAN, 1968, EMPLOYMENT);
        Breakdown table = Breakdown.builder().addAgeBands(IntRange.of(18, 30), IntRange.of(31, 64))
            .addCells(BreakdownCell.of(WOMAN, 0, 5), BreakdownCell.of(WOMAN, 1, 6), BreakdownCell.of(MAN, 0, 7),
                BreakdownCell.of(MAN, 1, 8))
            .build();
        Goal goal = Goal.builder().from(share("w", EMPLOYMENT)).breakdown(table).build();

        List<PublishedBreakdownCell> cells = publish(goal).goals().get(0).breakdown();

        assertThat(cells).extracting(PublishedBreakdownCell::actual).containsOnly(HIDDEN);
        assertThat(cells).extracting(PublishedBreakdownCell::expected).containsExactly(5, 6, 7, 8);
    }

    @Test
    void with_minimum_one_nothing_is_hidden() {
        add(1, WOMAN, 1980, EMPLOYMENT).add(2, MAN, 1980, null);
        Project project = Fixtures.project(share("w", EMPLOYMENT));

        PublishedProject view = PublishedProject.of(project, result(project), DisclosureControl.defaults().withMinimum(1));

        assertThat(List.of(view.started(), view.ended(), view.ongoing())).containsExactly(shown(3), shown(1), shown(2));
        assertThat(view.startedByGender().values()).containsExactly(shown(1), shown(2), shown(0), shown(0));
        assertThat(view.goals().get(0).actual().value().map(a -> a.setScale(1))).contains(dec("100.0"));
        assertThat(view.minimum()).isEqualTo(1);
    }

    @Test
    void a_result_of_another_project_is_refused() {
        Project project = Fixtures.project();
        ProjectResult result = result(project);
        Project other = Fixtures.project("annan", Fixtures.period("2008-03-01", "2010-02-28")).build();

        assertThatThrownBy(() -> PublishedProject.of(other, result, DisclosureControl.defaults()))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("result of gt-vuxna for project annan");
    }
}

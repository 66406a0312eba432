package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import se.samverkan.metrics.goals.GoalAccumulator;
import se.samverkan.metrics.income.IncomeAccumulator;
import se.samverkan.metrics.internal.ClassifiedParticipant;
import se.samverkan.metrics.internal.ClassifiedSinks;
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.metrics.participants.ParticipantAccumulator;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.Project;

/**
 * A participant classified once answers exactly as {@link MeasurementWindow} does for each
 * participation, for the project's window and for a goal's own window (docs/metrics.md).
 */
class ClassifiedParticipantProperties {

    private static final Project PROJECT = MetricsArbitraries.project();

    @Provide
    Arbitrary<List<Participant>> participants() {
        return MetricsArbitraries.participants().list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<MeasurementScope> scopes() {
        return MetricsArbitraries.scopes();
    }

    @Property(tries = 150)
    void the_classification_agrees_with_the_window_for_every_participation(
            @ForAll("participants") List<Participant> participants, @ForAll("scopes") MeasurementScope scope) {
        MeasurementWindow window = scope.windowFor(PROJECT);
        ClassifiedParticipant classified = new ClassifiedParticipant(window);
        for (Participant participant : participants) {
            classified.classify(participant);
            assertThat(classified.participant()).isSameAs(participant);
            assertThat(classified.gender()).isEqualTo(participant.getGender());
            assertThat(classified.size()).isEqualTo(participant.getParticipations().size());
            for (int i = 0; i < classified.size(); i++) {
                Participation participation = participant.getParticipations().get(i);
                assertThat(classified.participation(i)).isSameAs(participation);
                assertThat(classified.start(i)).isEqualTo(participation.getStart());
                assertThat(classified.end(i)).isEqualTo(participation.getEnd().orElse(null));
                assertThat(classified.exitOutcome(i)).isEqualTo(participation.getExitOutcome().orElse(null));
                assertThat(classified.isCounted(i)).isEqualTo(window.counts(participation));
                assertThat(classified.isStarted(i)).isEqualTo(window.isStarted(participation));
                assertThat(classified.isEnded(i)).isEqualTo(window.isEnded(participation));
                assertThat(classified.isOngoing(i)).isEqualTo(window.isOngoing(participation));
                assertThat(classified.hasAge()).isEqualTo(participant.ageAtStart(participation).isPresent());
                if (classified.hasAge()) {
                    assertThat(classified.ageAtStart(i)).isEqualTo(participant.ageAtStart(participation).getAsInt());
                }
                for (Goal goal : PROJECT.getGoals()) {
                    MeasurementWindow own = scope.windowFor(PROJECT, goal);
                    assertThat(classified.isStartedIn(i, own)).isEqualTo(own.isStarted(participation));
                    assertThat(classified.isEndedIn(i, own)).isEqualTo(own.isEnded(participation));
                }
            }
        }
    }

    @Property(tries = 150)
    void over_a_whole_period_active_is_ended_or_ongoing(@ForAll("participants") List<Participant> participants,
            @ForAll("scopes") MeasurementScope scope) {
        // As of the period's last day, a participation under way on some day of the period has either ended
        // within it or is still going: the four rules of MeasurementWindow agree with each other.
        MeasurementWindow scoped = scope.windowFor(PROJECT);
        MeasurementWindow window = MeasurementWindow.of(PROJECT.getId(), scoped.period(), scoped.period().getEnd());
        for (Participant participant : participants) {
            for (Participation participation : participant.getParticipations()) {
                assertThat(window.isActive(participation))
                    .isEqualTo(window.isEnded(participation) || window.isOngoing(participation));
            }
        }
    }

    @Property(tries = 100)
    void every_accumulator_counts_a_shared_classification_as_it_counts_the_participant(
            @ForAll("participants") List<Participant> participants, @ForAll("scopes") MeasurementScope scope) {
        ClassifiedParticipant classified = new ClassifiedParticipant(scope.windowFor(PROJECT));
        ParticipantAccumulator summaryShared = ParticipantAccumulator.of(PROJECT, scope, AgeBands.esfPlus());
        ParticipantAccumulator summaryAlone = ParticipantAccumulator.of(PROJECT, scope, AgeBands.esfPlus());
        IncomeAccumulator incomeShared = IncomeAccumulator.of(PROJECT, scope);
        IncomeAccumulator incomeAlone = IncomeAccumulator.of(PROJECT, scope);
        List<Goal> goals = PROJECT.getGoals();
        GoalAccumulator[] goalsShared = new GoalAccumulator[goals.size()];
        GoalAccumulator[] goalsAlone = new GoalAccumulator[goals.size()];
        for (int g = 0; g < goals.size(); g++) {
            goalsShared[g] = GoalAccumulator.of(PROJECT, goals.get(g), scope);
            goalsAlone[g] = GoalAccumulator.of(PROJECT, goals.get(g), scope);
        }
        for (Participant participant : participants) {
            classified.classify(participant);
            ClassifiedSinks.of(summaryShared).accept(classified);
            summaryAlone.accept(participant);
            ClassifiedSinks.of(incomeShared).accept(classified);
            incomeAlone.accept(participant);
            for (int g = 0; g < goals.size(); g++) {
                ClassifiedSinks.of(goalsShared[g]).accept(classified);
                goalsAlone[g].accept(participant);
            }
        }
        assertThat(summaryShared.result()).isEqualTo(summaryAlone.result());
        assertThat(incomeShared.result()).isEqualTo(incomeAlone.result());
        for (int g = 0; g < goals.size(); g++) {
            assertThat(goalsShared[g].result()).as(goals.get(g).getId()).isEqualTo(goalsAlone[g].result());
        }
    }

    /** Goals of every participant-counting kind measured over their own year, not the project period. */
    private static final Project OWN_PERIODS = Fixtures.project(Fixtures.PROJECT, Fixtures.period("2008-03-01", "2010-02-28"))
        .addGoals(
            Goal.builder().id("started-2009").title("Startade 2009")
                .indicator(Fixtures.indicator(IndicatorType.PARTICIPANTS_STARTED).build())
                .target(Target.atLeast(Fixtures.dec("10"))).period(Fixtures.period("2009-01-01", "2009-12-31")).build(),
            Goal.builder().id("survey-2009").title("Nöjd 2009")
                .indicator(Fixtures.indicator(IndicatorType.SURVEY_SHARE).question(MetricsArbitraries.QUESTION)
                    .threshold(3).build())
                .target(Target.atLeast(Fixtures.dec("75"))).period(Fixtures.period("2009-01-01", "2009-12-31")).build(),
            Goal.builder().id("work-2009").title("Arbete 2009")
                .indicator(Fixtures.indicator(IndicatorType.EXIT_OUTCOME_SHARE).addOutcomes(ExitOutcome.EMPLOYMENT).build())
                .target(Target.atLeast(Fixtures.dec("40"))).period(Fixtures.period("2009-01-01", "2009-06-30")).build())
        .build();

    @Property(tries = 100)
    void goals_with_their_own_period_count_a_shared_classification_over_their_own_window(
            @ForAll("participants") List<Participant> participants, @ForAll("scopes") MeasurementScope scope) {
        ClassifiedParticipant classified = new ClassifiedParticipant(scope.windowFor(OWN_PERIODS));
        for (Goal goal : OWN_PERIODS.getGoals()) {
            GoalAccumulator shared = GoalAccumulator.of(OWN_PERIODS, goal, scope);
            GoalAccumulator alone = GoalAccumulator.of(OWN_PERIODS, goal, scope);
            for (Participant participant : participants) {
                ClassifiedSinks.of(shared).accept(classified.classify(participant));
                alone.accept(participant);
            }
            assertThat(shared.result()).as(goal.getId()).isEqualTo(alone.result());
        }
    }

    @Test
    void a_goal_with_its_own_period_counts_only_what_its_own_window_holds() {
        MeasurementScope scope = MeasurementScope.projectPeriod();
        ClassifiedParticipant classified = new ClassifiedParticipant(scope.windowFor(OWN_PERIODS));
        GoalAccumulator started = GoalAccumulator.of(OWN_PERIODS, OWN_PERIODS.getGoals().get(0), scope);
        GoalAccumulator survey = GoalAccumulator.of(OWN_PERIODS, OWN_PERIODS.getGoals().get(1), scope);
        GoalAccumulator work = GoalAccumulator.of(OWN_PERIODS, OWN_PERIODS.getGoals().get(2), scope);
        List<Participant> people = List.of(
            Fixtures.person("a", Gender.WOMAN, 1980,
                Fixtures.started("2008-05-01").survey(java.util.Map.of(MetricsArbitraries.QUESTION, 4)).build()),
            Fixtures.person("b", Gender.MAN, 1980,
                Fixtures.ended("2009-02-01", "2009-03-31", ExitOutcome.EMPLOYMENT)
                    .survey(java.util.Map.of(MetricsArbitraries.QUESTION, 3)).build()),
            Fixtures.person("c", Gender.WOMAN, 1980,
                Fixtures.ended("2008-04-01", "2009-12-31", ExitOutcome.EMPLOYMENT)
                    .survey(java.util.Map.of(MetricsArbitraries.QUESTION, 1)).build()));
        for (Participant person : people) {
            classified.classify(person);
            ClassifiedSinks.of(started).accept(classified);
            ClassifiedSinks.of(survey).accept(classified);
            ClassifiedSinks.of(work).accept(classified);
        }
        assertThat(started.result().numerator()).hasValue(1);
        assertThat(survey.result().numerator()).hasValue(1);
        assertThat(survey.result().denominator()).hasValue(2);
        assertThat(work.result().numerator()).hasValue(1);
        assertThat(work.result().denominator()).hasValue(1);
    }

    @Test
    void a_breakdown_cell_counts_the_ages_at_both_ends_of_its_band() {
        Breakdown table = Breakdown.builder().addAgeBands(se.samverkan.model.range.IntRange.of(18, 30))
            .addCells(BreakdownCell.of(Gender.WOMAN, 0, 2)).build();
        Project project = Fixtures.project(Goal.builder().id("started").title("Startade")
            .indicator(Fixtures.indicator(IndicatorType.PARTICIPANTS_STARTED).build())
            .target(Target.atLeast(Fixtures.dec("1"))).breakdown(table).build());
        GoalAccumulator goal = GoalAccumulator.of(project, project.getGoals().get(0), MeasurementScope.projectPeriod());
        ClassifiedParticipant classified = new ClassifiedParticipant(MeasurementScope.projectPeriod().windowFor(project));
        for (int born : new int[] {1991, 1990, 1978, 1977}) {
            ClassifiedSinks.of(goal).accept(classified.classify(Fixtures.person("p" + born, Gender.WOMAN, born,
                Fixtures.started("2008-06-01").build())));
        }
        ClassifiedSinks.of(goal).accept(classified.classify(Fixtures.person("man", Gender.MAN, 1985, Fixtures.started("2008-06-01").build())));
        assertThat(goal.result().numerator()).hasValue(5);
        assertThat(goal.result().breakdown()).singleElement()
            .satisfies(cell -> assertThat(cell.actual()).isEqualTo(2));
    }

    @Test
    void the_cursor_grows_past_its_first_arrays_and_forgets_the_previous_participant() {
        MeasurementWindow window = MeasurementScope.projectPeriod().windowFor(PROJECT);
        Participation[] many = new Participation[7];
        for (int i = 0; i < many.length; i++) {
            many[i] = Fixtures.ended("2008-0" + (i + 3) + "-01", "2009-01-31", ExitOutcome.EMPLOYMENT).build();
        }
        ClassifiedParticipant classified = new ClassifiedParticipant(window);
        classified.classify(Fixtures.person("p1", Gender.WOMAN, 1980, many));
        assertThat(classified.size()).isEqualTo(7);
        assertThat(classified.start(6)).isEqualTo(Fixtures.date("2008-09-01"));
        assertThat(classified.isEnded(6)).isTrue();
        assertThat(classified.ageAtStart(6)).isEqualTo(28);

        classified.classify(Fixtures.person("p2", Gender.MAN, null, Fixtures.started("2010-01-15").build()));
        assertThat(classified.size()).isEqualTo(1);
        assertThat(classified.gender()).isEqualTo(Gender.MAN);
        assertThat(classified.hasAge()).isFalse();
        assertThat(classified.isStarted(0)).isTrue();
        assertThat(classified.isEnded(0)).isFalse();
        assertThat(classified.isOngoing(0)).isTrue();
        assertThat(classified.end(0)).isNull();
        assertThat(classified.participation(1)).isNull();
    }

    @Test
    void a_shorter_participant_after_one_that_filled_the_arrays_leaves_no_stale_participation() {
        ClassifiedParticipant classified = new ClassifiedParticipant(MeasurementScope.projectPeriod().windowFor(PROJECT));
        classified.classify(Fixtures.person("full", Gender.WOMAN, 1980, Fixtures.started("2008-04-01").build(),
            Fixtures.started("2008-05-01").build(), Fixtures.started("2008-06-01").build(),
            Fixtures.started("2008-07-01").build()));
        assertThat(classified.size()).isEqualTo(4);
        classified.classify(Fixtures.person("short", Gender.MAN, 1990, Fixtures.started("2009-04-01").build()));
        assertThat(classified.size()).isEqualTo(1);
        assertThat(classified.start(0)).isEqualTo(Fixtures.date("2009-04-01"));
        assertThat(classified.participation(3)).isNull();
        assertThat(classified.start(3)).isNull();
    }

    @Test
    void a_classification_for_another_window_is_refused() {
        MeasurementScope year = MeasurementScope.of(Fixtures.period("2009-01-01", "2009-12-31"));
        ClassifiedParticipant otherWindow = new ClassifiedParticipant(year.windowFor(PROJECT));
        Project other = Fixtures.project("annat", Fixtures.period("2008-03-01", "2010-02-28"))
            .addAllGoals(PROJECT.getGoals()).build();
        ClassifiedParticipant otherProject = new ClassifiedParticipant(MeasurementScope.projectPeriod().windowFor(other));
        MeasurementScope scope = MeasurementScope.projectPeriod();

        assertThat(otherWindow.classifiesFor(scope.windowFor(PROJECT))).isFalse();
        assertThat(otherWindow.classifiesFor(year.windowFor(PROJECT))).isTrue();
        assertThatThrownBy(() -> ClassifiedSinks.of(ParticipantAccumulator.of(PROJECT, scope, AgeBands.esfPlus()))
                .accept(otherWindow))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassifiedSinks.of(IncomeAccumulator.of(PROJECT, scope)).accept(otherWindow))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassifiedSinks.of(GoalAccumulator.of(PROJECT, PROJECT.getGoals().get(0), scope))
                .accept(otherProject))
            .isInstanceOf(IllegalArgumentException.class);
    }
}

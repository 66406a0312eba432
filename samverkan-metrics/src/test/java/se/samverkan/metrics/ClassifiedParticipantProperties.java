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
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.metrics.participants.ParticipantAccumulator;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.Project;

/**
 * A participant classified once answers exactly as {@link MeasurementWindow} does for each
 * participation, for the project's window and for a goal's own window (DOMAIN.md §4).
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
                    assertThat(classified.ageAtStart(i)).isEqualTo(participant.ageAtStart(participation).get());
                }
                for (Goal goal : PROJECT.getGoals()) {
                    MeasurementWindow own = scope.windowFor(PROJECT, goal);
                    assertThat(classified.isStartedIn(i, own)).isEqualTo(own.isStarted(participation));
                    assertThat(classified.isEndedIn(i, own)).isEqualTo(own.isEnded(participation));
                }
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
            summaryShared.accept(classified);
            summaryAlone.accept(participant);
            incomeShared.accept(classified);
            incomeAlone.accept(participant);
            for (int g = 0; g < goals.size(); g++) {
                goalsShared[g].accept(classified);
                goalsAlone[g].accept(participant);
            }
        }
        assertThat(summaryShared.result()).isEqualTo(summaryAlone.result());
        assertThat(incomeShared.result()).isEqualTo(incomeAlone.result());
        for (int g = 0; g < goals.size(); g++) {
            assertThat(goalsShared[g].result()).as(goals.get(g).getId()).isEqualTo(goalsAlone[g].result());
        }
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
    void a_classification_for_another_window_is_refused() {
        MeasurementScope year = MeasurementScope.of(Fixtures.period("2009-01-01", "2009-12-31"));
        ClassifiedParticipant otherWindow = new ClassifiedParticipant(year.windowFor(PROJECT));
        Project other = Fixtures.project("annat", Fixtures.period("2008-03-01", "2010-02-28"))
            .addAllGoals(PROJECT.getGoals()).build();
        ClassifiedParticipant otherProject = new ClassifiedParticipant(MeasurementScope.projectPeriod().windowFor(other));
        MeasurementScope scope = MeasurementScope.projectPeriod();

        assertThat(otherWindow.classifiesFor(scope.windowFor(PROJECT))).isFalse();
        assertThat(otherWindow.classifiesFor(year.windowFor(PROJECT))).isTrue();
        assertThatThrownBy(() -> ParticipantAccumulator.of(PROJECT, scope, AgeBands.esfPlus()).accept(otherWindow))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IncomeAccumulator.of(PROJECT, scope).accept(otherWindow))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoalAccumulator.of(PROJECT, PROJECT.getGoals().get(0), scope).accept(otherProject))
            .isInstanceOf(IllegalArgumentException.class);
    }
}

package se.samverkan.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import se.samverkan.metrics.goals.GoalAccumulator;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.metrics.income.IncomeAccumulator;
import se.samverkan.metrics.internal.ClassifiedParticipant;
import se.samverkan.metrics.internal.ClassifiedSinks;
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.metrics.participants.ParticipantAccumulator;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Project;

/** Every accumulator of one project: summary, each goal and income transitions. Not thread-safe. */
final class ProjectAccumulator {

    private final Project project;
    private final ParticipantAccumulator participants;
    private final GoalAccumulator[] goals;
    private final IncomeAccumulator income;
    private final ClassifiedParticipant classified;
    private final Consumer<ClassifiedParticipant>[] sinks;
    private final boolean countOnly;

    ProjectAccumulator(Project project, MeasurementScope scope, AgeBands ageBands) {
        this.project = project;
        this.participants = ParticipantAccumulator.of(project, scope, ageBands);
        List<Goal> projectGoals = project.getGoals();
        this.goals = new GoalAccumulator[projectGoals.size()];
        for (int i = 0; i < goals.length; i++) {
            goals[i] = GoalAccumulator.of(project, projectGoals.get(i), scope);
        }
        this.income = IncomeAccumulator.of(project, scope);
        this.classified = new ClassifiedParticipant(participants.window());
        this.sinks = sinks(participants, goals, income);
        this.countOnly = project.getMeasurement() == Measurement.COUNT_ONLY;
    }

    /**
     * Counts a participant in every accumulator of the project, its participations classified once
     * against the project's window and shared by all of them. Person-level participations of a
     * {@code COUNT_ONLY} project are ignored, so they are not even read.
     */
    void accept(Participant participant) {
        if (countOnly) {
            return;
        }
        classified.classify(participant);
        for (Consumer<ClassifiedParticipant> sink : sinks) {
            sink.accept(classified);
        }
    }

    /** The summary, each goal and the income transitions, each taking the shared classification. */
    @SuppressWarnings("unchecked")
    private static Consumer<ClassifiedParticipant>[] sinks(ParticipantAccumulator participants,
            GoalAccumulator[] goals, IncomeAccumulator income) {
        Consumer<ClassifiedParticipant>[] sinks = new Consumer[goals.length + 2];
        sinks[0] = ClassifiedSinks.of(participants);
        for (int i = 0; i < goals.length; i++) {
            sinks[i + 1] = ClassifiedSinks.of(goals[i]);
        }
        sinks[goals.length + 1] = ClassifiedSinks.of(income);
        return sinks;
    }

    void merge(ProjectAccumulator other) {
        participants.merge(other.participants);
        for (int i = 0; i < goals.length; i++) {
            goals[i].merge(other.goals[i]);
        }
        income.merge(other.income);
    }

    ProjectResult result() {
        List<GoalResult> results = new ArrayList<>(goals.length);
        for (GoalAccumulator goal : goals) {
            results.add(goal.result());
        }
        return new ProjectResult(project.getId(), participants.window(), participants.result(), results,
            income.result());
    }
}

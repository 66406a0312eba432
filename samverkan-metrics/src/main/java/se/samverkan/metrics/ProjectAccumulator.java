package se.samverkan.metrics;

import java.util.ArrayList;
import java.util.List;

import se.samverkan.metrics.goals.GoalAccumulator;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.metrics.income.IncomeAccumulator;
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.metrics.participants.ParticipantAccumulator;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;

/** Every accumulator of one project: summary, each goal and income transitions. Not thread-safe. */
final class ProjectAccumulator {

    private final Project project;
    private final ParticipantAccumulator participants;
    private final List<GoalAccumulator> goals;
    private final IncomeAccumulator income;

    ProjectAccumulator(Project project, MeasurementScope scope, AgeBands ageBands) {
        this.project = project;
        this.participants = ParticipantAccumulator.of(project, scope, ageBands);
        this.goals = new ArrayList<>(project.getGoals().size());
        for (Goal goal : project.getGoals()) {
            goals.add(GoalAccumulator.of(project, goal, scope));
        }
        this.income = IncomeAccumulator.of(project, scope);
    }

    void accept(Participant participant) {
        participants.accept(participant);
        goals.forEach(goal -> goal.accept(participant));
        income.accept(participant);
    }

    void merge(ProjectAccumulator other) {
        participants.merge(other.participants);
        for (int i = 0; i < goals.size(); i++) {
            goals.get(i).merge(other.goals.get(i));
        }
        income.merge(other.income);
    }

    ProjectResult result() {
        List<GoalResult> results = new ArrayList<>(goals.size());
        goals.forEach(goal -> results.add(goal.result()));
        return new ProjectResult(project.getId(), participants.window(), participants.result(), results,
            income.result());
    }
}

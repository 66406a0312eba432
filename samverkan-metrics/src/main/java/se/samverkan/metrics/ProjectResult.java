package se.samverkan.metrics;

import java.util.List;
import java.util.Objects;

import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.metrics.income.IncomeTransitions;
import se.samverkan.metrics.participants.ParticipantSummary;
import se.samverkan.model.participant.ReportGroup;

/**
 * The participant metrics of one project (<i>insats</i>, docs/metrics.md) over a measurement window: the
 * participant summary, the attainment of each goal and the income transitions.
 *
 * <p>Instances are immutable and thread-safe; the list is unmodifiable.
 *
 * @param projectId the project's id
 * @param window the project's measurement window (a goal with its own period reports its own window)
 * @param participants the participant summary
 * @param goals the goal results, in the project's goal order
 * @param incomeTransitions the income transitions
 */
public record ProjectResult(
    String projectId,
    MeasurementWindow window,
    ParticipantSummary participants,
    List<GoalResult> goals,
    IncomeTransitions incomeTransitions) {

    /**
     * A project result; the goal list is copied.
     *
     * @throws NullPointerException if a component is null
     */
    public ProjectResult {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(participants, "participants");
        goals = List.copyOf(goals);
        Objects.requireNonNull(incomeTransitions, "incomeTransitions");
    }

    /**
     * The participations ended in work or studies (the {@code WORK_OR_STUDIES} report group): the divisor
     * of the cost per participation ended in work or studies.
     *
     * @return the count, ≥ 0
     */
    public int endedInWorkOrStudies() {
        return participants.endedByGroup().getOrDefault(ReportGroup.WORK_OR_STUDIES, 0);
    }
}

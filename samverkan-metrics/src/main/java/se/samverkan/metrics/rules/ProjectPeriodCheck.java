package se.samverkan.metrics.rules;

import java.util.List;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/**
 * Periods within a project: {@link Rule#GOAL_PERIOD_OUTSIDE_PROJECT}, a goal's own measurement period lies
 * inside the project period, and {@link Rule#COHORT_OUTSIDE_PERIOD}, each cohort does. A project whose
 * period is disordered is skipped (the model's field rule reports it).
 */
final class ProjectPeriodCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            Period period = project.getPeriod();
            if (!period.isOrdered()) {
                continue;
            }
            Pointer at = Pointer.project(i);
            List<Goal> goals = project.getGoals();
            for (int j = 0; j < goals.size(); j++) {
                int goal = j;
                goals.get(j).getPeriod().ifPresent(own -> {
                    if (!period.encloses(own)) {
                        findings.add(Rule.GOAL_PERIOD_OUTSIDE_PROJECT, at.property("goals").index(goal).property("period"),
                            "period", dates(own), dates(period));
                    }
                });
            }
            List<Cohort> cohorts = project.getCohorts();
            for (int j = 0; j < cohorts.size(); j++) {
                Period own = cohorts.get(j).getPeriod();
                Pointer cohortAt = at.property("cohorts").index(j).property("period");
                if (!period.contains(own.getStart())) {
                    findings.add(Rule.COHORT_OUTSIDE_PERIOD, cohortAt.property("start"), "start", dates(period));
                }
                if (own.getEnd().isAfter(period.getEnd())) {
                    findings.add(Rule.COHORT_OUTSIDE_PERIOD, cohortAt.property("end"), "end", dates(period));
                }
            }
        }
    }

    static String dates(Period period) {
        return period.getStart() + "–" + period.getEnd();
    }
}

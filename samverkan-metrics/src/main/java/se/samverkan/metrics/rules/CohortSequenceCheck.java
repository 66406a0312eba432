package se.samverkan.metrics.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Project;

/**
 * {@link Rule#COHORT_SEQUENCE}: cohorts taken in order of number start on non-decreasing dates. A cohort
 * is reported when it starts before the latest start among the cohorts of the next lower number, so a
 * single misdated cohort is reported once rather than every cohort after it.
 */
final class CohortSequenceCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            List<Cohort> cohorts = projects.get(i).getCohorts();
            List<Integer> order = new ArrayList<>(cohorts.size());
            for (int j = 0; j < cohorts.size(); j++) {
                order.add(j);
            }
            order.sort(Comparator.comparingInt(j -> cohorts.get(j).getNumber()));
            Pointer at = Pointer.project(i).property("cohorts");
            // The group of the previous number: its number, its latest start and the cohort with that start.
            Cohort previous = null;
            Cohort group = null;
            Cohort latestInGroup = null;
            for (int j : order) {
                Cohort cohort = cohorts.get(j);
                if (group == null || cohort.getNumber() != group.getNumber()) {
                    previous = latestInGroup;
                    group = cohort;
                    latestInGroup = cohort;
                } else if (cohort.getPeriod().getStart().isAfter(latestInGroup.getPeriod().getStart())) {
                    latestInGroup = cohort;
                }
                if (previous != null) {
                    LocalDate before = previous.getPeriod().getStart();
                    if (cohort.getPeriod().getStart().isBefore(before)) {
                        findings.add(Rule.COHORT_SEQUENCE, at.index(j), "order",
                            Integer.toString(cohort.getNumber()), cohort.getPeriod().getStart().toString(),
                            Integer.toString(previous.getNumber()), before.toString());
                    }
                }
            }
        }
    }
}

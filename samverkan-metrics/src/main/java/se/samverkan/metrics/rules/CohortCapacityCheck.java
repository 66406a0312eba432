package se.samverkan.metrics.rules;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.Cohort;
import se.samverkan.model.project.Project;

/**
 * {@link Rule#COHORT_OVER_CAPACITY}: no more participations name a cohort than its planned maximum size.
 * Participations registered in error are excluded, as from every count. Each
 * participant is counted as it comes; the cohorts are judged when every participant has been seen. One
 * instance per run.
 */
final class CohortCapacityCheck implements ParticipantCheck {

    private List<long[]> counts;

    @Override
    public void accept(DocumentIndex index, int at, Participant participant, Findings findings) {
        for (Participation participation : participant.getParticipations()) {
            if (participation.getCohort().isEmpty() || !participation.isCounted()) {
                continue;
            }
            int project = index.projectIndex(participation.getProject());
            if (project == DocumentIndex.UNKNOWN) {
                continue;
            }
            int cohort = index.cohortIndex(project, participation.getCohort().get());
            if (cohort != DocumentIndex.UNKNOWN) {
                counts(index).get(project)[cohort]++;
            }
        }
    }

    private List<long[]> counts(DocumentIndex index) {
        if (counts == null) {
            List<Project> projects = index.document().getProjects();
            counts = new ArrayList<>(projects.size());
            for (Project project : projects) {
                counts.add(new long[project.getCohorts().size()]);
            }
        }
        return counts;
    }

    @Override
    public void finish(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        List<long[]> counts = counts(index);
        for (int i = 0; i < projects.size(); i++) {
            List<Cohort> cohorts = projects.get(i).getCohorts();
            for (int j = 0; j < cohorts.size(); j++) {
                long count = counts.get(i)[j];
                int cohort = j;
                int project = i;
                cohorts.get(j).getPlannedSize().ifPresent(planned -> {
                    if (count > planned.getMax()) {
                        findings.add(Rule.COHORT_OVER_CAPACITY,
                            Pointer.project(project).property("cohorts").index(cohort).property("plannedSize"), "count",
                            Long.toString(count), Integer.toString(planned.getMax()));
                    }
                });
            }
        }
    }
}

package se.samverkan.metrics.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.samverkan.metrics.ProjectResult;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.Project;

/**
 * The published view of a document's metrics (<i>publicerade nyckeltal</i>): the {@link PublishedProject}
 * of each project result, under one minimum. Everything a published output (the report, its charts,
 * {@code metrics --disclosed}) shows of the participant metrics comes from here.
 *
 * <p>Instances are immutable and thread-safe; the list is unmodifiable.
 *
 * @param minimum the smallest count shown
 * @param projects the published projects, in the order of the results
 */
public record PublishedMetrics(int minimum, List<PublishedProject> projects) {

    /**
     * A published view; the list is copied.
     *
     * @throws NullPointerException if {@code projects} or an element is null
     * @throws IllegalArgumentException if {@code minimum < 1} or a project has another minimum
     */
    public PublishedMetrics {
        projects = List.copyOf(projects);
        if (minimum < 1) {
            throw new IllegalArgumentException("the minimum count shown must be at least 1, got " + minimum);
        }
        for (PublishedProject project : projects) {
            if (project.minimum() != minimum) {
                throw new IllegalArgumentException("project " + project.projectId() + " has minimum "
                    + project.minimum() + ", not " + minimum);
            }
        }
    }

    /**
     * The published view of project results.
     *
     * @param document the document whose projects the results are of (its participants are not read), not
     *     null
     * @param results the exact results, in output order, not null
     * @param control the disclosure control, not null
     * @return the view, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a result names a project that is not in {@code document}
     */
    public static PublishedMetrics of(SamverkanDocument document, List<ProjectResult> results,
        DisclosureControl control) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(control, "control");
        List<Project> matched = projectsOf(document, results);
        List<PublishedProject> projects = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            projects.add(PublishedProject.of(matched.get(i), results.get(i), control));
        }
        return new PublishedMetrics(control.minimum(), projects);
    }

    /**
     * The project of the document that each result measures, in the results' order. Results follow the
     * document's projects in order; in a document that repeats a project id (which the reporting rules
     * report as {@code DUPLICATE_ID}) each result is paired with the next project of its id, so no result
     * is described by another project's name, period or goals.
     *
     * @param document the document the results were computed from, not null
     * @param results the results, not null
     * @return the projects, one per result, never null
     * @throws IllegalArgumentException if a result has no project of its id left in the document
     */
    public static List<Project> projectsOf(SamverkanDocument document, List<ProjectResult> results) {
        return InOrder.pair(document.getProjects(), Project::getId,
            results.stream().map(ProjectResult::projectId).toList(), "project");
    }
}

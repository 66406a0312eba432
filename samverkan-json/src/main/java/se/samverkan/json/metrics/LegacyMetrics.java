package se.samverkan.json.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import se.samverkan.metrics.DocumentMetrics;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMeasurement;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.metrics.disclosure.PublishedMetrics;
import se.samverkan.metrics.disclosure.PublishedProject;
import se.samverkan.metrics.structures.StructureFigures;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.project.Project;

/**
 * The value the deprecated writer methods of 0.1 write, assembled from their arguments the way
 * {@link se.samverkan.metrics.DocumentAccumulator} assembles it. Goes with those methods.
 */
final class LegacyMetrics {

    private LegacyMetrics() {
    }

    @SuppressWarnings("deprecation")
    static DocumentMetrics of(SamverkanDocument header, List<ProjectResult> results, PublishedMetrics published,
        MeasurementScope scope, List<MetricsFinding> findings, boolean disclosed) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(findings, "findings");
        if (published.projects().size() != results.size()) {
            throw new IllegalArgumentException("the published view has " + published.projects().size()
                + " projects, the results " + results.size());
        }
        List<Project> projects = PublishedMetrics.projectsOf(header, results);
        List<ProjectMeasurement> measured = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            ProjectResult result = results.get(i);
            Project project = projects.get(i);
            ProjectCosts costs = scope.period().isPresent()
                ? CostSharing.projectCosts(project, scope.period().get(), result.participants().started(),
                    result.endedInWorkOrStudies())
                : CostSharing.projectCosts(project, result.participants().started(), result.endedInWorkOrStudies());
            PublishedProject shown = published.projects().get(i);
            measured.add(new ProjectMeasurement(project.getName(), result, Optional.of(costs), shown,
                Optional.of(shown.unitCosts(costs.unitCosts())), true));
        }
        List<Problem> problems = new ArrayList<>(findings.size());
        for (MetricsFinding finding : findings) {
            problems.add(Problem.of(finding.rule().id(), finding.severity(), finding.path(), finding.message(),
                finding.message()).at(finding.position().orElse(null)));
        }
        return new DocumentMetrics(measured, CostSharing.associationKeys(header),
            StructureFigures.asOf(scope.asOfDate()).compute(header), problems,
            disclosed ? OptionalInt.of(published.minimum()) : OptionalInt.empty());
    }
}

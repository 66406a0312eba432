package se.samverkan.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.metrics.rules.RuleAccumulator;
import se.samverkan.metrics.structures.StructureFigures;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;

/**
 * The measurement of a streamed document (<i>mätning av ett strömmat dokument</i>): made by
 * {@link DocumentMeasurement#accumulator(SamverkanDocument)} from the document's header, it takes the
 * participants one at a time, in document order, counting them in the metrics and checking them by the
 * reporting rules, and never holds them. {@link #result()} equals
 * {@link DocumentMeasurement#measure(SamverkanDocument)} of the whole document.
 *
 * <p>Memory grows with the number of distinct participant ids (the reporting rules that compare
 * participants remember them), never with the participants themselves.
 *
 * <p>Not thread-safe: one accumulator serves one document, from one thread.
 */
public final class DocumentAccumulator {

    private final SamverkanDocument header;
    private final List<Project> projects;
    private final MeasurementScope scope;
    private final CostSharing costSharing;
    private final MetricsAccumulator metrics;
    private final RuleAccumulator rules;
    private final DisclosureControl control;
    private final boolean disclosed;

    DocumentAccumulator(SamverkanDocument header, List<Project> projects, ProjectMetrics metrics,
        DisclosureControl control, boolean disclosed) {
        this.header = header;
        this.projects = projects;
        this.scope = metrics.scope();
        this.costSharing = CostSharing.of(scope);
        this.metrics = metrics.accumulator(projects);
        header.getParticipants().forEach(this.metrics::accept);
        this.rules = ReportingRules.create().accumulator(header);
        this.control = control;
        this.disclosed = disclosed;
    }

    /**
     * Counts and checks the next participant of the document.
     *
     * @param participant the participant, not null
     * @throws NullPointerException if {@code participant} is null
     * @throws IllegalStateException if {@link #result()} has been called
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    public void accept(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        rules.accept(participant);
        metrics.accept(participant);
    }

    /**
     * The metrics of the document; ends it (no participant can follow).
     *
     * @return the metrics, with findings not yet located in any text; never null
     */
    public DocumentMetrics result() {
        List<ProjectResult> results = metrics.result();
        List<ProjectMeasurement> measured = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            Project project = projects.get(i);
            ProjectResult result = results.get(i);
            measured.add(ProjectMeasurement.of(project, result, Optional.of(costSharing.projectCosts(project, result)), control));
        }
        return new DocumentMetrics(measured, costSharing.keys(header),
            StructureFigures.asOf(scope.asOfDate()).compute(header),
            rules.result().stream().map(Finding::toProblem).toList(),
            disclosed ? OptionalInt.of(control.minimum()) : OptionalInt.empty());
    }

}

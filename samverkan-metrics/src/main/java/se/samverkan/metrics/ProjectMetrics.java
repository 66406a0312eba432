package se.samverkan.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Stream;

import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;

/**
 * The participant metrics of a document's projects (<i>insatser</i>, docs/metrics.md): for each project
 * its participant summary, goal attainment and income transitions over a {@link MeasurementScope}.
 *
 * <pre>{@code
 * ProjectMetrics metrics = ProjectMetrics.of(MeasurementScope.projectPeriod());
 * List<ProjectResult> all = metrics.compute(document);
 * // or, streaming: the header's projects, participants read one at a time
 * List<ProjectResult> streamed = metrics.compute(header, participantStream);
 * }</pre>
 *
 * <p>Every computation is one pass over the participants through {@link MetricsAccumulator}s, so a
 * stream of hundreds of thousands of participants is never held in memory, and a parallel stream gives
 * the same results as a sequential one. Results never depend on the order of the participants.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProjectMetrics {

    private final MeasurementScope scope;
    private final AgeBands ageBands;

    private ProjectMetrics(MeasurementScope scope, AgeBands ageBands) {
        this.scope = scope;
        this.ageBands = ageBands;
    }

    /**
     * Metrics over a scope, counting participants by the ESF+ age bands.
     *
     * @param scope the measurement scope, not null
     * @return the metrics, never null
     * @throws NullPointerException if {@code scope} is null
     */
    public static ProjectMetrics of(MeasurementScope scope) {
        return of(scope, AgeBands.esfPlus());
    }

    /**
     * Metrics over a scope, counting participants by the given age bands.
     *
     * @param scope the measurement scope, not null
     * @param ageBands the age bands for {@code startedByAgeBand}, not null
     * @return the metrics, never null
     * @throws NullPointerException if an argument is null
     */
    public static ProjectMetrics of(MeasurementScope scope, AgeBands ageBands) {
        return new ProjectMetrics(Objects.requireNonNull(scope, "scope"), Objects.requireNonNull(ageBands, "ageBands"));
    }

    /**
     * The measurement scope.
     *
     * @return the scope, never null
     */
    public MeasurementScope scope() {
        return scope;
    }

    /**
     * The age bands participants are counted by.
     *
     * @return the bands, never null
     */
    public AgeBands ageBands() {
        return ageBands;
    }

    /**
     * The metrics of every project of a document.
     *
     * @param document the document, not null
     * @return one result per project, in document order; unmodifiable, never null
     * @throws NullPointerException if {@code document} is null
     */
    public List<ProjectResult> compute(SamverkanDocument document) {
        Objects.requireNonNull(document, "document");
        MetricsAccumulator accumulator = accumulator(document.getProjects());
        document.getParticipants().forEach(accumulator::accept);
        return accumulator.result();
    }

    /**
     * The metrics of one project of a document.
     *
     * @param document the document, not null
     * @param projectId the project's id, not null
     * @return the result, or empty when the document has no project with that id
     * @throws NullPointerException if an argument is null
     */
    public Optional<ProjectResult> compute(SamverkanDocument document, String projectId) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(projectId, "projectId");
        Optional<Project> project = document.getProjects().stream()
            .filter(candidate -> candidate.getId().equals(projectId)).findFirst();
        if (project.isEmpty()) {
            return Optional.empty();
        }
        MetricsAccumulator accumulator = accumulator(List.of(project.get()));
        document.getParticipants().forEach(accumulator::accept);
        return Optional.of(accumulator.result().get(0));
    }

    /**
     * The metrics of every project of a document header, counting the participants of a stream (and
     * any participants the header itself holds) in one pass. The stream is consumed, sequentially or in
     * parallel as it is; it is not closed.
     *
     * @param header the document whose projects are measured, not null
     * @param participants the participants, not null, none null
     * @return one result per project, in document order; unmodifiable, never null
     * @throws NullPointerException if an argument or a participant is null
     */
    public List<ProjectResult> compute(SamverkanDocument header, Stream<Participant> participants) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(participants, "participants");
        List<Project> projects = header.getProjects();
        MetricsAccumulator accumulator = accumulator(projects);
        header.getParticipants().forEach(accumulator::accept);
        MetricsAccumulator streamed = participants.collect(Collector.of(() -> accumulator(projects),
            MetricsAccumulator::accept, MetricsAccumulator::merge, Collector.Characteristics.UNORDERED));
        return accumulator.merge(streamed).result();
    }

    /**
     * An empty accumulator for the given projects, to feed participants one at a time.
     *
     * @param projects the projects to measure, not null, none null
     * @return the accumulator, never null
     * @throws NullPointerException if {@code projects} or an element is null
     */
    public MetricsAccumulator accumulator(List<Project> projects) {
        return new MetricsAccumulator(Objects.requireNonNull(projects, "projects"), scope, ageBands);
    }

    /**
     * A collector of a participant stream into the metrics of the given projects; it works on parallel
     * streams and gives the same result as a sequential pass. It is unordered: the result never depends
     * on the order of the participants.
     *
     * @param projects the projects to measure, not null, none null
     * @return the collector, never null
     * @throws NullPointerException if {@code projects} or an element is null
     */
    public Collector<Participant, MetricsAccumulator, List<ProjectResult>> collector(List<Project> projects) {
        List<Project> copy = List.copyOf(projects);
        return Collector.of(() -> accumulator(copy), MetricsAccumulator::accept, MetricsAccumulator::merge,
            MetricsAccumulator::result, Collector.Characteristics.UNORDERED);
    }
}

package se.samverkan.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.Project;

/**
 * Measures a document (<i>mäter ett dokument</i>, see {@code docs/metrics.md}): the one entry point that
 * gives everything the {@code metrics} output holds as one {@link DocumentMetrics} value — every project's
 * participant figures, goals, income transitions and costs, the förbund keys, the cooperation-structure
 * figures and the reporting-rule findings.
 *
 * <pre>{@code
 * DocumentMeasurement measurement = DocumentMeasurement.of(MeasurementScope.projectPeriod());
 * DocumentMetrics metrics = measurement.measure(document);
 * // the published view, for anything that is handed on
 * DocumentMetrics published = measurement.disclosed(DisclosureControl.defaults()).measure(document);
 * // streaming: the header first, then the participants one at a time
 * DocumentAccumulator accumulator = measurement.accumulator(header);
 * participants.forEach(accumulator::accept);
 * DocumentMetrics streamed = accumulator.result();
 * }</pre>
 *
 * <p>The costs cover the budget and outcome lines of the calendar years the scope's period touches, or all
 * lines when the scope has no period of its own. Streaming gives exactly the value of measuring the whole
 * document in memory.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DocumentMeasurement {

    private final ProjectMetrics metrics;
    private final DisclosureControl control;
    private final boolean disclosed;

    private DocumentMeasurement(ProjectMetrics metrics, DisclosureControl control, boolean disclosed) {
        this.metrics = metrics;
        this.control = control;
        this.disclosed = disclosed;
    }

    /**
     * The exact metrics over a scope, counting participants by the ESF+ age bands.
     *
     * @param scope the measurement scope, not null
     * @return the measurement, never null
     * @throws NullPointerException if {@code scope} is null
     */
    public static DocumentMeasurement of(MeasurementScope scope) {
        return new DocumentMeasurement(ProjectMetrics.of(scope), exact(), false);
    }

    /** Disclosure control that shows every figure. */
    static DisclosureControl exact() {
        return DisclosureControl.defaults().withMinimum(1);
    }

    /**
     * This measurement counting participants by other age bands.
     *
     * @param ageBands the age bands for {@code startedByAgeBand}, not null
     * @return the measurement, never null
     * @throws NullPointerException if {@code ageBands} is null
     */
    public DocumentMeasurement withAgeBands(AgeBands ageBands) {
        return new DocumentMeasurement(ProjectMetrics.of(metrics.scope(), ageBands), control, disclosed);
    }

    /**
     * This measurement giving the published view (<i>publicerbar vy</i>): every figure that could reveal a
     * count below the control's minimum is hidden.
     *
     * @param disclosure the disclosure control, not null
     * @return the measurement, never null
     * @throws NullPointerException if {@code disclosure} is null
     */
    public DocumentMeasurement disclosed(DisclosureControl disclosure) {
        return new DocumentMeasurement(metrics, Objects.requireNonNull(disclosure, "disclosure"), true);
    }

    /**
     * The measurement scope.
     *
     * @return the scope, never null
     */
    public MeasurementScope scope() {
        return metrics.scope();
    }

    /**
     * The age bands participants are counted by.
     *
     * @return the bands, never null
     */
    public AgeBands ageBands() {
        return metrics.ageBands();
    }

    /**
     * The disclosure control of the published view, when this measurement gives it.
     *
     * @return the control, or empty for the exact metrics
     */
    public Optional<DisclosureControl> disclosure() {
        return disclosed ? Optional.of(control) : Optional.empty();
    }

    /**
     * The metrics of every project of a document.
     *
     * @param document the document, not null
     * @return the metrics, never null
     * @throws NullPointerException if {@code document} is null
     */
    public DocumentMetrics measure(SamverkanDocument document) {
        return accumulator(document).result();
    }

    /**
     * The metrics of a document, measuring only some of its projects (the förbund keys, structures and
     * findings are still the whole document's).
     *
     * @param document the document, not null
     * @param projects the projects to measure, normally some of the document's, not null, none null
     * @return the metrics, never null
     * @throws NullPointerException if an argument or an element is null
     */
    public DocumentMetrics measure(SamverkanDocument document, List<Project> projects) {
        return accumulator(document, projects).result();
    }

    /**
     * Starts measuring a streamed document whose every project is measured: the header is read now (and any
     * participants it holds are counted), the participants follow one at a time.
     *
     * @param header the document's parties, associations, projects and structures, not null
     * @return a new accumulator, never null
     * @throws NullPointerException if {@code header} is null
     */
    public DocumentAccumulator accumulator(SamverkanDocument header) {
        return accumulator(header, header.getProjects());
    }

    /**
     * Starts measuring a streamed document, measuring only some of its projects.
     *
     * @param header the document's parties, associations, projects and structures, not null
     * @param projects the projects to measure, not null, none null
     * @return a new accumulator, never null
     * @throws NullPointerException if an argument or an element is null
     */
    public DocumentAccumulator accumulator(SamverkanDocument header, List<Project> projects) {
        Objects.requireNonNull(header, "header");
        return new DocumentAccumulator(header, List.copyOf(projects), metrics, control, disclosed);
    }
}

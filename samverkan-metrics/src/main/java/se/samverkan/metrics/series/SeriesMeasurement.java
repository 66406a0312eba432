package se.samverkan.metrics.series;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.Project;

/**
 * Measures a document as a series of calendar periods (<i>mäter en tidsserie</i>, see
 * {@code docs/metrics.md}), as {@code metrics --by} does.
 *
 * <p>The series spans the scope's measurement period, or, without one, all measured projects' periods
 * together (from the earliest start to the latest end); its as-of date is the scope's, else the span's last
 * day. The span is cut into calendar periods of the chosen {@link PeriodLength} ({@link PeriodLength#cut});
 * periods that start after the as-of date are left out, and each period is counted as of the earlier of its
 * last day and the series' as-of date. A project is measured in a period when its own measurement period
 * (the scope's, else its own) overlaps it, over the overlap, as of the earlier of the overlap's last day
 * and the series' as-of date — exactly as {@link se.samverkan.metrics.DocumentMeasurement} measures that
 * overlap, with these differences, because a period of a series is part of a longer whole:
 * <ul>
 *   <li>a goal with its own period is measured over the part of that period inside the project's period
 *       of the series; when there is none, the goal has no figures (numerator, denominator, actual,
 *       attained and interval empty, no breakdown);</li>
 *   <li>a goal whose target is a count ({@code PARTICIPANTS_STARTED}, {@code EXIT_OUTCOME_COUNT},
 *       {@code REPORTED}) has no {@code attained}: its target is for the whole goal period. Shares keep
 *       it;</li>
 *   <li>costs are given in {@link PeriodLength#YEAR} periods only (budget and outcome lines are annual),
 *       and so are the participant counts of a project measured by counts alone ({@code COUNT_ONLY}),
 *       and the figures of its {@code PARTICIPANTS_STARTED} goals.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SeriesMeasurement {

    private final PeriodLength by;
    private final MeasurementScope scope;
    private final AgeBands ageBands;
    private final Optional<DisclosureControl> disclosure;

    private SeriesMeasurement(PeriodLength by, MeasurementScope scope, AgeBands ageBands,
        Optional<DisclosureControl> disclosure) {
        this.by = by;
        this.scope = scope;
        this.ageBands = ageBands;
        this.disclosure = disclosure;
    }

    /**
     * The exact series of periods of a length over a scope, counting participants by the ESF+ age bands.
     *
     * @param by the length of the periods, not null
     * @param scope the scope: its period (or the projects' periods) is the span, its as-of date the series'
     *     as-of date; not null
     * @return the measurement, never null
     * @throws NullPointerException if an argument is null
     */
    public static SeriesMeasurement of(PeriodLength by, MeasurementScope scope) {
        return new SeriesMeasurement(Objects.requireNonNull(by, "by"), Objects.requireNonNull(scope, "scope"),
            AgeBands.esfPlus(), Optional.empty());
    }

    /**
     * This series counting participants by other age bands.
     *
     * @param bands the age bands for {@code startedByAgeBand}, not null
     * @return the measurement, never null
     * @throws NullPointerException if {@code bands} is null
     */
    public SeriesMeasurement withAgeBands(AgeBands bands) {
        return new SeriesMeasurement(by, scope, Objects.requireNonNull(bands, "bands"), disclosure);
    }

    /**
     * This series as the published view: each period's figures hidden as a single measurement's would be.
     *
     * @param control the disclosure control, not null
     * @return the measurement, never null
     * @throws NullPointerException if {@code control} is null
     */
    public SeriesMeasurement disclosed(DisclosureControl control) {
        return new SeriesMeasurement(by, scope, ageBands, Optional.of(Objects.requireNonNull(control, "control")));
    }

    /**
     * The length of the periods.
     *
     * @return the length, never null
     */
    public PeriodLength by() {
        return by;
    }

    /**
     * The scope of the whole series.
     *
     * @return the scope, never null
     */
    public MeasurementScope scope() {
        return scope;
    }

    /**
     * The series of every project of a document.
     *
     * @param document the document, not null
     * @return the series, never null
     * @throws NullPointerException if {@code document} is null
     */
    public MetricsSeries measure(SamverkanDocument document) {
        return accumulator(document).result();
    }

    /**
     * The series of some of a document's projects; the span is then theirs.
     *
     * @param document the document, not null
     * @param projects the projects to measure, not null, none null
     * @return the series, never null
     * @throws NullPointerException if an argument or an element is null
     */
    public MetricsSeries measure(SamverkanDocument document, List<Project> projects) {
        return accumulator(document, projects).result();
    }

    /**
     * Starts a series of a streamed document over all its projects: the header now, its participants one at
     * a time after.
     *
     * @param header the document's parties, associations and projects, not null
     * @return a new accumulator, never null
     * @throws NullPointerException if {@code header} is null
     */
    public SeriesAccumulator accumulator(SamverkanDocument header) {
        return accumulator(header, header.getProjects());
    }

    /**
     * Starts a series of a streamed document over some of its projects; the span is then theirs.
     *
     * @param header the document's parties, associations and projects, not null
     * @param projects the projects to measure, not null, none null
     * @return a new accumulator, never null
     * @throws NullPointerException if an argument or an element is null
     */
    public SeriesAccumulator accumulator(SamverkanDocument header, List<Project> projects) {
        Objects.requireNonNull(header, "header");
        return new SeriesAccumulator(header, List.copyOf(projects), by, scope, ageBands, disclosure);
    }
}

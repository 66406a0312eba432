package se.samverkan.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.participants.ParticipantSummary;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.validation.SamverkanValidator;

/**
 * Metrics and validation over participants (<i>deltagare</i>) already in memory (issue 6 (f), (g)):
 * {@link #f_metricsInMemory} is {@code ProjectMetrics.compute(document)}, {@link #g_primitiveLoop} the
 * hand-written loop over primitive columns computing the same figures (checked equal at setup), and
 * {@link #g_objectLoop} the same loop over the model objects (a control separating the object model's
 * cost from the accumulators'), and {@link #h_validateInMemory} the per-participant Bean Validation cost on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MetricsBenchmarks {

    private SamverkanDocument document;
    private ProjectMetrics metrics;
    private ParticipationColumns columns;
    private ObjectModelLoop objectLoop;
    private SamverkanValidator validator;

    /** Creates the state; {@link #setUp()} does the work. */
    public MetricsBenchmarks() {
    }

    /**
     * Reads the generated document, builds the columns and checks that the primitive loop computes
     * exactly the library's figures, and that the data is valid.
     *
     * @throws IOException if the file cannot be read
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        document = SamverkanJson.create().read(BenchmarkFiles.document());
        metrics = ProjectMetrics.of(MeasurementScope.projectPeriod());
        validator = SamverkanValidator.create();
        columns = new ParticipationColumns(document.getParticipants(),
            metrics.scope().windowFor(document.getProjects().get(0)), metrics.ageBands());
        objectLoop = new ObjectModelLoop(metrics.scope().windowFor(document.getProjects().get(0)), metrics.ageBands());
        ProjectResult library = metrics.compute(document).get(0);
        check(library, columns.compute());
        check(library, objectLoop.compute(document.getParticipants()));
        if (!validator.validate(document).isEmpty()) {
            throw new IllegalStateException("the generated document is not valid");
        }
    }

    private static void check(ProjectResult library, ParticipationColumns.Figures loop) {
        ParticipantSummary summary = library.participants();
        List<Object> expected = List.of(summary.started(), summary.ended(), summary.ongoing(),
            summary.distinctPersons(), List.copyOf(summary.startedByGender().values()),
            List.copyOf(summary.startedByAgeBand().values()), summary.endedByOutcome(),
            summary.meanDurationDays().orElseThrow(), summary.medianDurationDays().orElseThrow(),
            List.of(library.incomeTransitions().recorded(), library.incomeTransitions().supportedAtStart(),
                library.incomeTransitions().supportedAtEnd(), library.incomeTransitions().leftSupport()));
        Map<ExitOutcome, Integer> outcomes = new java.util.EnumMap<>(ExitOutcome.class);
        for (ExitOutcome outcome : summary.endedByOutcome().keySet()) {
            outcomes.put(outcome, loop.byOutcome()[outcome.ordinal()]);
        }
        List<Integer> genders = new ArrayList<>();
        for (Gender gender : Gender.values()) {
            genders.add(loop.byGender()[gender.ordinal()]);
        }
        List<Object> actual = List.of(loop.started(), loop.ended(), loop.ongoing(), loop.distinctPersons(),
            genders, Arrays.stream(loop.byBand()).boxed().toList(), outcomes,
            loop.meanDays(), loop.medianDays(), Arrays.stream(loop.income()).boxed().toList());
        if (!expected.equals(actual)) {
            throw new IllegalStateException("the primitive loop computes " + actual + " but the library " + expected);
        }
    }

    /**
     * (f) The library's metrics over the document in memory.
     *
     * @return the project results
     */
    @Benchmark
    public List<ProjectResult> f_metricsInMemory() {
        return metrics.compute(document);
    }

    /**
     * (g) The hand-written loop over primitive columns.
     *
     * @return the figures
     */
    @Benchmark
    public ParticipationColumns.Figures g_primitiveLoop() {
        return columns.compute();
    }

    /**
     * Control between (f) and (g): the same figures by a hand-written loop over the model objects.
     *
     * @return the figures
     */
    @Benchmark
    public ParticipationColumns.Figures g_objectLoop() {
        return objectLoop.compute(document.getParticipants());
    }

    /**
     * Bean Validation of each participant in memory, the cost (d) adds to reading.
     *
     * @param sink consumes each participant's violations
     */
    @Benchmark
    public void h_validateInMemory(Blackhole sink) {
        for (Participant participant : document.getParticipants()) {
            sink.consume(validator.validateObject(participant));
        }
    }
}

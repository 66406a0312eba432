package se.samverkan.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MetricsAccumulator;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.validation.SamverkanValidator;

/**
 * Reading one generated document file (issue 6 (a)–(e)): each operation reads the whole file, from the
 * operating system's cache, and consumes every participant (<i>deltagare</i>).
 *
 * <ul>
 *   <li>(a) {@link #a_tokens}: bare Jackson token iteration, the floor any reader pays;</li>
 *   <li>(b) {@link #b_handWritten}: a hand-written Jackson streaming loop building the same model objects;</li>
 *   <li>(c) {@link #c_libraryRead} ({@code SamverkanJson.read(Path)}, whole document) and
 *       {@link #c_libraryStream} ({@code openParticipants(Path)}, one participant at a time);</li>
 *   <li>(d) {@link #d_streamValidate}: streaming with {@code SamverkanValidator.validateObject} per
 *       participant;</li>
 *   <li>(e) {@link #e_streamValidateMetrics}: as (d), feeding a {@code ProjectMetrics} accumulator, and
 *       {@link #e_streamMetrics} without validation.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReadBenchmarks {

    private Path file;
    private HandWrittenReader handWritten;
    private SamverkanJson json;
    private SamverkanValidator validator;
    private ProjectMetrics metrics;

    /** Creates the state; {@link #setUp()} does the work. */
    public ReadBenchmarks() {
    }

    /**
     * Generates the document if absent and checks that the baseline and the library read the same
     * participants.
     *
     * @throws IOException if the file cannot be written or read
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = BenchmarkFiles.document();
        handWritten = new HandWrittenReader();
        json = SamverkanJson.create();
        validator = SamverkanValidator.create();
        metrics = ProjectMetrics.of(MeasurementScope.projectPeriod());
        List<Participant> baseline = new ArrayList<>();
        handWritten.readParticipants(file, baseline::add);
        if (!baseline.equals(json.read(file).getParticipants())) {
            throw new IllegalStateException("the hand-written reader and the library disagree on " + file);
        }
    }

    /**
     * (a) Bare token iteration.
     *
     * @return the number of tokens
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long a_tokens() throws IOException {
        return handWritten.countTokens(file);
    }

    /**
     * (b) The hand-written streaming loop building the participants.
     *
     * @param sink consumes each participant
     * @return the number of participants
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public int b_handWritten(Blackhole sink) throws IOException {
        return handWritten.readParticipants(file, sink::consume);
    }

    /**
     * (c) The library reading the whole document.
     *
     * @return the document
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public SamverkanDocument c_libraryRead() throws IOException {
        return json.read(file);
    }

    /**
     * (c) The library streaming the participants.
     *
     * @param sink consumes each participant
     * @return the number of participants
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public int c_libraryStream(Blackhole sink) throws IOException {
        int count = 0;
        try (ParticipantReader reader = json.openParticipants(file)) {
            while (reader.hasNext()) {
                sink.consume(reader.next());
                count++;
            }
        }
        return count;
    }

    /**
     * (d) Streaming and validating each participant.
     *
     * @param sink consumes each participant's violations
     * @return the number of participants
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public int d_streamValidate(Blackhole sink) throws IOException {
        int count = 0;
        try (ParticipantReader reader = json.openParticipants(file)) {
            while (reader.hasNext()) {
                sink.consume(validator.validateObject(reader.next()));
                count++;
            }
        }
        return count;
    }

    /**
     * (e) Streaming, validating and measuring each participant.
     *
     * @param sink consumes each participant's violations
     * @return the metrics of the document's projects
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public List<ProjectResult> e_streamValidateMetrics(Blackhole sink) throws IOException {
        try (ParticipantReader reader = json.openParticipants(file)) {
            MetricsAccumulator accumulator = metrics.accumulator(reader.header().getProjects());
            while (reader.hasNext()) {
                Participant participant = reader.next();
                sink.consume(validator.validateObject(participant));
                accumulator.accept(participant);
            }
            return accumulator.result();
        }
    }

    /**
     * (e) without validation: streaming into the metrics collector, as the CLI's {@code metrics} does.
     *
     * @return the metrics of the document's projects
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public List<ProjectResult> e_streamMetrics() throws IOException {
        try (ParticipantReader reader = json.openParticipants(file)) {
            return metrics.compute(reader.header(), reader.stream());
        }
    }
}

package se.samverkan.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
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
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanModule;
import se.samverkan.model.participant.Participant;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The factors behind the gap between the library's reader and the hand-written one (BENCHMARKS.md): the
 * text source (bytes, as the baselines parse, or characters decoded as the library decodes them) crossed
 * with the binding (the hand-written loop, or Jackson databind through the library's public
 * {@link SamverkanModule} with one {@link ObjectReader} for participants, <i>deltagare</i>). The databind
 * variants project what the library's reader would cost with the fixes described there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReaderFactors {

    private Path file;
    private HandWrittenReader handWritten;
    private HandWrittenReader digitDates;
    private JsonMapper mapper;
    private ObjectReader participantReader;

    /** Creates the state; {@link #setUp()} does the work. */
    public ReaderFactors() {
    }

    /**
     * Generates the document if absent and checks that every variant reads the library's participants.
     *
     * @throws IOException if the file cannot be written or read
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = BenchmarkFiles.document();
        handWritten = new HandWrittenReader();
        digitDates = HandWrittenReader.withDigitDates();
        mapper = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .addModule(new SamverkanModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // As in the library: values are read one by one from a shared parser.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
        participantReader = mapper.readerFor(Participant.class);
        List<Participant> expected = SamverkanJson.create().read(file).getParticipants();
        List<List<Participant>> variants = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>());
        handWritten.readParticipantsOfChars(file, variants.get(0)::add);
        digitDates.readParticipants(file, variants.get(3)::add);
        try (InputStream in = Files.newInputStream(file)) {
            bind(mapper.createParser(in), variants.get(1)::add);
        }
        try (Reader in = LibraryStyleText.open(file)) {
            bind(mapper.createParser(in), variants.get(2)::add);
        }
        for (List<Participant> variant : variants) {
            if (!variant.equals(expected)) {
                throw new IllegalStateException("a reader variant disagrees with the library on " + file);
            }
        }
    }

    private int bind(JsonParser parser, java.util.function.Consumer<Participant> sink) {
        try (parser) {
            int count = 0;
            parser.nextToken();
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if (name.equals("participants") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        sink.accept(participantReader.readValue(parser));
                        count++;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return count;
        }
    }

    /**
     * The hand-written loop over the bytes, reading dates from their digits as the library does: (b) with
     * the one shortcut of the library's reader that a hand-written loop does not take by default.
     *
     * @param sink consumes each participant
     * @return the number of participants
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public int b_handWrittenDigitDates(Blackhole sink) throws IOException {
        return digitDates.readParticipants(file, sink::consume);
    }

    /**
     * Bare token iteration over the characters.
     *
     * @return the number of tokens
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long a_tokensChars() throws IOException {
        return handWritten.countTokensOfChars(file);
    }

    /**
     * The hand-written loop over the characters.
     *
     * @param sink consumes each participant
     * @return the number of participants
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public int b_handWrittenChars(Blackhole sink) throws IOException {
        return handWritten.readParticipantsOfChars(file, sink::consume);
    }

    /**
     * Databind with one {@code ObjectReader} over the bytes.
     *
     * @param sink consumes each participant
     * @return the number of participants
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public int c_bindBytes(Blackhole sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return bind(mapper.createParser(in), sink::consume);
        }
    }

    /**
     * Databind with one {@code ObjectReader} over the characters.
     *
     * @param sink consumes each participant
     * @return the number of participants
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public int c_bindChars(Blackhole sink) throws IOException {
        try (Reader in = LibraryStyleText.open(file)) {
            return bind(mapper.createParser(in), sink::consume);
        }
    }
}

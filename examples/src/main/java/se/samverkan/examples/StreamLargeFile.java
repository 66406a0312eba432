package se.samverkan.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MetricsAccumulator;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;

/**
 * Example: streaming the participants (<i>deltagare</i>) of a large document one at a time (docs/format.md)
 * into the metrics accumulators, so that memory does not grow with the number of participants.
 *
 * <p>Try it on a generated register of 300 000 participants in a 64 MB heap:
 * <pre>
 * java -cp examples/target/samverkan-cli.jar se.samverkan.examples.SyntheticDocument /tmp/big.json 300000
 * java -Xmx64m -cp examples/target/samverkan-cli.jar se.samverkan.examples.StreamLargeFile /tmp/big.json
 * </pre>
 */
public final class StreamLargeFile {

    private StreamLargeFile() {
    }

    /**
     * Streams the document named by the first argument and prints the participant counts per project.
     *
     * @param args the path of the document
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        for (ProjectResult result : metrics(Path.of(args[0]))) {
            System.out.println(result.projectId() + ": " + result.participants().started() + " started, "
                + result.participants().ended() + " ended, " + result.participants().ongoing() + " ongoing");
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.println("heap in use: " + (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20) + " MB of "
            + runtime.maxMemory() / (1 << 20) + " MB");
    }

    /**
     * The participant metrics of every project of a document, read one participant at a time.
     *
     * @param path the document, not null
     * @return one result per project, in document order, never null
     * @throws se.samverkan.json.SamverkanJsonException if the document is not readable
     * @throws IOException if the file cannot be read
     */
    public static List<ProjectResult> metrics(Path path) throws IOException {
        try (ParticipantReader reader = SamverkanJson.create().openParticipants(path)) {
            MetricsAccumulator accumulator = ProjectMetrics.of(MeasurementScope.projectPeriod())
                .accumulator(reader.header().getProjects());
            while (reader.hasNext()) {
                accumulator.accept(reader.next());
            }
            return accumulator.result();
        }
    }
}

package se.samverkan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.metrics.MetricsFinding;
import se.samverkan.json.metrics.MetricsJsonWriter;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;

/**
 * Same input, same output bytes: a written document, the metrics output and the schema do not depend on
 * the instance, the run, or the order in which the participants come. The bytes of one run are compared
 * with those of fresh instances, with shuffled participants, and with the metrics output committed under
 * {@code src/test/resources/se/samverkan/reliability/golden/}, which an earlier run wrote.
 */
class DeterminismTest {

    private static final MeasurementScope SCOPE = MeasurementScope.projectPeriod();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(PersonalDataScanTest.RepositoryFiles.root().resolve("examples/data"))) {
            // Parameter files (valuation-parameters.json) live beside the documents but are no documents.
            return files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith("-parameters.json"))
                .sorted().toList().stream();
        }
    }

    private static String metricsJson(SamverkanDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsJsonWriter.create().write(document, ProjectMetrics.of(SCOPE).compute(document), SCOPE,
            ReportingRules.create().check(document).stream().map(MetricsFinding::of).toList(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void a_written_document_is_the_same_bytes_from_any_instance_and_reads_back_to_itself(Path sample)
            throws IOException {
        SamverkanDocument document = SamverkanJson.create().read(sample);
        String written = SamverkanJson.create().write(document);

        assertThat(SamverkanJson.create().write(document)).isEqualTo(written);
        assertThat(SamverkanJson.create().write(SamverkanJson.create().read(written))).isEqualTo(written);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SamverkanJson.create().write(document, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void the_metrics_output_is_the_same_bytes_whatever_the_order_of_the_participants(Path sample)
            throws IOException {
        SamverkanDocument document = SamverkanJson.create().read(sample);
        String metrics = metricsJson(document);
        List<Participant> shuffled = new ArrayList<>(document.getParticipants());
        Collections.shuffle(shuffled, new Random(20261122L));
        SamverkanDocument reordered = ImmutableSamverkanDocument.copyOf(document).withParticipants(shuffled);

        assertThat(metricsJson(document)).isEqualTo(metrics);
        assertThat(stripFindings(metricsJson(reordered))).isEqualTo(stripFindings(metrics));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void the_metrics_output_is_the_bytes_an_earlier_run_wrote(Path sample) throws IOException {
        String name = sample.getFileName().toString().replace(".json", ".metrics.json");
        Path golden = Path.of("src/test/resources/se/samverkan/reliability/golden", name);
        String metrics = metricsJson(SamverkanJson.create().read(sample));
        if (Boolean.getBoolean("samverkan.golden.write")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, metrics, StandardCharsets.UTF_8);
        }
        assertThat(metrics).as("metrics of %s against %s (after an intended change of the output, rewrite "
            + "with -Dsamverkan.golden.write=true and review the diff)", sample.getFileName(), golden)
            .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void the_schema_is_the_same_text_on_every_call() {
        assertThat(SamverkanJson.schema()).isEqualTo(SamverkanJson.schema()).contains("2020-12");
    }

    /** The metrics output without its findings, which follow the order of the document by design. */
    private static String stripFindings(String metrics) {
        int findings = metrics.indexOf("\"findings\"");
        return findings < 0 ? metrics : metrics.substring(0, findings);
    }
}

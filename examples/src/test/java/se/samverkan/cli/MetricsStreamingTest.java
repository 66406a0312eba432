package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.examples.SyntheticDocument;

/**
 * {@code metrics} streams: a document of hundreds of thousands of participants, far larger than the heap,
 * is counted in a child JVM limited to 64 MB. The document is generated into {@code target/} and never
 * committed.
 */
class MetricsStreamingTest {

    private static final int PARTICIPANTS = 300_000;

    @Test
    void three_hundred_thousand_participants_in_a_64_mb_heap() throws Exception {
        Path document = Path.of("target", "synthetic-" + PARTICIPANTS + ".json");
        Files.createDirectories(document.getParent());
        SyntheticDocument.write(document, PARTICIPANTS, 20071108L);
        assertThat(Files.size(document)).as("the document is larger than the heap").isGreaterThan(64L << 20);
        Path output = Path.of("target", "synthetic-metrics.json");
        Path errors = Path.of("target", "synthetic-metrics.err");

        Process child = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
            "-cp", System.getProperty("java.class.path"), SamverkanCli.class.getName(),
            "metrics", document.toString()))
            .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();

        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        assertThat(child.exitValue()).as(Files.readString(errors)).isZero();
        assertThat(Files.readString(errors)).as("no progress when standard error is not a terminal").isEmpty();
        JsonNode participants = JsonMapper.builder().build().readTree(output.toFile())
            .get("projects").get(0).get("participants");
        assertThat(participants.get("started").intValue()).isEqualTo(PARTICIPANTS);
        assertThat(participants.get("distinctPersons").intValue()).isEqualTo(PARTICIPANTS);
        assertThat(participants.get("ended").intValue() + participants.get("ongoing").intValue())
            .isEqualTo(PARTICIPANTS);
        Files.delete(document);
    }

    @Test
    void findings_far_into_the_stream_carry_the_participants_index_in_the_whole_document() throws Exception {
        Path document = Path.of("target", "synthetic-2500.json");
        Files.createDirectories(document.getParent());
        SyntheticDocument.write(document, 2_500, 7L);
        // Participant 2 001 (index 2000) gets an exit outcome on a project that does not exist.
        String text = Files.readString(document).replaceFirst(
            "(\"id\":\"p0002001\".*?\"project\":\")gt-vuxna", "$1gt-okand");
        Files.writeString(document, text);

        Cli cli = Cli.run("metrics", document.toString());

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(JsonMapper.builder().build().readTree(cli.out).get("findings"))
            .extracting(f -> f.get("rule").stringValue() + " " + f.get("path").stringValue())
            .containsExactly("UNKNOWN_REFERENCE /participants/2000/participations/0/project");
    }

    @Test
    void a_long_run_on_a_terminal_shows_progress_on_standard_error() throws Exception {
        Path document = Path.of("target", "synthetic-20000.json");
        Files.createDirectories(document.getParent());
        SyntheticDocument.write(document, 20_000, 11L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = SamverkanCli.run(new String[] {"metrics", document.toString()},
            new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), true);

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
            .isEqualTo("\r10\u00a0000 deltagare lästa\r20\u00a0000 deltagare lästa\r20\u00a0000 deltagare lästa\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"started\": 20000");
    }
}

package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream opened for streaming participants is copied first; the copy stops as soon as it holds more
 * bytes than the largest accepted document can have in UTF-8 (four bytes a character), and the document is
 * then refused at its start. Up to that many bytes the copy is read like a file, which counts characters.
 */
class StreamedCopyLimitTest {

    /** 10 000 characters: more than one of the parser's 8 000-byte reads, so a late refusal has a place. */
    private static final int BOUND = 10_000;
    private static final SamverkanJson JSON =
        SamverkanJson.create(JsonLimits.defaults().withMaxStreamedDocumentLength(BOUND));

    @TempDir
    Path dir;

    @Test
    void a_short_document_is_streamed_under_a_small_bound() throws Exception {
        // 15 bytes under a bound of 20 characters (80 bytes).
        SamverkanJson small = SamverkanJson.create(JsonLimits.defaults().withMaxStreamedDocumentLength(20));
        try (ParticipantReader reader = small.openParticipants(stream("{\"parties\": []}"))) {
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void more_bytes_than_four_a_character_are_refused_at_the_start() {
        // 15 + 39 984 + 2 = 40 001 bytes, one more than 4 × 10 000.
        String text = longText(39_984);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(40_001);
        JsonProblem problem = OnlyProblem.of(() -> JSON.openParticipants(stream(text)));
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.limit.document-length");
        assertThat(problem.pointer()).isEmpty();
        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(1, 1);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("The document is longer than 10000 characters.");
    }

    @Test
    void exactly_four_bytes_a_character_are_copied_and_read_like_the_file() throws Exception {
        // 15 + 39 983 + 2 = 40 000 bytes = 4 × 10 000: copied whole, then refused by the character count
        // where the parser had got to (the array on line 2), exactly as the same bytes in a file are.
        String text = longText(39_983);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(40_000);
        Path file = Files.writeString(dir.resolve("long.json"), text, StandardCharsets.UTF_8);
        JsonProblem fromFile = OnlyProblem.of(() -> JSON.openParticipants(file));
        JsonProblem fromStream = OnlyProblem.of(() -> JSON.openParticipants(stream(text)));
        assertThat(fromStream).isEqualTo(fromFile);
        assertThat(fromStream.messageKey()).isEqualTo("se.samverkan.json.limit.document-length");
        assertThat(fromStream.line()).isGreaterThan(1);
    }

    /** {@code {"parties": [} on lines 1–2 (15 bytes), then {@code newlines} empty lines, then {@code ]}}. */
    private static String longText(int newlines) {
        return "{\n\"parties\": [\n" + "\n".repeat(newlines) + "]}";
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

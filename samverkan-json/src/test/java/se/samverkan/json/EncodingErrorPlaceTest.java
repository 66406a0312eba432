package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bytes that are not UTF-8 in a stream are one problem for the whole document, placed at the bad byte. */
class EncodingErrorPlaceTest {

    @Test
    void a_malformed_byte_is_placed_at_its_line_and_column() throws Exception {
        // Line 2 is `  "parties": ` then the byte C3 followed by `(`, which cannot continue it: 2 spaces,
        // `"parties"` (9), `:` and a space make 13 characters, so the bad byte is at column 14.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\n  \"parties\": ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write("( ] }".getBytes(StandardCharsets.UTF_8));
        JsonProblem problem =
            OnlyProblem.of(() -> SamverkanJson.create().read(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.encoding");
        assertThat(problem.pointer()).isEmpty();
        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(2, 14);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("The document is not valid UTF-8.");
    }
}

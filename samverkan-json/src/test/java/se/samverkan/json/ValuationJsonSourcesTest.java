package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * The parameters file read from a file and from bytes gives the same parameters as the text, whatever the
 * length of the text (a file longer than one read buffer is read whole) and with a leading byte-order mark.
 */
class ValuationJsonSourcesTest {

    private static final ValuationJson JSON = ValuationJson.create();
    private static final String TEXT = "{ \"horizonYears\": 4, \"discountRate\": \"0.035\", \"persistence\": 0.5 }";

    private static void assertTheParameters(ValuationParameters parameters) {
        assertThat(parameters.getHorizonYears()).isEqualTo(4);
        assertThat(parameters.getDiscountRate()).isEqualByComparingTo(new BigDecimal("0.035"));
        assertThat(parameters.getPersistence()).isEqualByComparingTo(new BigDecimal("0.5"));
    }

    @Test
    void a_file_is_read_as_its_text(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("parametrar.json"), TEXT, StandardCharsets.UTF_8);
        assertTheParameters(JSON.readParameters(file));
    }

    @Test
    void bytes_with_a_byte_order_mark_are_read_as_the_text() throws IOException {
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertTheParameters(JSON.readParameters(new ByteArrayInputStream(bytes)));
    }

    @Test
    void a_text_longer_than_one_read_buffer_is_read_whole() throws IOException {
        // 40 000 spaces before the object: more than twice the 16 Ki-character buffer, so the object
        // is only reached by the third read.
        byte[] bytes = (" ".repeat(40_000) + TEXT).getBytes(StandardCharsets.UTF_8);
        assertTheParameters(JSON.readParameters(new ByteArrayInputStream(bytes)));
    }

    @Test
    void a_violation_in_a_file_is_located_in_it(@TempDir Path dir) throws IOException {
        // Line 2 is ` "persistence": 2 }`: the 2 is at column 17.
        Path file = Files.writeString(dir.resolve("fel.json"),
            "{ \"horizonYears\": 4, \"discountRate\": 0,\n \"persistence\": 2 }", StandardCharsets.UTF_8);
        JsonProblem problem = OnlyProblem.of(() -> JSON.readParameters(file));
        assertThat(problem.pointer()).isEqualTo("/persistence");
        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(2, 17);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("must not be greater than 1");
    }
}

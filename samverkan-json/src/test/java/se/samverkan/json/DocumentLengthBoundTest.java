package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A document of exactly the bound in characters is read, whether given as a string or as a stream to be
 * read and validated (characters, not bytes, are counted); one character more is refused at the
 * document's start.
 */
class DocumentLengthBoundTest {

    /**
     * 24 characters: { space "schemaVersion" (15) : space "å" (3) space } = 1+1+15+1+1+3+1+1; 25 bytes,
     * since å is two bytes in UTF-8.
     */
    private static final String TEXT = "{ \"schemaVersion\": \"å\" }";

    @Test
    void a_string_of_exactly_the_bound_is_read_one_more_is_refused() {
        assertThat(SamverkanJson.create(JsonLimits.defaults().withMaxDocumentLength(24)).read(TEXT).getSchemaVersion())
            .isEqualTo("å");
        SamverkanJson shorter = SamverkanJson.create(JsonLimits.defaults().withMaxDocumentLength(23));
        assertTooLong(OnlyProblem.of(() -> shorter.read(TEXT)));
    }

    @Test
    void a_stream_of_exactly_the_bound_in_characters_is_read() throws Exception {
        assertThat(TEXT).hasSize(24);
        assertThat(TEXT.getBytes(StandardCharsets.UTF_8)).hasSize(25);
        SamverkanJson exact = SamverkanJson.create(JsonLimits.defaults().withMaxDocumentLength(24));
        assertThat(exact.readAndValidate(stream(TEXT)).document().getSchemaVersion()).isEqualTo("å");
    }

    @Test
    void a_stream_one_character_over_the_bound_is_refused_at_the_start() {
        SamverkanJson shorter = SamverkanJson.create(JsonLimits.defaults().withMaxDocumentLength(23));
        assertTooLong(OnlyProblem.of(() -> shorter.readAndValidate(stream(TEXT))));
    }

    private static void assertTooLong(JsonProblem problem) {
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.limit.document-length");
        assertThat(problem.pointer()).isEmpty();
        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(1, 1);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("The document is longer than 23 characters.");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

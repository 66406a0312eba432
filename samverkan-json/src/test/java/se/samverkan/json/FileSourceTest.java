package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are parsed as UTF-8 bytes, not decoded to characters first (BENCHMARKS.md, "Reader fixes"); what a
 * reader reports must not change with that: columns count characters (docs/format.md, {@link JsonProblem}),
 * malformed UTF-8 is an encoding error and the document length is bounded in characters.
 */
class FileSourceTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    /** Line 2 has Swedish letters (two bytes each) and a character outside the BMP (four bytes, two units). */
    private static final String SWEDISH = "{ \"parties\": [\n"
        + "  { \"id\": \"fk\", \"name\": \"Försäkringskassan, Östra Åsa \uD83D\uDE00\", \"type\": \"REGIO\" } ] }";

    @TempDir
    Path dir;

    @Test
    void a_problem_after_swedish_letters_in_a_file_is_placed_by_characters() throws Exception {
        Path file = Files.writeString(dir.resolve("sv.json"), SWEDISH);
        int expected = SWEDISH.lines().skip(1).findFirst().orElseThrow().indexOf("\"REGIO\"") + 1;
        assertThat(expected).isEqualTo(68);

        JsonProblem fromFile = OnlyProblem.of(() -> JSON.read(file));
        assertThat(fromFile.messageKey()).isEqualTo("se.samverkan.json.unknown-enum");
        assertThat(fromFile.pointer()).isEqualTo("/parties/0/type");
        assertThat(fromFile.line()).isEqualTo(2);
        assertThat(fromFile.column()).isEqualTo(68);
        assertThat(fromFile).isEqualTo(OnlyProblem.of(() -> JSON.read(SWEDISH)));
        assertThat(fromFile).isEqualTo(OnlyProblem.of(() -> JSON.read(bytes(SWEDISH))));
        assertThat(fromFile).isEqualTo(OnlyProblem.of(() -> JSON.openParticipants(file)));
        assertThat(fromFile).isEqualTo(OnlyProblem.of(() -> JSON.openParticipants(bytes(SWEDISH))));
    }

    @Test
    void a_syntax_error_after_swedish_letters_in_a_file_is_placed_by_characters() throws Exception {
        String json = "{ \"parties\": [\n  { \"id\": \"fk\", \"name\": \"Länsstyrelsen i Västra Götaland\" ; } ] }";
        Path file = Files.writeString(dir.resolve("syntax.json"), json);
        JsonProblem fromFile = OnlyProblem.of(() -> JSON.read(file));
        assertThat(fromFile.messageKey()).isEqualTo("se.samverkan.json.malformed");
        assertThat(fromFile.line()).isEqualTo(2);
        assertThat(fromFile.column()).isEqualTo(json.lines().skip(1).findFirst().orElseThrow().indexOf(';') + 1);
        assertThat(fromFile).isEqualTo(OnlyProblem.of(() -> JSON.read(json)));
    }

    @Test
    void a_participant_after_swedish_letters_streamed_from_a_file_is_placed_by_characters() throws Exception {
        String json = "{ \"participants\": [\n"
            + "  { \"id\": \"p1\", \"gender\": \"WOMAN\", \"participations\": [ { \"project\": \"ö\", \"start\": \"2024-01-01\""
            + ", \"exitOutcome\": \"EMPLOYMENT\" } ] },\n"
            + "  { \"id\": \"åäö\", \"gender\": \"MALE\" } ] }";
        Path file = Files.writeString(dir.resolve("stream.json"), json);
        try (ParticipantReader reader = JSON.openParticipants(file)) {
            reader.next();
            JsonProblem problem = OnlyProblem.of(reader::next);
            assertThat(problem.pointer()).isEqualTo("/participants/1/gender");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(json.lines().skip(2).findFirst().orElseThrow().indexOf("\"MALE\"") + 1)
                .isEqualTo(28);
        }
    }

    @Test
    void a_byte_order_mark_is_not_counted_in_the_first_line_s_columns() throws Exception {
        String json = "{ \"parties\": [ { \"id\": \"fk\", \"name\": \"Åsa\", \"type\": \"REGIO\" } ] }";
        Path file = dir.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + json);
        JsonProblem fromFile = OnlyProblem.of(() -> JSON.read(file));
        assertThat(fromFile.line()).isEqualTo(1);
        assertThat(fromFile.column()).isEqualTo(json.indexOf("\"REGIO\"") + 1).isEqualTo(53);
        assertThat(fromFile).isEqualTo(OnlyProblem.of(() -> JSON.read("\uFEFF" + json)));
    }

    @Test
    void malformed_utf8_in_a_file_is_an_encoding_error_as_from_a_stream() throws Exception {
        byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] beyondUnicode = {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
        byte[] stray = {(byte) 0x80};
        byte[] leadBeforeQuote = {(byte) 0xC3};
        byte[] overlongThree = {(byte) 0xE0, (byte) 0x80, (byte) 0xAF};
        for (byte[] bad : List.of(overlong, surrogate, beyondUnicode, stray, leadBeforeQuote, overlongThree)) {
            byte[] document = withName(bad);
            Path file = Files.write(dir.resolve("bad.json"), document);
            JsonProblem fromFile = OnlyProblem.of(() -> JSON.read(file));
            assertThat(fromFile.messageKey()).isEqualTo("se.samverkan.json.encoding");
            assertThat(fromFile.message(Locale.ENGLISH)).isEqualTo("The document is not valid UTF-8.");
            assertThat(OnlyProblem.of(() -> JSON.read(new ByteArrayInputStream(document))).messageKey())
                .isEqualTo("se.samverkan.json.encoding");
            assertThat(OnlyProblem.of(() -> JSON.openParticipants(file)).messageKey()).isEqualTo("se.samverkan.json.encoding");
        }
    }

    @Test
    void a_file_cut_inside_a_character_is_an_encoding_error() throws Exception {
        byte[] text = "{ \"parties\": [] }\n".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length + 1);
        cut[text.length] = (byte) 0xC3;
        Path file = Files.write(dir.resolve("cut.json"), cut);
        assertThatThrownBy(() -> JSON.read(file)).isInstanceOf(SamverkanJsonException.class);
        assertThatThrownBy(() -> JSON.read(new ByteArrayInputStream(cut))).isInstanceOf(SamverkanJsonException.class);
    }

    @Test
    void utf16_text_in_a_file_is_refused_as_from_a_stream() throws Exception {
        byte[] utf16 = "{ \"parties\": [] }".getBytes(StandardCharsets.UTF_16BE);
        Path file = Files.write(dir.resolve("utf16.json"), utf16);
        JsonProblem fromFile = OnlyProblem.of(() -> JSON.read(file));
        assertThat(fromFile).isEqualTo(OnlyProblem.of(() -> JSON.read(new ByteArrayInputStream(utf16))));
        assertThat(fromFile.messageKey()).isEqualTo("se.samverkan.json.malformed");
    }

    @Test
    void bytes_jackson_takes_for_ucs4_in_an_unsupported_byte_order_are_refused_as_from_a_stream() throws Exception {
        // Found by fuzzing (JsonReaderFuzzTest, streamed participants): Jackson's encoding detection threw
        // "Unsupported UCS-4 endianness (3412)" as an I/O exception, which escaped as UncheckedIOException.
        byte[] ucs4 = {0, 4, 0, 0, 0, 0, 0, 0, 0, 0x20, '[', ' ', '{', 'f', '0'};
        Path file = Files.write(dir.resolve("ucs4.json"), ucs4);
        JsonProblem fromFile = OnlyProblem.of(() -> JSON.read(file));
        assertThat(fromFile).isEqualTo(OnlyProblem.of(() -> JSON.read(new ByteArrayInputStream(ucs4))));
        assertThat(fromFile.messageKey()).isEqualTo("se.samverkan.json.malformed");
        assertThat(OnlyProblem.of(() -> JSON.openParticipants(file).close())).isEqualTo(fromFile);
        assertThat(OnlyProblem.of(() -> JSON.openParticipants(new ByteArrayInputStream(ucs4)).close())).isEqualTo(fromFile);
    }

    @Test
    void the_document_length_of_a_file_is_counted_in_characters_not_bytes() throws Exception {
        String json = "{ \"parties\": [ { \"id\": \"fk\", \"name\": \"" + "å".repeat(60) + "\", \"type\": \"REGION\" } ] }";
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        assertThat(utf8.length).isEqualTo(json.length() + 60);
        Path file = Files.write(dir.resolve("length.json"), utf8);

        SamverkanJson exact = SamverkanJson.create(JsonLimits.defaults().withMaxDocumentLength(json.length()));
        assertThat(exact.read(file).getParties()).hasSize(1);
        SamverkanJson shorter = SamverkanJson.create(JsonLimits.defaults().withMaxDocumentLength(json.length() - 1));
        JsonProblem problem = OnlyProblem.of(() -> shorter.read(file));
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.limit.document-length");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("The document is longer than " + (json.length() - 1)
            + " characters.");

        SamverkanJson streamedExact = SamverkanJson.create(JsonLimits.defaults().withMaxStreamedDocumentLength(json.length()));
        streamedExact.openParticipants(file).close();
        SamverkanJson streamedShorter =
            SamverkanJson.create(JsonLimits.defaults().withMaxStreamedDocumentLength(json.length() - 1));
        assertThat(OnlyProblem.of(() -> streamedShorter.openParticipants(file)).messageKey())
            .isEqualTo("se.samverkan.json.limit.document-length");
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A valid party document whose name holds the given bytes. */
    private static byte[] withName(byte[] inside) {
        byte[] head = "{ \"parties\": [ { \"id\": \"fk\", \"name\": \"F".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\", \"type\": \"REGION\" } ] }".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + inside.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(inside, 0, all, head.length, inside.length);
        System.arraycopy(tail, 0, all, head.length + inside.length, tail.length);
        return all;
    }
}

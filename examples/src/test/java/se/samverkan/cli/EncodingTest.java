package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bytes that are not UTF-8 get the same verdict from a file and from standard input, with every command:
 * exit status 2 and one message naming the 1-based line and column (in characters) of the first bad byte.
 * Problems are met in text order: a problem before the first bad byte is reported as from any text.
 */
class EncodingTest {

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String) {
                out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    /** The documents of the cases below, by name. */
    private static byte[] document(String name) {
        switch (name) {
            case "latin1":
                // "ö" written in Latin-1 (0xF6) on line 2, after `"parties": ` (11 characters),
                // `[{"id": "fk", ` (14) and `"name": "F` (10): column 36.
                return bytes("{\"schemaVersion\": \"1\",\n\"parties\": [{\"id\": \"fk\", \"name\": \"F", 0xF6,
                    "rs\", \"type\": \"REGION\"}]}");
            case "bom":
                // A byte-order mark is no character: after it, `{"schemaVersion": "` is 19 characters, so 0xFF
                // is column 20.
                return bytes(0xEF, 0xBB, 0xBF, "{\"schemaVersion\": \"", 0xFF, "\"}");
            case "crlf-emoji":
                // CR LF ends line 1; on line 2 `[{"id": "` is 9 characters and 😀 two (a surrogate pair),
                // so the lead byte 0xC3 followed by a quote is column 12.
                return bytes("{\"parties\":\r\n[{\"id\": \"\uD83D\uDE00", 0xC3, "\"}]}");
            case "cr":
                // Lone CRs end lines too: the stray continuation byte 0x80 is line 3, column 2.
                return bytes("{\r\"parties\":\r[", 0x80, "]}");
            case "cut":
                // The text ends inside a character: the lead byte 0xE2 is line 1, column 2 + 19 + 1 = 22
                // (`{ "schemaVersion": ` is 19 characters after the two spaces).
                return bytes("  { \"schemaVersion\": ", 0xE2, 0x82);
            default:
                throw new IllegalArgumentException(name);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "latin1,     validate, 2, 36", "latin1,     metrics, 2, 36", "latin1,     report, 2, 36",
        "bom,        validate, 1, 20", "bom,        metrics, 1, 20", "bom,        report, 1, 20",
        "crlf-emoji, validate, 2, 12", "crlf-emoji, metrics, 2, 12", "crlf-emoji, report, 2, 12",
        "cr,         validate, 3, 2",  "cr,         metrics, 3, 2",  "cr,         report, 3, 2",
        "cut,        validate, 1, 22", "cut,        metrics, 1, 22", "cut,        report, 1, 22"
    })
    void the_same_bytes_are_refused_alike_from_a_file_and_from_standard_input(String name, String command,
            int line, int column, @TempDir Path dir) throws Exception {
        byte[] document = document(name);
        Path file = Files.write(dir.resolve(name + ".json"), document);

        Cli fromFile = Cli.run(command, file.toString());
        Cli fromStandardInput = Cli.runWithBytes(document, command, "-");

        String expected = "samverkan: rad " + line + ", kolumn " + column
            + ", dokumentets rot: Dokumentet är inte giltig UTF-8.\n";
        assertThat(fromFile.status).as(fromFile.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(fromFile.err).isEqualTo(expected);
        assertThat(fromFile.out).isEmpty();
        assertThat(fromStandardInput.status).as(fromStandardInput.toString()).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(fromStandardInput.err).isEqualTo(expected);
        assertThat(fromStandardInput.out).isEmpty();
    }
}

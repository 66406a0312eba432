package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.SourcePositions;

/**
 * The positions of a text or a file place a JSON Pointer at the line and column where its value starts
 * (counted in characters, from 1); a pointer to nothing in the text is placed at the nearest enclosing value
 * that is there, and at the document's start when none is.
 */
class SourcePositionsTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    /**
     * Line 3 is {@code     { "id": "fk", "name": "Försäkringskassan", "type": "SOCIAL_INSURANCE_AGENCY" }}: the
     * object starts at column 5, its name's value at column 27 (5 + `{ "id": "fk", "name": ` = 22 characters).
     */
    private static final String TEXT = "{\n  \"parties\": [\n"
        + "    { \"id\": \"fk\", \"name\": \"Försäkringskassan\", \"type\": \"SOCIAL_INSURANCE_AGENCY\" }\n  ]\n}\n";

    @TempDir
    Path dir;

    @Test
    void a_text_places_each_pointer_at_its_value() {
        assertPlaces(JSON.positions(TEXT));
    }

    @Test
    void a_file_places_each_pointer_at_its_value() throws Exception {
        Path file = Files.writeString(dir.resolve("doc.json"), TEXT, StandardCharsets.UTF_8);
        assertPlaces(JSON.positions(file));
    }

    private static void assertPlaces(SourcePositions positions) {
        assertThat(positions.locate("/parties/0")).isEqualTo(Position.of(3, 5));
        assertThat(positions.locate("/parties/0/name")).isEqualTo(Position.of(3, 27));
        // There is no second party: the array that would hold it starts at line 2, column 14.
        assertThat(positions.locate("/parties/1")).isEqualTo(Position.of(2, 14));
        assertThat(positions.locate("/parties/1/name")).isEqualTo(Position.of(2, 14));
        assertThat(positions.locate("/projects/0")).isEqualTo(Position.of(1, 1));
        Map<String, Position> all = positions.locateAll(List.of("/parties", "/parties/0/name"));
        assertThat(all).containsOnly(Map.entry("/parties", Position.of(2, 14)),
            Map.entry("/parties/0/name", Position.of(3, 27)));
        assertThat(positions.locateAll(List.of())).isEmpty();
    }
}

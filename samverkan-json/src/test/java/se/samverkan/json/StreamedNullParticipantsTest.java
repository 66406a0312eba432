package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code "participants": null} means no participants also when the document is read in two passes (the
 * participants before other root properties): the reader yields none and the rest of the document is read.
 */
class StreamedNullParticipantsTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    @TempDir
    Path dir;

    @Test
    void null_participants_before_the_other_properties_yield_none() throws Exception {
        Path file = Files.writeString(dir.resolve("null.json"),
            "{ \"participants\": null,\n  \"parties\": [ { \"id\": \"fk\", \"name\": \"Försäkringskassan\","
                + " \"type\": \"SOCIAL_INSURANCE_AGENCY\" } ] }");
        try (ParticipantReader reader = JSON.openParticipants(file)) {
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.header().getParties()).extracting(p -> p.getId()).containsExactly("fk");
        }
    }

    @Test
    void null_participants_alone_yield_none() throws Exception {
        Path file = Files.writeString(dir.resolve("alone.json"), "{ \"participants\": null }");
        try (ParticipantReader reader = JSON.openParticipants(file)) {
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.stream()).isEmpty();
        }
    }
}

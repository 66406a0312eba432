package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;

/**
 * Streaming memory does not depend on the number of participants: a document several times larger than
 * this JVM's whole heap (the {@code large-document} surefire execution runs with {@code -Xmx40m}) is
 * streamed to the end. The participants come before the other parts, so the header is still complete.
 */
class ParticipantStreamingLargeDocumentIT {

    private static final int PARTICIPANTS = 500_000;

    @Test
    void a_document_several_times_larger_than_the_heap_is_streamed_participant_by_participant() throws IOException {
        Path file = Paths.get("target", "large-document.json");
        Files.createDirectories(file.getParent());
        write(file);
        long heap = Runtime.getRuntime().maxMemory();
        assertThat(Files.size(file)).as("document size against heap %d", heap).isGreaterThan(4 * heap);

        long count = 0;
        long women = 0;
        try (ParticipantReader reader = SamverkanJson.create().openParticipants(file)) {
            assertThat(reader.header().getParties()).hasSize(1);
            assertThat(reader.header().getProjects()).isEmpty();
            while (reader.hasNext()) {
                Participant participant = reader.next();
                count++;
                if (participant.getGender() == Gender.WOMAN) {
                    women++;
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(count).isEqualTo(PARTICIPANTS);
        assertThat(women).isEqualTo(PARTICIPANTS / 2);
    }

    private static void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\n  \"schemaVersion\": \"1\",\n  \"participants\": [\n");
            for (int i = 0; i < PARTICIPANTS; i++) {
                if (i > 0) {
                    out.write(",\n");
                }
                out.write("    { \"id\": \"p" + i + "\", \"anonymous\": false, \"gender\": \""
                    + (i % 2 == 0 ? "WOMAN" : "MAN") + "\", \"birthYear\": " + (1950 + i % 50)
                    + ", \"educationLevel\": \"UPPER_SECONDARY\", \"participations\": [ { \"project\": \"gt-vuxna\","
                    + " \"start\": \"2008-03-31\", \"end\": \"2008-12-12\", \"authorityContacts\": "
                    + "[\"PUBLIC_EMPLOYMENT_SERVICE\", \"MUNICIPALITY\"], \"incomeAtStart\": [\"SOCIAL_ASSISTANCE\"],"
                    + " \"incomeAtEnd\": [\"EMPLOYMENT\"], \"exitOutcome\": \"EMPLOYMENT\","
                    + " \"survey\": { \"improved-life\": 1 } } ] }");
            }
            out.write("\n  ],\n  \"parties\": [ { \"id\": \"fk\", \"name\": \"Försäkringskassan\","
                + " \"type\": \"SOCIAL_INSURANCE_AGENCY\" } ]\n}\n");
        }
    }
}

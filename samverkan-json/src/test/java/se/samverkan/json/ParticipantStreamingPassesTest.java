package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.testing.SeedDocuments;

/**
 * When the text of a streamed document is checked (the contract of {@link ParticipantReader}): in one pass
 * when {@code participants} follows the five other root properties, a problem from the array on being
 * reported while iterating; in two passes otherwise, the whole text being checked before the reader is
 * returned.
 */
class ParticipantStreamingPassesTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    /** The five other root properties, then the participants from line 3 on. */
    private static final String HEADER = "{ \"schemaVersion\": \"1\", \"associations\": [], \"projects\": [], \"structures\": [],\n"
        + "  \"parties\": [ { \"id\": \"fk\", \"name\": \"Försäkringskassan\", \"type\": \"SOCIAL_INSURANCE_AGENCY\" } ],\n";
    private static final String TWO_PARTICIPANTS = "  \"participants\": [ { \"id\": \"p1\", \"gender\": \"WOMAN\" },\n"
        + "    { \"id\": \"p2\", \"gender\": \"MAN\" } ]";

    @TempDir
    Path dir;

    @Test
    void participants_last_a_bad_third_participant_is_reported_after_the_first_two_were_returned() throws Exception {
        String json = HEADER + "  \"participants\": [ { \"id\": \"p1\", \"gender\": \"WOMAN\" },\n"
            + "    { \"id\": \"p2\", \"gender\": \"MAN\" },\n"
            + "    { \"id\": \"p3\", \"gender\": \"MALE\" },\n"
            + "    { \"id\": \"p4\", \"gender\": \"MAN\" } ] }";
        try (ParticipantReader reader = JSON.openParticipants(file(json))) {
            assertThat(reader.header().getParties()).extracting(p -> p.getId()).containsExactly("fk");
            assertThat(reader.next().getId()).isEqualTo("p1");
            assertThat(reader.next().getId()).isEqualTo("p2");
            SamverkanJsonException reported = catchProblem(reader);
            JsonProblem problem = reported.problems().get(0);
            assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.unknown-enum");
            assertThat(problem.pointer()).isEqualTo("/participants/2/gender");
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo(json.lines().skip(4).findFirst().orElseThrow().indexOf("\"MALE\"") + 1);
            assertThatThrownBy(reader::hasNext).as("reported again").isSameAs(reported);
            assertThatThrownBy(reader::next).as("reported again").isSameAs(reported);
        }
    }

    @ParameterizedTest(name = "after the array: {0}")
    @CsvSource(delimiter = '|', value = {
        "' } x'                       | trailing-content   | ''              | 4",
        "' }\n{}'                     | trailing-content   | ''              | 5",
        "',\n  \"extra\": [] }'       | unknown-property   | /extra          | 5",
        "',\n  \"parties\": [] }'     | duplicate-property | /parties        | 5",
        "',\n  \"participants\": [] }'| duplicate-property | /participants   | 5",
        "', }'                        | malformed          | /participants   | 4",
        "''                           | truncated          | /participants   | 4"})
    void participants_last_a_problem_after_the_array_is_reported_by_hasNext_at_the_end(String tail, String key,
            String pointer, int line) throws Exception {
        String json = HEADER + TWO_PARTICIPANTS + tail;
        try (ParticipantReader reader = JSON.openParticipants(file(json))) {
            assertThat(reader.next().getId()).isEqualTo("p1");
            assertThat(reader.next().getId()).isEqualTo("p2");
            JsonProblem problem = catchProblem(reader).problems().get(0);
            assertThat(problem.messageKey()).isEqualTo("se.samverkan.json." + key);
            assertThat(problem.pointer()).isEqualTo(pointer);
            assertThat(problem.line()).isEqualTo(line);
        }
        assertThat(problemOf(() -> JSON.read(file(json)))).as("reading the whole text reports the same")
            .isEqualTo(problemOf(() -> drain(JSON.openParticipants(file(json)))));
    }

    @Test
    void participants_last_malformed_text_inside_the_array_is_reported_when_reached() throws Exception {
        String json = HEADER + "  \"participants\": [ { \"id\": \"p1\", \"gender\": \"WOMAN\" },\n"
            + "    { \"id\": \"p2\", } ] }";
        try (ParticipantReader reader = JSON.openParticipants(file(json))) {
            assertThat(reader.next().getId()).isEqualTo("p1");
            JsonProblem problem = catchProblem(reader).problems().get(0);
            assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.malformed");
            assertThat(problem.pointer()).isEqualTo("/participants/1/id");
            assertThat(problem.line()).isEqualTo(4);
        }
    }

    @Test
    void participants_last_the_streamed_length_limit_is_reported_when_reached() throws Exception {
        StringBuilder json = new StringBuilder(HEADER).append("  \"participants\": [\n");
        for (int i = 0; i < 1_000; i++) {
            json.append(i == 0 ? "" : ",\n").append("    { \"id\": \"p").append(i).append("\", \"gender\": \"MAN\" }");
        }
        json.append(" ] }");
        assertThat(json.length()).isGreaterThan(35_000);
        SamverkanJson bounded = SamverkanJson.create(JsonLimits.defaults().withMaxStreamedDocumentLength(30_000));
        try (ParticipantReader reader = bounded.openParticipants(file(json.toString()))) {
            assertThat(reader.header().getParties()).hasSize(1);
            assertThat(reader.next().getId()).isEqualTo("p0");
            JsonProblem problem = catchProblem(reader).problems().get(0);
            assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.limit.document-length");
            assertThat(problem.message(java.util.Locale.ENGLISH)).isEqualTo("The document is longer than 30000 characters.");
        }
    }

    @Test
    void participants_last_but_null_or_not_an_array() throws Exception {
        try (ParticipantReader reader = JSON.openParticipants(file(HEADER + "  \"participants\": null } x"))) {
            assertThat(catchProblem(reader).problems().get(0).messageKey()).isEqualTo("se.samverkan.json.trailing-content");
        }
        try (ParticipantReader reader = JSON.openParticipants(file(HEADER + "  \"participants\": null }"))) {
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
        assertThatThrownBy(() -> JSON.openParticipants(file(HEADER + "  \"participants\": {} } x")))
            .isInstanceOfSatisfying(SamverkanJsonException.class, e -> {
                assertThat(e.problems().get(0).messageKey()).isEqualTo("se.samverkan.json.wrong-type");
                assertThat(e.problems().get(0).pointer()).isEqualTo("/participants");
            });
    }

    @Test
    void participants_first_the_whole_text_is_checked_before_the_reader_is_returned() throws Exception {
        String json = "{\n" + TWO_PARTICIPANTS + ",\n" + HEADER.substring(2, HEADER.length() - 2) + " }";
        try (ParticipantReader reader = JSON.openParticipants(file(json))) {
            assertThat(reader.header()).isEqualTo(SamverkanDocument.builder().from(JSON.read(json))
                .participants(List.of()).build());
            assertThat(reader.header().getParties()).hasSize(1);
            assertThat(reader.stream().map(Participant::getId).collect(Collectors.toList())).containsExactly("p1", "p2");
        }
        assertThatThrownBy(() -> JSON.openParticipants(file(json + " x")))
            .isInstanceOfSatisfying(SamverkanJsonException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("se.samverkan.json.trailing-content"));
    }

    @Test
    void participants_last_without_every_other_root_property_the_whole_text_is_checked_first() throws Exception {
        String withoutAssociations = HEADER.replace(" \"associations\": [],", "") + TWO_PARTICIPANTS + " }";
        try (ParticipantReader reader = JSON.openParticipants(file(withoutAssociations))) {
            assertThat(reader.header().getParties()).hasSize(1);
            assertThat(reader.stream().count()).isEqualTo(2);
        }
        assertThatThrownBy(() -> JSON.openParticipants(file(withoutAssociations + " x")))
            .isInstanceOfSatisfying(SamverkanJsonException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("se.samverkan.json.trailing-content"));
    }

    @Test
    void a_document_the_library_wrote_streams_in_one_pass() throws Exception {
        SamverkanDocument document = SeedDocuments.gemensammaTagetVuxna(25, 5);
        String written = JSON.write(document);
        assertThat(written.indexOf("\"participants\"")).as("written last")
            .isGreaterThan(written.indexOf("\"projects\""));
        Path file = file(written.strip() + " trailing");
        try (ParticipantReader reader = JSON.openParticipants(file)) {
            for (Participant expected : document.getParticipants()) {
                assertThat(reader.next()).isEqualTo(expected);
            }
            assertThat(catchProblem(reader).problems().get(0).messageKey())
                .isEqualTo("se.samverkan.json.trailing-content");
        }
    }

    @Test
    void closing_early_in_one_pass_stops_reading() throws Exception {
        try (ParticipantReader reader = JSON.openParticipants(file(HEADER + TWO_PARTICIPANTS + " } x"))) {
            assertThat(reader.next().getId()).isEqualTo("p1");
            reader.close();
            assertThat(reader.hasNext()).isFalse();
        }
    }

    // ------------------------------------------------------------------ helpers

    private Path file(String json) throws java.io.IOException {
        return Files.writeString(Files.createTempFile(dir, "streamed", ".json"), json);
    }

    /** The problem {@code hasNext()} reports once the participants before it have been taken. */
    private static SamverkanJsonException catchProblem(ParticipantReader reader) {
        try {
            while (reader.hasNext()) {
                reader.next();
            }
        } catch (SamverkanJsonException e) {
            return e;
        }
        throw new AssertionError("iteration ended without a problem");
    }

    private static void drain(ParticipantReader reader) {
        try (reader) {
            reader.forEachRemaining(p -> { });
        }
    }

    private static JsonProblem problemOf(Reading reading) {
        try {
            reading.run();
        } catch (SamverkanJsonException e) {
            return e.problems().get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("accepted");
    }

    @FunctionalInterface
    private interface Reading {
        void run() throws java.io.IOException;
    }
}

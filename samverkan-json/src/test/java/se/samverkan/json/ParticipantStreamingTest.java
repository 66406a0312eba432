package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.testing.SeedDocuments;

/** Participants are consumed one at a time, with the rest of the document available first (docs/format.md). */
class ParticipantStreamingTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    @TempDir
    Path dir;

    @Test
    void every_participant_is_streamed_in_order_with_the_rest_of_the_document_first() throws Exception {
        SamverkanDocument document = SeedDocuments.gemensammaTagetVuxna(120, 7);
        Path file = dir.resolve("gt.json");
        JSON.write(document, file);

        List<Participant> streamed = new ArrayList<>();
        try (ParticipantReader reader = JSON.openParticipants(file)) {
            assertThat(reader.header()).isEqualTo(
                SamverkanDocument.builder().from(document).participants(List.of()).build());
            reader.forEachRemaining(streamed::add);
        }
        assertThat(streamed).hasSize(120).isEqualTo(document.getParticipants());
    }

    @Test
    void the_header_is_complete_when_participants_come_first() throws Exception {
        String json = "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"WOMAN\" },\n"
            + "                     { \"id\": \"p2\", \"gender\": \"MAN\" } ],\n"
            + "  \"parties\": [ { \"id\": \"fk\", \"name\": \"Försäkringskassan\", \"type\": \"SOCIAL_INSURANCE_AGENCY\" } ],\n"
            + "  \"schemaVersion\": \"1\" }";
        Path file = Files.writeString(dir.resolve("order.json"), json);
        try (ParticipantReader reader = JSON.openParticipants(file)) {
            assertThat(reader.header().getParties()).extracting(p -> p.getId()).containsExactly("fk");
            assertThat(reader.header().getParticipants()).isEmpty();
            assertThat(reader.stream().map(Participant::getId).collect(Collectors.toList()))
                .containsExactly("p1", "p2");
        }
    }

    @Test
    void a_stream_of_bytes_can_be_streamed_whatever_the_order() throws Exception {
        SamverkanDocument document = SeedDocuments.gemensammaTagetVuxna(30, 3);
        byte[] bytes = JSON.write(document).getBytes(StandardCharsets.UTF_8);
        try (ParticipantReader reader = JSON.openParticipants(new ByteArrayInputStream(bytes))) {
            assertThat(reader.header().getProjects()).isEqualTo(document.getProjects());
            assertThat(reader.stream().count()).isEqualTo(30);
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void a_document_without_participants_yields_none() throws Exception {
        Path file = Files.writeString(dir.resolve("none.json"), "{ \"schemaVersion\": \"1\" }");
        try (ParticipantReader reader = JSON.openParticipants(file)) {
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.header().getSchemaVersion()).isEqualTo("1");
        }
    }

    @Test
    void a_bad_participant_is_reported_when_reached_with_its_place() throws Exception {
        String json = "{ \"participants\": [\n"
            + "  { \"id\": \"p1\", \"gender\": \"WOMAN\" },\n"
            + "  { \"id\": \"p2\", \"gender\": \"MALE\" } ] }";
        Path file = Files.writeString(dir.resolve("bad.json"), json);
        try (ParticipantReader reader = JSON.openParticipants(file)) {
            assertThat(reader.next().getId()).isEqualTo("p1");
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(SamverkanJsonException.class, e -> {
                JsonProblem problem = e.problems().get(0);
                assertThat(problem.pointer()).isEqualTo("/participants/1/gender");
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.column()).isEqualTo(json.lines().skip(2).findFirst().orElseThrow().indexOf("\"MALE\"") + 1);
                assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.unknown-enum");
                assertThat(problem.message(Locale.ENGLISH)).startsWith("Unknown value \"MALE\"; allowed values: WOMAN");
            });
        }
    }

    @Test
    void malformed_text_anywhere_is_reported_when_opening() throws Exception {
        String json = "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"WOMAN\" },\n  { \"id\": \"p2\", } ] }";
        Path file = Files.writeString(dir.resolve("syntax.json"), json);
        assertThatThrownBy(() -> JSON.openParticipants(file))
            .isInstanceOfSatisfying(SamverkanJsonException.class, e -> {
                assertThat(e.problems().get(0).messageKey()).isEqualTo("se.samverkan.json.malformed");
                assertThat(e.problems().get(0).pointer()).isEqualTo("/participants/1/id");
                assertThat(e.problems().get(0).line()).isEqualTo(2);
            });
    }

    @Test
    void trailing_content_and_duplicate_keys_are_reported_when_opening() throws Exception {
        Path trailing = Files.writeString(dir.resolve("t.json"), "{ \"participants\": [] } []");
        Path duplicate = Files.writeString(dir.resolve("d.json"),
            "{ \"participants\": [ { \"id\": \"p1\", \"id\": \"p2\", \"gender\": \"MAN\" } ] }");
        assertThatThrownBy(() -> JSON.openParticipants(trailing)).isInstanceOfSatisfying(SamverkanJsonException.class,
            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("se.samverkan.json.trailing-content"));
        assertThatThrownBy(() -> JSON.openParticipants(duplicate)).isInstanceOfSatisfying(SamverkanJsonException.class,
            e -> assertThat(e.problems().get(0).pointer()).isEqualTo("/participants/0/id"));
    }
}

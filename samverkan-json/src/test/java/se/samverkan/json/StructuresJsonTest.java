package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupLevel;
import se.samverkan.model.structure.GroupMember;
import se.samverkan.model.structure.ImmutableConvener;
import se.samverkan.model.structure.Meeting;
import se.samverkan.model.structure.MemberRole;

/**
 * The {@code structures} root array: written between {@code projects} and {@code participants} with its
 * keys in the documented order, read back to the same groups, read as strictly as every other part (each
 * problem located), and streamed past by the participant reader in one pass and in two.
 */
class StructuresJsonTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    @TempDir
    Path dir;

    /** A Mysam with every property given; the second convener runs until further notice. */
    static CooperationGroup mysam() {
        return CooperationGroup.builder().id("mysam-gavle").name("Mysam Gävle").level(GroupLevel.FIRST_LINE_MANAGERS)
            .association("sf-gavleborg").addArea("gavle").reportsTo("lansledning")
            .addMembers(GroupMember.builder().party("gavle").role(MemberRole.MEMBER).note("IFO/HO/AME").build())
            .addMembers(GroupMember.builder().party("sf-gavleborg").role(MemberRole.GUEST).build())
            .addConveners(ImmutableConvener.builder().party("fk")
                .period(ConvenerPeriod.builder().start(LocalDate.of(2016, 5, 23)).end(LocalDate.of(2017, 6, 30)).build())
                .financedBy("sammankallande").build())
            .addConveners(ImmutableConvener.builder().party("gavle")
                .period(ConvenerPeriod.builder().start(LocalDate.of(2017, 7, 1)).build()).build())
            .meetingsPerYear(4).decided(LocalDate.of(2016, 5, 20)).validFrom(LocalDate.of(2016, 5, 23))
            .validTo(LocalDate.of(2030, 12, 31)).reviewsPerYear(2).addStandingItems("Behövs SIP / gemensam kartläggning?")
            .addMeetings(Meeting.builder().date(LocalDate.of(2016, 9, 14)).addAttending("gavle", "af").build())
            .build();
    }

    @Test
    void a_group_round_trips_with_keys_in_the_documented_order() {
        SamverkanDocument document = SamverkanDocument.builder().addStructures(mysam()).build();
        String text = JSON.write(document);
        assertThat(JSON.read(text)).isEqualTo(document);
        assertThat(text.indexOf("\"structures\"")).isGreaterThan(text.indexOf("\"projects\""))
            .isLessThan(text.indexOf("\"participants\""));
        List<String> keys = List.of("\"id\"", "\"name\"", "\"level\"", "\"association\"", "\"area\"", "\"reportsTo\"",
            "\"members\"", "\"conveners\"", "\"meetingsPerYear\"", "\"decided\"", "\"validFrom\"", "\"validTo\"",
            "\"reviewsPerYear\"", "\"standingItems\"", "\"meetings\"");
        String group = text.substring(text.indexOf("\"structures\""));
        for (int i = 1; i < keys.size(); i++) {
            assertThat(group.indexOf(keys.get(i))).as(keys.get(i)).isGreaterThan(group.indexOf(keys.get(i - 1)));
        }
        // The open-ended convener period is written without an end; the closed one with both dates.
        assertThat(group).contains("\"start\" : \"2017-07-01\"\n").doesNotContain("\"end\" : null");
    }

    @Test
    void an_absent_or_null_optional_is_not_given_and_absent_arrays_are_empty() {
        String json = "{ \"structures\": [ { \"id\": \"g\", \"name\": \"Trisam\", \"level\": \"CASE_OFFICERS\","
            + " \"meetingsPerYear\": 0, \"reportsTo\": null, \"validTo\": null,"
            + " \"conveners\": [ { \"party\": \"fk\", \"period\": { \"start\": \"2016-05-23\", \"end\": null } } ] } ] }";
        CooperationGroup group = JSON.read(json).getStructures().get(0);
        assertThat(group.getReportsTo()).isEmpty();
        assertThat(group.getValidTo()).isEmpty();
        assertThat(group.getMembers()).isEmpty();
        assertThat(group.getConveners().get(0).getPeriod().getEnd()).isEmpty();
    }

    @Test
    void an_unknown_property_of_a_group_is_located() {
        String json = "{ \"structures\": [\n  { \"id\": \"g\", \"name\": \"Mysam\", \"level\": \"OTHER\",\n"
            + "    \"meetingsPerYear\": 4, \"meetngs\": [] } ] }";
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.unknown-property");
        assertThat(problem.pointer()).isEqualTo("/structures/0/meetngs");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(json.lines().skip(2).findFirst().orElseThrow().indexOf("[]") + 1);
        assertThat(problem.message(Locale.ENGLISH)).contains("meetings").contains("reportsTo").contains("standingItems");
    }

    @Test
    void a_wrong_type_in_a_meeting_is_located() {
        String json = "{ \"structures\": [ { \"id\": \"g\", \"name\": \"Mysam\", \"level\": \"OTHER\",\n"
            + "  \"meetingsPerYear\": \"4\" } ] }";
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.wrong-type");
        assertThat(problem.pointer()).isEqualTo("/structures/0/meetingsPerYear");
        assertThat(problem.line()).isEqualTo(2);

        String attending = "{ \"structures\": [ { \"id\": \"g\", \"name\": \"Mysam\", \"level\": \"OTHER\","
            + " \"meetingsPerYear\": 4,\n  \"meetings\": [ { \"date\": \"2017-01-01\", \"attending\": \"fk\" } ] } ] }";
        JsonProblem notAList = problemOf(attending);
        assertThat(notAList.messageKey()).isEqualTo("se.samverkan.json.wrong-type");
        assertThat(notAList.pointer()).isEqualTo("/structures/0/meetings/0/attending");
    }

    @Test
    void an_unknown_level_or_role_is_located_and_lists_the_codes() {
        String level = "{ \"structures\": [ { \"id\": \"g\", \"name\": \"Mysam\", \"level\": \"MYSAM\","
            + " \"meetingsPerYear\": 4 } ] }";
        JsonProblem problem = problemOf(level);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.unknown-enum");
        assertThat(problem.pointer()).isEqualTo("/structures/0/level");
        assertThat(problem.message(Locale.ENGLISH)).contains("COUNTY_LEADERSHIP").contains("FIRST_LINE_MANAGERS")
            .contains("CASE_OFFICERS");

        String role = "{ \"structures\": [ { \"id\": \"g\", \"name\": \"Mysam\", \"level\": \"OTHER\","
            + " \"meetingsPerYear\": 4, \"members\": [ { \"party\": \"fk\", \"role\": \"CHAIR\" } ] } ] }";
        JsonProblem unknownRole = problemOf(role);
        assertThat(unknownRole.pointer()).isEqualTo("/structures/0/members/0/role");
        assertThat(unknownRole.message(Locale.ENGLISH)).contains("MEMBER").contains("ADJUNCT").contains("GUEST");
    }

    @Test
    void only_a_convener_period_may_be_open_ended() {
        String json = "{ \"projects\": [ { \"id\": \"p\", \"name\": \"P\", \"kind\": \"PROCESS\","
            + " \"orientation\": \"STRUCTURAL\", \"measurement\": \"COUNT_ONLY\", \"owner\": \"fk\","
            + " \"period\": { \"start\": \"2016-05-23\" },"
            + " \"targetGroup\": { \"description\": \"d\", \"ageRange\": { \"min\": 16, \"max\": 64 } } } ] }";
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.required-missing");
        assertThat(problem.pointer()).isEqualTo("/projects/0/period");
    }

    @Test
    void a_convener_without_a_period_or_a_group_without_a_cadence_is_incomplete() {
        String json = "{ \"structures\": [ { \"id\": \"g\", \"name\": \"Mysam\", \"level\": \"OTHER\" } ] }";
        assertThat(problemOf(json).messageKey()).isEqualTo("se.samverkan.json.required-missing");
        String convener = "{ \"structures\": [ { \"id\": \"g\", \"name\": \"Mysam\", \"level\": \"OTHER\","
            + " \"meetingsPerYear\": 4, \"conveners\": [ { \"party\": \"fk\" } ] } ] }";
        JsonProblem problem = problemOf(convener);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.required-missing");
        assertThat(problem.pointer()).isEqualTo("/structures/0/conveners/0");
    }

    @Test
    void structures_before_the_participants_stream_in_one_pass() throws Exception {
        String json = "{ \"schemaVersion\": \"1\", \"parties\": [], \"associations\": [], \"projects\": [],\n"
            + "  \"structures\": [ { \"id\": \"g\", \"name\": \"Mysam\", \"level\": \"OTHER\", \"meetingsPerYear\": 4 } ],\n"
            + "  \"participants\": [ { \"id\": \"p1\", \"gender\": \"WOMAN\" },\n"
            + "    { \"id\": \"p2\", \"gender\": \"MALE\" } ] }";
        try (ParticipantReader reader = JSON.openParticipants(file(json))) {
            assertThat(reader.header().getStructures()).extracting(CooperationGroup::getId).containsExactly("g");
            assertThat(reader.next().getId()).as("returned before the bad one is reached").isEqualTo("p1");
            assertThatThrownBy(reader::hasNext).isInstanceOfSatisfying(SamverkanJsonException.class,
                e -> assertThat(e.problems().get(0).pointer()).isEqualTo("/participants/1/gender"));
        }
    }

    @Test
    void structures_after_the_participants_or_absent_are_read_in_two_passes() throws Exception {
        String after = "{ \"schemaVersion\": \"1\", \"parties\": [], \"associations\": [], \"projects\": [],\n"
            + "  \"participants\": [ { \"id\": \"p1\", \"gender\": \"WOMAN\" } ],\n"
            + "  \"structures\": [ { \"id\": \"g\", \"name\": \"Mysam\", \"level\": \"OTHER\", \"meetingsPerYear\": 4 } ] }";
        try (ParticipantReader reader = JSON.openParticipants(file(after))) {
            assertThat(reader.header().getStructures()).extracting(CooperationGroup::getId).containsExactly("g");
            assertThat(reader.stream().map(p -> p.getId())).containsExactly("p1");
        }
        String absent = "{ \"schemaVersion\": \"1\", \"parties\": [], \"associations\": [], \"projects\": [],\n"
            + "  \"participants\": [ { \"id\": \"p1\", \"gender\": \"WOMAN\" }, { \"id\": \"p2\", } ] }";
        assertThatThrownBy(() -> JSON.openParticipants(file(absent)))
            .as("without structures before the participants the whole text is checked before the reader is returned")
            .isInstanceOfSatisfying(SamverkanJsonException.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("se.samverkan.json.malformed"));
    }

    private Path file(String json) throws java.io.IOException {
        return Files.writeString(Files.createTempFile(dir, "structures", ".json"), json);
    }

    private static JsonProblem problemOf(String json) {
        try {
            JSON.read(json);
        } catch (SamverkanJsonException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("accepted: " + json);
    }
}

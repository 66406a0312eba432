package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.party.PartyType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A participant (<i>deltagare</i>) and its participations (<i>deltaganden</i>) in JSON (docs/format.md): each
 * property refuses a value of the wrong type, JSON {@code null} where a value is required, an unknown code
 * and a repeated key, with the problem placed at the value (pointer, line and column) whether the text is
 * read whole from a string or a file or streamed; {@code null} elsewhere means "not given".
 */
class ParticipantFormatTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    /** The participant under test is the second one; its property under test stands alone on line 4. */
    private static final String PARTICIPANT_HEAD =
        "{ \"schemaVersion\": \"1\",\n  \"participants\": [ { \"id\": \"p0\", \"gender\": \"MAN\" },\n    {\n";

    /** The participation under test is the second one of p1; its property under test stands alone on line 6. */
    private static final String PARTICIPATION_HEAD = PARTICIPANT_HEAD.replace("    {\n",
        "    { \"id\": \"p1\", \"gender\": \"WOMAN\", \"birthYear\": 1980,\n")
        + "      \"participations\": [ { \"project\": \"gt\", \"start\": \"2008-01-01\" },\n        {\n";

    @TempDir
    Path dir;

    static Stream<Arguments> participantRefusals() {
        return Stream.of(
            refused("id", "null", "null-not-allowed", "The value must not be null here."),
            refused("id", "17", "wrong-type", "Wrong type: a string expected here, but found an integer."),
            refused("id", "true", "wrong-type", "Wrong type: a string expected here, but found true or false."),
            refused("id", "[\"p1\"]", "wrong-type", "Wrong type: a string expected here, but found an array."),
            refused("id", "{ \"id\": \"p1\" }", "wrong-type", "Wrong type: a string expected here, but found an object."),
            refused("anonymous", "\"true\"", "wrong-type", "Wrong type: true or false expected here, but found a string."),
            refused("anonymous", "1", "wrong-type", "Wrong type: true or false expected here, but found an integer."),
            refused("anonymous", "[]", "wrong-type", "Wrong type: true or false expected here, but found an array."),
            refused("gender", "null", "null-not-allowed", "The value must not be null here."),
            refused("gender", "\"FEMALE\"", "unknown-enum",
                "Unknown value \"FEMALE\"; allowed values: WOMAN, MAN, NON_BINARY, UNSPECIFIED."),
            refused("gender", "\"\"", "unknown-enum",
                "Unknown value \"\"; allowed values: WOMAN, MAN, NON_BINARY, UNSPECIFIED."),
            refused("gender", "\" MAN \"", "unknown-enum",
                "Unknown value \" MAN \"; allowed values: WOMAN, MAN, NON_BINARY, UNSPECIFIED."),
            refused("gender", "\"man\"", "unknown-enum",
                "Unknown value \"man\"; allowed values: WOMAN, MAN, NON_BINARY, UNSPECIFIED."),
            refused("gender", "1", "wrong-type", "Wrong type: a code string expected here, but found an integer."),
            refused("gender", "{}", "wrong-type", "Wrong type: a code string expected here, but found an object."),
            refused("birthYear", "\"1975\"", "wrong-type", "Wrong type: an integer expected here, but found a string."),
            refused("birthYear", "1975.0", "wrong-type",
                "Wrong type: an integer expected here, but found a decimal number."),
            refused("birthYear", "19750000000", "integer-out-of-range", "The integer is too large or too small."),
            refused("birthYear", "[1975]", "wrong-type", "Wrong type: an integer expected here, but found an array."),
            refused("educationLevel", "\"PHD\"", "unknown-enum", "Unknown value \"PHD\"; allowed values: "
                + "PRIMARY_UNDER_9_YEARS, PRIMARY_9_YEARS, UPPER_SECONDARY, POST_SECONDARY_UNDER_3_YEARS, "
                + "POST_SECONDARY_3_YEARS_OR_MORE, UNKNOWN."),
            refused("educationLevel", "2", "wrong-type", "Wrong type: a code string expected here, but found an integer."),
            refused("participations", "{}", "wrong-type", "Wrong type: an array expected here, but found an object."),
            refused("participations", "\"gt\"", "wrong-type", "Wrong type: an array expected here, but found a string."),
            refused("counted", "true", "unknown-property", "Unknown property \"counted\"; allowed properties: "
                + "anonymous, birthYear, educationLevel, gender, id, participations."));
    }

    @ParameterizedTest(name = "\"{0}\": {1} is {2}")
    @MethodSource("participantRefusals")
    void a_participant_property_refuses_the_value_at_its_place(String property, String value, String key,
            String english) {
        String json = PARTICIPANT_HEAD + "      \"" + property + "\": " + value + ",\n"
            + required(property, "\"id\": \"p1\"", "\"gender\": \"WOMAN\"") + " } ] }";
        JsonProblem problem = problemEverywhere(json);
        assertThat(problem.pointer()).isEqualTo("/participants/1/" + property);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json." + key);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(10 + property.length() + 1);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo(english);
        assertThat(problem.message()).doesNotContain("jackson", "Exception").isNotEqualTo(english);
    }

    static Stream<Arguments> participationRefusals() {
        return Stream.of(
            refused("project", "null", "null-not-allowed", "The value must not be null here."),
            refused("project", "3", "wrong-type", "Wrong type: a string expected here, but found an integer."),
            refused("start", "null", "null-not-allowed", "The value must not be null here."),
            refused("start", "14000", "wrong-type",
                "Wrong type: a date string (YYYY-MM-DD) expected here, but found an integer."),
            refused("start", "\"2009-02-29\"", "nonexistent-date", "The day does not exist in that month "
                + "(like 30 February or 31 April); write a date that exists, YYYY-MM-DD, for example \"2008-03-31\"."),
            refused("end", "\"2009-6-1\"", "invalid-date", "Invalid date; write YYYY-MM-DD, for example \"2008-03-31\"."),
            refused("end", "[]", "wrong-type", "Wrong type: a date string (YYYY-MM-DD) expected here, but found an array."),
            refused("cohort", "1.5", "wrong-type", "Wrong type: a string expected here, but found a decimal number."),
            refused("authorityContacts", "\"REGION\"", "wrong-type",
                "Wrong type: an array expected here, but found a string."),
            refused("incomeAtStart", "{}", "wrong-type", "Wrong type: an array expected here, but found an object."),
            refused("incomeAtEnd", "true", "wrong-type", "Wrong type: an array expected here, but found true or false."),
            refused("exitOutcome", "\"WORK\"", "unknown-enum", "Unknown value \"WORK\"; allowed values: EMPLOYMENT, "
                + "SUBSIDISED_EMPLOYMENT, STUDIES, JOB_SEEKING, OTHER_SUPPORT, HEALTH_CARE, DISCONTINUED, MOVED, OTHER, "
                + "ERRONEOUS_REGISTRATION."),
            refused("exitOutcome", "[\"MOVED\"]", "wrong-type",
                "Wrong type: a code string expected here, but found an array."),
            refused("survey", "[]", "wrong-type", "Wrong type: an object expected here, but found an array."),
            refused("survey", "7", "wrong-type", "Wrong type: an object expected here, but found an integer."),
            refused("reenrolmentReason", "false", "wrong-type",
                "Wrong type: a string expected here, but found true or false."),
            refused("isCounted", "true", "unknown-property", "Unknown property \"isCounted\"; allowed properties: "
                + "authorityContacts, cohort, end, exitOutcome, incomeAtEnd, incomeAtStart, project, reenrolmentReason, "
                + "start, survey."));
    }

    @ParameterizedTest(name = "\"{0}\": {1} is {2}")
    @MethodSource("participationRefusals")
    void a_participation_property_refuses_the_value_at_its_place(String property, String value, String key,
            String english) {
        String json = PARTICIPATION_HEAD + "          \"" + property + "\": " + value + ",\n"
            + required(property, "\"project\": \"gt\"", "\"start\": \"2009-01-01\"") + " } ] } ] }";
        JsonProblem problem = problemEverywhere(json);
        assertThat(problem.pointer()).isEqualTo("/participants/1/participations/1/" + property);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json." + key);
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.column()).isEqualTo(14 + property.length() + 1);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo(english);
    }

    static Stream<Arguments> elementRefusals() {
        return Stream.of(
            refused("authorityContacts", "[\"REGION\", null]", "null-not-allowed", "The value must not be null here."),
            refused("authorityContacts", "[\"REGION\", \"REGION \"]", "unknown-enum", "Unknown value \"REGION \"; allowed values: "
                + "SOCIAL_INSURANCE_AGENCY, PUBLIC_EMPLOYMENT_SERVICE, REGION, MUNICIPALITY, COORDINATION_ASSOCIATION, "
                + "EU_FUND, OTHER_PUBLIC, PRIVATE, NON_PROFIT."),
            refused("authorityContacts", "[\"REGION\", \"FK\"]", "unknown-enum", "Unknown value \"FK\"; allowed values: "
                + "SOCIAL_INSURANCE_AGENCY, PUBLIC_EMPLOYMENT_SERVICE, REGION, MUNICIPALITY, COORDINATION_ASSOCIATION, "
                + "EU_FUND, OTHER_PUBLIC, PRIVATE, NON_PROFIT."),
            refused("incomeAtStart", "[\"OTHER\", null]", "null-not-allowed", "The value must not be null here."),
            refused("incomeAtStart", "[\"OTHER\", 4]", "wrong-type",
                "Wrong type: a code string expected here, but found an integer."),
            refused("incomeAtEnd", "[\"OTHER\", null]", "null-not-allowed", "The value must not be null here."),
            refused("incomeAtEnd", "[\"OTHER\", \"SALARY\"]", "unknown-enum", "Unknown value \"SALARY\"; allowed values: "
                + "EMPLOYMENT, SUBSIDISED_EMPLOYMENT, STUDENT_FINANCE, SICKNESS_BENEFIT, ACTIVITY_COMPENSATION, "
                + "SICKNESS_COMPENSATION, UNEMPLOYMENT_INSURANCE, ACTIVITY_SUPPORT, ESTABLISHMENT_BENEFIT, "
                + "SOCIAL_ASSISTANCE, NO_INCOME, OTHER."));
    }

    @ParameterizedTest(name = "\"{0}\": {1} is {2}")
    @MethodSource("elementRefusals")
    void a_code_set_refuses_the_second_element_at_its_place(String property, String value, String key,
            String english) {
        String json = PARTICIPATION_HEAD + "          \"" + property + "\": " + value + ",\n"
            + required(property, "\"project\": \"gt\"", "\"start\": \"2009-01-01\"") + " } ] } ] }";
        JsonProblem problem = problemEverywhere(json);
        assertThat(problem.pointer()).isEqualTo("/participants/1/participations/1/" + property + "/1");
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json." + key);
        assertThat(problem.line()).isEqualTo(6);
        String line = json.lines().skip(5).findFirst().orElseThrow();
        assertThat(problem.column()).isEqualTo(line.indexOf(", ") + 3);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo(english);
    }

    static Stream<Arguments> surveyRefusals() {
        return Stream.of(
            refused("q2", "null", "null-not-allowed", "The value must not be null here."),
            refused("q2", "\"4\"", "wrong-type", "Wrong type: an integer expected here, but found a string."),
            refused("q2", "4.0", "wrong-type", "Wrong type: an integer expected here, but found a decimal number."),
            refused("q2", "{}", "wrong-type", "Wrong type: an integer expected here, but found an object."),
            refused("q2", "40000000000", "integer-out-of-range", "The integer is too large or too small."));
    }

    @ParameterizedTest(name = "\"{0}\": {1} is {2}")
    @MethodSource("surveyRefusals")
    void a_survey_answer_must_be_an_integer(String question, String value, String key, String english) {
        String json = PARTICIPATION_HEAD + "          \"survey\": { \"q1\": 4, \"" + question + "\": " + value
            + " },\n          \"project\": \"gt\", \"start\": \"2009-01-01\" } ] } ] }";
        JsonProblem problem = problemEverywhere(json);
        assertThat(problem.pointer()).isEqualTo("/participants/1/participations/1/survey/" + question);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json." + key);
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.column()).isEqualTo(json.lines().skip(5).findFirst().orElseThrow().indexOf(value) + 1);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo(english);
    }

    static Stream<String> participantProperties() {
        return Stream.of("id", "anonymous", "gender", "birthYear", "educationLevel", "participations");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("participantProperties")
    void a_repeated_participant_property_is_a_duplicate(String property) {
        String value = Map.of("id", "\"p1\"", "anonymous", "false", "gender", "\"WOMAN\"", "birthYear", "1980",
            "educationLevel", "\"UNKNOWN\"", "participations", "[]").get(property);
        String json = PARTICIPANT_HEAD + "      \"id\": \"p1\", \"anonymous\": true, \"gender\": \"WOMAN\", \"birthYear\": 1980,\n"
            + "      \"educationLevel\": \"PRIMARY_9_YEARS\", \"participations\": [],\n"
            + "      \"" + property + "\": " + value + " } ] }";
        JsonProblem problem = problemEverywhere(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.duplicate-property");
        assertThat(problem.pointer()).isEqualTo("/participants/1/" + property);
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("The property \"" + property + "\" occurs more than once.");
    }

    static Stream<String> participationProperties() {
        return Stream.of("project", "start", "end", "cohort", "authorityContacts", "incomeAtStart", "incomeAtEnd",
            "exitOutcome", "survey", "reenrolmentReason");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("participationProperties")
    void a_repeated_participation_property_is_a_duplicate(String property) {
        String full = "\"end\": \"2009-06-30\", \"authorityContacts\": [], \"incomeAtStart\": [], \"incomeAtEnd\": [],"
            + " \"exitOutcome\": \"MOVED\", \"survey\": {}, \"reenrolmentReason\": \"flytt\",\n";
        String value = property.equals("project") || property.equals("cohort") ? "\"gt\""
            : property.startsWith("s") || property.equals("end") ? (property.equals("survey") ? "{}" : "\"2009-01-01\"")
            : property.equals("exitOutcome") ? "\"MOVED\"" : property.equals("reenrolmentReason") ? "\"x\"" : "[]";
        String json = PARTICIPATION_HEAD + "          \"project\": \"gt\", \"start\": \"2009-01-01\", \"cohort\": \"k1\",\n"
            + "          " + full + "          \"" + property + "\": " + value + " } ] } ] }";
        JsonProblem problem = problemEverywhere(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.duplicate-property");
        assertThat(problem.pointer()).isEqualTo("/participants/1/participations/1/" + property);
        assertThat(problem.line()).isEqualTo(8);
    }

    @Test
    void a_repeated_survey_question_is_a_duplicate() {
        String json = PARTICIPATION_HEAD + "          \"project\": \"gt\", \"start\": \"2009-01-01\", \"survey\": { \"q1\": 4,\n"
            + "            \"q1\": 5 } } ] } ] }";
        JsonProblem problem = problemEverywhere(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.duplicate-property");
        assertThat(problem.pointer()).isEqualTo("/participants/1/participations/1/survey/q1");
        assertThat(problem.line()).isEqualTo(7);
    }

    @Test
    void a_participation_that_is_null_or_not_an_object_is_refused_at_its_place() {
        for (String[] c : new String[][] {{"null", "null-not-allowed"}, {"\"gt\"", "wrong-type"}, {"[]", "wrong-type"}}) {
            String json = PARTICIPANT_HEAD + "      \"id\": \"p1\", \"gender\": \"WOMAN\",\n"
                + "      \"participations\": [ { \"project\": \"gt\", \"start\": \"2008-01-01\" },\n"
                + "        " + c[0] + " ] } ] }";
            JsonProblem problem = problemEverywhere(json);
            assertThat(problem.messageKey()).as(c[0]).isEqualTo("se.samverkan.json." + c[1]);
            assertThat(problem.pointer()).isEqualTo("/participants/1/participations/1");
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.column()).isEqualTo(9);
        }
    }

    @Test
    void a_participant_that_is_not_an_object_is_refused_at_its_place() {
        String json = "{ \"participants\": [ { \"id\": \"p0\", \"gender\": \"MAN\" },\n  [ \"p1\" ] ] }";
        JsonProblem problem = problemEverywhere(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.wrong-type");
        assertThat(problem.pointer()).isEqualTo("/participants/1");
        assertThat(problem.column()).isEqualTo(3);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("Wrong type: an object expected here, but found an array.");
    }

    @Test
    void missing_required_properties_are_named_at_the_closing_brace() {
        for (String[] c : new String[][] {
            {"{ \"id\": \"p1\" }", "/participants/0", "Required property missing in Participant (deltagare): gender (the person's gender)."},
            {"{ \"gender\": \"MAN\" }", "/participants/0", "Required property missing in Participant (deltagare): id (a pseudonym)."},
            {"{ \"anonymous\": true }", "/participants/0", "Required properties missing in Participant (deltagare): id (a pseudonym), "
                + "gender (the person's gender)."},
            {"{ \"id\": \"p1\", \"gender\": \"MAN\", \"participations\": [ { \"project\": \"gt\" } ] }",
                "/participants/0/participations/0", "Required property missing in Participation (deltagande): start (the first day)."},
            {"{ \"id\": \"p1\", \"gender\": \"MAN\", \"participations\": [ { \"start\": \"2008-01-01\" } ] }",
                "/participants/0/participations/0", "Required property missing in Participation (deltagande): project (the id of the intervention)."},
            {"{ \"id\": \"p1\", \"gender\": \"MAN\", \"participations\": [ { \"cohort\": \"k\" } ] }",
                "/participants/0/participations/0", "Required properties missing in Participation (deltagande): "
                + "project (the id of the intervention), start (the first day)."}}) {
            String json = "{ \"participants\": [ " + c[0] + " ] }";
            JsonProblem problem = problemEverywhere(json);
            assertThat(problem.messageKey()).as(c[0]).isEqualTo("se.samverkan.json.required-missing");
            assertThat(problem.pointer()).as(c[0]).isEqualTo(c[1]);
            assertThat(problem.column()).as(c[0]).isEqualTo(json.indexOf(" }") + 2);
            assertThat(problem.message(Locale.ENGLISH)).isEqualTo(c[2]);
        }
    }

    @Test
    void null_for_an_optional_property_means_not_given() {
        String json = "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\", \"anonymous\": null, \"birthYear\": null,"
            + " \"educationLevel\": null, \"participations\": [ { \"project\": \"gt\", \"start\": \"2008-01-01\","
            + " \"end\": null, \"cohort\": null, \"authorityContacts\": null, \"incomeAtStart\": null, \"incomeAtEnd\": null,"
            + " \"exitOutcome\": null, \"survey\": null, \"reenrolmentReason\": null } ] } ] }";
        Participant read = JSON.read(json).getParticipants().get(0);
        assertThat(read).isEqualTo(Participant.builder().id("p1").gender(se.samverkan.model.participant.Gender.MAN)
            .addParticipations(Participation.builder().project("gt").start(LocalDate.of(2008, 1, 1)).build()).build());
    }

    @Test
    void every_property_is_read_into_the_model_and_code_sets_keep_each_code_once() {
        String json = "{ \"participants\": [ { \"id\": \"p1\", \"anonymous\": false, \"gender\": \"NON_BINARY\","
            + " \"birthYear\": 1990, \"educationLevel\": \"POST_SECONDARY_UNDER_3_YEARS\", \"participations\": [ { \"project\": \"gt\","
            + " \"start\": \"2008-01-01\", \"end\": \"2008-12-31\", \"cohort\": \"k2\","
            + " \"authorityContacts\": [\"REGION\", \"SOCIAL_INSURANCE_AGENCY\", \"REGION\"],"
            + " \"incomeAtStart\": [\"SICKNESS_BENEFIT\", \"SOCIAL_ASSISTANCE\"], \"incomeAtEnd\": [\"EMPLOYMENT\"],"
            + " \"exitOutcome\": \"EMPLOYMENT\", \"survey\": { \"q2\": 5, \"q1\": -1 }, \"reenrolmentReason\": \"ny plan\" },"
            + " { \"project\": \"gt2\", \"start\": \"2009-01-01\" } ] } ] }";
        Participant read = JSON.read(json).getParticipants().get(0);
        assertThat(read.getId()).isEqualTo("p1");
        assertThat(read.isAnonymous()).isFalse();
        assertThat(read.getBirthYear()).hasValue(1990);
        assertThat(read.getParticipations()).extracting(Participation::getProject).containsExactly("gt", "gt2");
        Participation first = read.getParticipations().get(0);
        assertThat(first.getEnd()).contains(LocalDate.of(2008, 12, 31));
        assertThat(first.getCohort()).contains("k2");
        assertThat(first.getAuthorityContacts()).isEqualTo(Set.of(PartyType.SOCIAL_INSURANCE_AGENCY, PartyType.REGION));
        assertThat(first.getIncomeAtStart()).containsExactly(IncomeSource.SICKNESS_BENEFIT, IncomeSource.SOCIAL_ASSISTANCE);
        assertThat(first.getIncomeAtEnd()).containsExactly(IncomeSource.EMPLOYMENT);
        assertThat(first.getExitOutcome()).contains(ExitOutcome.EMPLOYMENT);
        assertThat(first.getSurvey()).containsExactly(Map.entry("q2", 5), Map.entry("q1", -1));
        assertThat(first.getReenrolmentReason()).contains("ny plan");
        assertThat(JSON.read(JSON.write(JSON.read(json))).getParticipants()).containsExactly(read);
    }

    @Test
    void the_module_reads_participants_and_participations_through_databind_too() {
        JsonMapper mapper = JsonMapper.builder().addModule(new SamverkanModule()).build();
        Participation participation = mapper.readValue(
            "{ \"project\": \"gt\", \"start\": \"2008-01-01\", \"incomeAtStart\": [\"NO_INCOME\"] }", Participation.class);
        assertThat(participation).isEqualTo(Participation.builder().project("gt").start(LocalDate.of(2008, 1, 1))
            .addIncomeAtStart(IncomeSource.NO_INCOME).build());
        List<Participant> participants = mapper.readValue("[ { \"id\": \"p1\", \"gender\": \"WOMAN\" } ]",
            mapper.getTypeFactory().constructCollectionType(List.class, Participant.class));
        assertThat(participants).extracting(Participant::getId).containsExactly("p1");
    }

    // ------------------------------------------------------------------ helpers

    /** The required properties other than {@code property}, on one line. */
    private static String required(String property, String... properties) {
        StringBuilder line = new StringBuilder("      ");
        for (String p : properties) {
            if (!p.startsWith("\"" + property + "\"")) {
                line.append(line.length() > 6 ? ", " : "").append(p);
            }
        }
        return line.toString();
    }

    private static Arguments refused(String property, String value, String key, String english) {
        return Arguments.of(property, value, key, english);
    }

    /** The one problem of the text, the same whether read from a string, a file, a stream of bytes or streamed. */
    private JsonProblem problemEverywhere(String json) {
        JsonProblem fromString = problemOf(() -> JSON.read(json));
        try {
            Path file = Files.writeString(Files.createTempFile(dir, "participant", ".json"), json);
            assertThat(problemOf(() -> JSON.read(file))).as("from a file").isEqualTo(fromString);
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertThat(problemOf(() -> JSON.read(new ByteArrayInputStream(bytes)))).as("from bytes").isEqualTo(fromString);
            assertThat(problemOf(() -> {
                try (ParticipantReader reader = JSON.openParticipants(file)) {
                    reader.forEachRemaining(p -> { });
                }
            })).as("streamed").isEqualTo(fromString);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return fromString;
    }

    private static JsonProblem problemOf(Reading reading) {
        try {
            reading.run();
        } catch (SamverkanJsonException e) {
            assertThat(e.problems()).hasSize(1);
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

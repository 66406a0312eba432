package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A document with several values that do not fit the format gets every one of them reported at once, in
 * the order of the text, each once, with its id, pointer, line and column; reading stops only at text that
 * is not JSON any more, or after 100 problems. Every place below is counted by hand in the text shown.
 */
class EveryProblemTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    /** One line per value; the comments count the 1-based column of each bad value. */
    private static final String FOUR_BAD_VALUES = String.join("\n",
        "{",
        "  \"participants\": [",
        // "X" starts after 4 blanks + `{ "id": "p1", "gender": ` (24 characters): column 29.
        "    { \"id\": \"p1\", \"gender\": \"X\" },",
        // `"WOMAN", ` ends at column 37; `"birthYear": ` takes 13 more: "abc" starts at column 51.
        "    { \"id\": \"p2\", \"gender\": \"WOMAN\", \"birthYear\": \"abc\" },",
        // "Y" at column 29 as on line 3; `"Y", ` ends at 33, `"colour": ` at 43: "red" at column 44.
        "    { \"id\": \"p3\", \"gender\": \"Y\", \"colour\": \"red\" }",
        "  ]",
        "}");

    /** Lines 2 and 3 of a project with every required property but its period and target group. */
    private static final String PROJECT_START = String.join("\n",
        "  \"projects\": [ { \"id\": \"p\", \"name\": \"P\", \"kind\": \"PROJECT\", \"orientation\": \"INDIVIDUAL\",",
        "    \"measurement\": \"PERSON_LEVEL\", \"owner\": \"af\",");

    @Test
    void every_bad_value_is_reported_in_the_order_of_the_text() {
        List<JsonProblem> problems = problemsOf(FOUR_BAD_VALUES);
        assertThat(problems).extracting(JsonProblem::id, JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
            .containsExactly(
                tuple("UNKNOWN_CODE", "/participants/0/gender", 3, 29),
                tuple("WRONG_TYPE", "/participants/1/birthYear", 4, 51),
                tuple("UNKNOWN_CODE", "/participants/2/gender", 5, 29),
                tuple("UNKNOWN_PROPERTY", "/participants/2/colour", 5, 44));
        assertThat(problems.get(0).message(Locale.ENGLISH)).startsWith("Unknown value \"X\"; allowed values: ");
        assertThat(problems.get(1).message(Locale.ENGLISH))
            .isEqualTo("Wrong type: an integer expected here, but found a string.");
        assertThat(problems.get(1).message()).isEqualTo("Fel typ: här ska det stå ett heltal, men det står en text.");
        assertThat(problems.get(3).message(Locale.ENGLISH)).startsWith("Unknown property \"colour\"; allowed properties: ");
    }

    @Test
    void a_property_whose_value_failed_is_not_reported_missing_but_one_never_given_is() {
        String json = String.join("\n",
            "{",
            "  \"parties\": [",
            // `    { "id": "fk", "name": "FK", "type": ` is 4 + 36 characters: "AGENCY" starts at column 41.
            "    { \"id\": \"fk\", \"name\": \"FK\", \"type\": \"AGENCY\" },",
            // `    { "id": "af", "name": ` is 4 + 22 characters: 7 at column 27, then a blank, `}` at column 29.
            "    { \"id\": \"af\", \"name\": 7 },",
            // `    { "name": "Region", "type": "REGION" ` is 4 + 37 characters: `}` at column 42.
            "    { \"name\": \"Region\", \"type\": \"REGION\" }",
            "  ]",
            "}");
        List<JsonProblem> problems = problemsOf(json);
        // The name that failed is not missing, but the second party never had a type, and the third no id:
        // each reported at the end of its object.
        assertThat(problems).extracting(JsonProblem::id, JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
            .containsExactly(
                tuple("UNKNOWN_CODE", "/parties/0/type", 3, 41),
                tuple("WRONG_TYPE", "/parties/1/name", 4, 27),
                tuple("MISSING_PROPERTY", "/parties/1", 4, 29),
                tuple("MISSING_PROPERTY", "/parties/2", 5, 42));
        assertThat(problems.get(2).message(Locale.ENGLISH)).isEqualTo("Required property missing in Party (part, aktör): type (what kind of body the party is).");
        assertThat(problems.get(3).message(Locale.ENGLISH)).isEqualTo("Required property missing in Party (part, aktör): id (the party's id).");
    }

    @Test
    void a_bad_value_deep_inside_is_reported_once_and_its_object_goes_on() {
        String json = String.join("\n",
            "{",
            PROJECT_START,
            // `    "period": { "start": ` is 4 + 21 characters: the impossible date starts at column 26.
            "    \"period\": { \"start\": \"2008-02-30\", \"end\": \"2010-02-28\" },",
            // `    "targetGroup": { ` is 21 characters, `"description": "D", ` 20 more, `"ageRange": ` 12 and
            // `{ "min": 25, "max": 45 }, ` 26: 79; `"minAuthorityContacts": ` 24 more: 2.5 at column 104.
            "    \"targetGroup\": { \"description\": \"D\", \"ageRange\": { \"min\": 25, \"max\": 45 }, "
                + "\"minAuthorityContacts\": 2.5 } } ]",
            "}");
        List<JsonProblem> problems = problemsOf(json);
        assertThat(problems).extracting(JsonProblem::id, JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
            .containsExactly(
                tuple("BAD_DATE", "/projects/0/period/start", 4, 26),
                tuple("WRONG_TYPE", "/projects/0/targetGroup/minAuthorityContacts", 5,
                    104));
    }

    @Test
    void every_bad_element_of_one_array_is_reported() {
        String json = String.join("\n",
            "{",
            PROJECT_START,
            "    \"period\": { \"start\": \"2008-03-01\", \"end\": \"2010-02-28\" },",
            "    \"targetGroup\": { \"description\": \"D\", \"ageRange\": { \"min\": 25, \"max\": 45 } },",
            // `    "partners": [ ` is 18 characters: "fk" at 19-22, then 5 at column 25, "soc" at 28-32, null
            // at 35-38 and true at column 41.
            "    \"partners\": [ \"fk\", 5, \"soc\", null, true ] } ]",
            "}");
        List<JsonProblem> problems = problemsOf(json);
        assertThat(problems).extracting(JsonProblem::id, JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
            .containsExactly(
                tuple("WRONG_TYPE", "/projects/0/partners/1", 6, 25),
                tuple("MISSING_PROPERTY", "/projects/0/partners/3", 6, 35),
                tuple("WRONG_TYPE", "/projects/0/partners/4", 6, 41));
        assertThat(problems.get(1).message(Locale.ENGLISH)).isEqualTo("The value must not be null here.");
    }

    @Test
    void more_than_a_hundred_problems_stop_reading_with_one_more_that_says_so() {
        // 150 participants with the unknown gender "X", one a line from line 3: the 101st (index 100) is on
        // line 103; reading stops there, after the first 100, with TOO_MANY_PROBLEMS at its place.
        List<JsonProblem> problems = problemsOf(badGenders(150));
        assertThat(problems).hasSize(101);
        assertThat(problems.subList(0, 100)).extracting(JsonProblem::id).containsOnly("UNKNOWN_CODE");
        assertThat(problems.get(99).line()).isEqualTo(102);
        JsonProblem last = problems.get(100);
        assertThat(last.id()).isEqualTo("TOO_MANY_PROBLEMS");
        assertThat(last.pointer()).isEqualTo("/participants/100/gender");
        assertThat(last.line()).isEqualTo(103);
        // `    { "id": "p100", "gender": ` is 30 characters: "X" at column 31.
        assertThat(last.column()).isEqualTo(31);
        assertThat(last.message(Locale.ENGLISH))
            .isEqualTo("More than 100 problems; reading stopped here and more problems may follow.");
        assertThat(last.message()).isEqualTo("Fler än 100 fel; läsningen avbröts här och fler fel kan följa.");
        assertThat(last.toProblem().severity().name()).isEqualTo("ERROR");
    }

    @Test
    void exactly_a_hundred_problems_are_all_reported_and_nothing_more() {
        List<JsonProblem> problems = problemsOf(badGenders(100));
        assertThat(problems).hasSize(100).extracting(JsonProblem::id).containsOnly("UNKNOWN_CODE");
    }

    @Test
    void a_syntax_error_ends_reading_after_the_problems_before_it() {
        String json = String.join("\n",
            "{",
            "  \"participants\": [",
            "    { \"id\": \"p1\", \"gender\": \"X\" },",
            "    { \"id\": \"p2\", \"gender\": \"Z\" },",
            // The comma after "p3" is missing: `    { "id": "p3" ` is 17 characters, the parser stops at the
            // quote that should have been a comma, column 18.
            "    { \"id\": \"p3\" \"gender\": \"Q\" }",
            "  ]",
            "}");
        List<JsonProblem> problems = problemsOf(json);
        assertThat(problems).extracting(JsonProblem::id, JsonProblem::pointer, JsonProblem::line)
            .containsExactly(
                tuple("UNKNOWN_CODE", "/participants/0/gender", 3),
                tuple("UNKNOWN_CODE", "/participants/1/gender", 4),
                tuple("SYNTAX_ERROR", "/participants/2/id", 5));
        assertThat(problems.get(2).column()).isEqualTo(18);
    }

    @Test
    void the_streamed_read_reports_the_same_problems_as_the_whole_read() throws IOException {
        for (String json : List.of(FOUR_BAD_VALUES, badGenders(150))) {
            Path file = Files.writeString(Files.createTempFile("every-problem", ".json"), json);
            try {
                SamverkanJsonException streamed = catchThrowableOfType(SamverkanJsonException.class, () -> {
                    try (ParticipantReader reader = JSON.openParticipants(file)) {
                        reader.forEachRemaining(participant -> { });
                    }
                });
                assertThat(streamed).isNotNull();
                assertThat(streamed.problems()).isEqualTo(problemsOf(json));
                assertThat(catchThrowableOfType(SamverkanJsonException.class, () -> JSON.read(file)).problems())
                    .isEqualTo(problemsOf(json));
            } finally {
                Files.delete(file);
            }
        }
    }

    @Test
    void the_exception_message_is_the_first_problem_and_validation_reports_the_same_list() {
        SamverkanJsonException e = catchThrowableOfType(SamverkanJsonException.class,
            () -> JSON.readAndValidate(FOUR_BAD_VALUES));
        assertThat(e.problems()).isEqualTo(problemsOf(FOUR_BAD_VALUES));
        assertThat(e.getMessage()).isEqualTo(e.problems().get(0).toString());
    }

    /** {@code count} participants with the unknown gender "X", one a line from line 3. */
    private static String badGenders(int count) {
        StringBuilder json = new StringBuilder("{\n  \"participants\": [\n");
        for (int i = 0; i < count; i++) {
            json.append("    { \"id\": \"p").append(i).append("\", \"gender\": \"X\" }")
                .append(i + 1 < count ? ",\n" : "\n");
        }
        return json.append("  ]\n}\n").toString();
    }

    private static List<JsonProblem> problemsOf(String json) {
        SamverkanJsonException e = catchThrowableOfType(SamverkanJsonException.class, () -> JSON.read(json));
        assertThat(e).as("reading must fail").isNotNull();
        return e.problems();
    }
}

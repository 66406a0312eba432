package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A value of the wrong JSON type is one located problem whose message names, in both languages, the kind
 * of value the place wants and the kind it found: the user learns from the message alone what to write
 * there. Lines and columns are counted by hand in the text of each test (1-based, in characters).
 */
class WrongTypeProblemsTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    @Test
    void true_for_an_amount_is_the_wrong_type() {
        // Line 3 is `    { "year": 2008, "total": true } ] } ] }`: "true" starts at column 30.
        String json = "{ \"associations\": [\n  { \"id\": \"sf\", \"members\": [\"fk\"], \"funding\": [\n"
            + "    { \"year\": 2008, \"total\": true } ] } ] }";
        JsonProblem problem = assertWrongType(json, "/associations/0/funding/0/total", 3, 30,
            "Wrong type: an amount as a string or number expected here, but found true or false.");
        assertThat(problem.message())
            .isEqualTo("Fel typ: här ska det stå ett belopp som text eller tal, men det står true eller false.");
    }

    @Test
    void a_list_for_a_share_is_the_wrong_type() {
        // Line 3 is `    { "party": "umea", "share": [0.5] } ] } } ] }`: "[" starts at column 33.
        String json = "{ \"associations\": [ { \"id\": \"sf\",\n  \"municipalKey\": { \"method\": \"AGREED\", \"shares\": [\n"
            + "    { \"party\": \"umea\", \"share\": [0.5] } ] } } ] }";
        assertWrongType(json, "/associations/0/municipalKey/shares/0/share", 3, 33,
            "Wrong type: a share as a string or number expected here, but found an array.");
    }

    @Test
    void a_number_for_a_date_is_the_wrong_type() {
        // Line 2 is `  { "id": "p", "period": { "start": 20080301 } } ] }`: the number starts at column 37.
        String json = "{ \"projects\": [\n  { \"id\": \"p\", \"period\": { \"start\": 20080301 } } ] }";
        assertWrongType(json, "/projects/0/period/start", 2, 37,
            "Wrong type: a date string (YYYY-MM-DD) expected here, but found an integer.");
    }

    @Test
    void a_string_for_a_list_is_the_wrong_type_not_a_list_of_one() {
        // Line 2 is `  { "id": "sf", "members": "fk" } ] }`: "fk" (with its quote) starts at column 28.
        String json = "{ \"associations\": [\n  { \"id\": \"sf\", \"members\": \"fk\" } ] }";
        JsonProblem problem = assertWrongType(json, "/associations/0/members", 2, 28,
            "Wrong type: an array expected here, but found a string.");
        assertThat(problem.message()).isEqualTo("Fel typ: här ska det stå en lista, men det står en text.");
    }

    @Test
    void a_string_for_an_object_is_the_wrong_type() {
        // Line 2 is `  { "id": "p", "period": "2008" } ] }`: "2008" (with its quote) starts at column 26.
        String json = "{ \"projects\": [\n  { \"id\": \"p\", \"period\": \"2008\" } ] }";
        assertWrongType(json, "/projects/0/period", 2, 26,
            "Wrong type: an object expected here, but found a string.");
    }

    @Test
    void a_decimal_for_a_number_of_contacts_is_the_wrong_type() {
        // minAuthorityContacts is a whole number: 2.5 is a decimal number where an integer belongs.
        String json = "{ \"projects\": [ { \"id\": \"p\",\n  \"targetGroup\": { \"minAuthorityContacts\": 2.5 } } ] }";
        // Line 2 is `  "targetGroup": { "minAuthorityContacts": 2.5 } } ] }`: 2.5 starts at column 44.
        assertWrongType(json, "/projects/0/targetGroup/minAuthorityContacts", 2, 44,
            "Wrong type: an integer expected here, but found a decimal number.");
    }

    /** Asserts the first problem of {@code json}: a wrong type at this place, with this English message. */
    private static JsonProblem assertWrongType(String json, String pointer, int line, int column, String english) {
        JsonProblem problem = problemOf(json);
        assertThat(problem.pointer()).isEqualTo(pointer);
        assertThat(new int[] {problem.line(), problem.column()}).containsExactly(line, column);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo(english);
        return problem;
    }

    private static JsonProblem problemOf(String json) {
        SamverkanJsonException[] thrown = new SamverkanJsonException[1];
        assertThatThrownBy(() -> JSON.read(json)).isInstanceOfSatisfying(SamverkanJsonException.class,
            e -> thrown[0] = e);
        // The first problem is the one planted; the minimal documents lack required properties, reported after it.
        JsonProblem problem = thrown[0].problems().get(0);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.wrong-type");
        return problem;
    }
}

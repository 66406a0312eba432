package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.money.Amount;

/**
 * Hostile and malformed input (docs/format.md): every case is an error, never silently accepted or coerced,
 * reported as one {@link SamverkanJsonException} whose problem names pointer, line, column, message key
 * and a message in Swedish and English without any library detail.
 */
class HostileInputTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final Locale ENGLISH = Locale.ENGLISH;

    private static final String PARTY_HEAD = "{\n  \"parties\": [\n    { \"id\": \"fk\", \"name\": \"Försäkringskassan\",\n";

    @Test
    void an_unknown_property_is_an_error_listing_the_allowed_ones() {
        String json = PARTY_HEAD + "      \"type\": \"SOCIAL_INSURANCE_AGENCY\", \"nmae\": \"x\" }\n  ]\n}";
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/parties/0/nmae", 4, "\"x\"", "se.samverkan.json.unknown-property");
        assertThat(problem.message(ENGLISH)).isEqualTo("Unknown property \"nmae\"; allowed properties: id, "
            + "municipalityCode, name, organisationNumber, parent, population, type.");
        assertThat(problem.message()).startsWith("Okänd egenskap \"nmae\"; tillåtna egenskaper: id, ");
    }

    @Test
    void builder_method_names_are_not_properties() {
        for (String name : List.of("from", "addParticipations", "addAllParticipations", "build", "getId", "isAnonymous",
                "ageAtStart")) {
            String json = "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\", \"" + name + "\": [] } ] }";
            JsonProblem problem = problemOf(json);
            assertThat(problem.messageKey()).as(name).isEqualTo("se.samverkan.json.unknown-property");
            assertThat(problem.pointer()).isEqualTo("/participants/0/" + name);
        }
    }

    @Test
    void an_unknown_root_property_is_an_error() {
        String json = "{\n  \"schemaVersion\": \"1\",\n  \"extra\": []\n}";
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/extra", 3, "[]", "se.samverkan.json.unknown-property");
        assertThat(problem.message(ENGLISH)).isEqualTo("Unknown property \"extra\"; allowed properties: "
            + "associations, participants, parties, projects, schemaVersion, structures.");
    }

    @Test
    void a_duplicate_key_is_an_error_not_last_one_wins() {
        String json = PARTY_HEAD + "      \"type\": \"REGION\", \"type\": \"MUNICIPALITY\" }\n  ]\n}";
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.duplicate-property");
        assertThat(problem.pointer()).isEqualTo("/parties/0/type");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message(ENGLISH)).isEqualTo("The property \"type\" occurs more than once.");
        assertThat(problem.message()).isEqualTo("Egenskapen \"type\" förekommer mer än en gång.");
        assertClean(problem);
    }

    @Test
    void a_duplicate_root_key_is_an_error() {
        String json = "{ \"parties\": [],\n  \"parties\": [] }";
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.duplicate-property");
        assertThat(problem.pointer()).isEqualTo("/parties");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void content_after_the_document_is_an_error() {
        String json = "{ \"parties\": [] }\n{ \"parties\": [] }";
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "", 2, "{", "se.samverkan.json.trailing-content");
        assertThat(problem.message(ENGLISH)).isEqualTo("There is content after the end of the document.");
        assertThat(problem.message()).isEqualTo("Det finns innehåll efter dokumentets slut.");
    }

    @Test
    void garbage_after_the_document_is_trailing_content() {
        String json = "{ \"parties\": [] } x";
        assertThat(problemOf(json).messageKey()).isEqualTo("se.samverkan.json.trailing-content");
    }

    @Test
    void null_for_a_required_integer_is_an_error() {
        String json = association("{ \"year\": null, \"total\": \"100\" }");
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/associations/0/funding/0/year", 3, "null", "se.samverkan.json.null-not-allowed");
        assertThat(problem.message(ENGLISH)).isEqualTo("The value must not be null here.");
        assertThat(problem.message()).isEqualTo("Värdet får inte vara null här.");
    }

    @Test
    void null_for_a_required_string_is_an_error() {
        String json = "{ \"participants\": [\n  { \"id\": null, \"gender\": \"MAN\" } ] }";
        assertProblem(problemOf(json), json, "/participants/0/id", 2, "null", "se.samverkan.json.null-not-allowed");
    }

    @Test
    void a_float_for_an_integer_is_an_error_not_truncated() {
        String json = participant("\"birthYear\": 1975.5");
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/participants/0/birthYear", 2, "1975.5", "se.samverkan.json.wrong-type");
        assertThat(problem.message(ENGLISH)).isEqualTo("Wrong type: an integer expected here, but found a decimal number.");
        assertThat(problem.message()).isEqualTo("Fel typ: här ska det stå ett heltal, men det står ett decimaltal.");
    }

    @Test
    void a_whole_float_for_an_integer_is_still_an_error() {
        String json = participant("\"birthYear\": 1975.0");
        assertThat(problemOf(json).messageKey()).isEqualTo("se.samverkan.json.wrong-type");
    }

    @Test
    void a_string_for_an_integer_is_an_error() {
        String json = participant("\"birthYear\": \"1975\"");
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/participants/0/birthYear", 2, "\"1975\"", "se.samverkan.json.wrong-type");
        assertThat(problem.message(ENGLISH)).isEqualTo("Wrong type: an integer expected here, but found a string.");
    }

    @Test
    void a_string_for_a_number_is_an_error() {
        String json = goalTarget("\"value\": \"40\"");
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/projects/0/goals/0/target/value", 3, "\"40\"", "se.samverkan.json.wrong-type");
        assertThat(problem.message(ENGLISH)).isEqualTo("Wrong type: a number expected here, but found a string.");
        assertThat(problem.message()).isEqualTo("Fel typ: här ska det stå ett tal, men det står en text.");
    }

    @Test
    void a_number_for_a_string_is_an_error() {
        String json = "{ \"participants\": [\n  { \"id\": 17, \"gender\": \"MAN\" } ] }";
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/participants/0/id", 2, "17", "se.samverkan.json.wrong-type");
        assertThat(problem.message(ENGLISH)).isEqualTo("Wrong type: a string expected here, but found an integer.");
        assertThat(problem.message()).isEqualTo("Fel typ: här ska det stå en text, men det står ett heltal.");
    }

    @Test
    void money_is_the_exception_a_string_or_a_number_is_accepted() {
        SamverkanDocument fromString = JSON.read(association("{ \"year\": 2008, \"total\": \"199954.5\" }"));
        SamverkanDocument fromNumber = JSON.read(association("{ \"year\": 2008, \"total\": 199954.50 }"));
        Amount expected = Amount.parse("199954.50");
        assertThat(fromString.getAssociations().get(0).getFunding().get(0).getTotal()).isEqualTo(expected);
        assertThat(fromNumber.getAssociations().get(0).getFunding().get(0).getTotal()).isEqualTo(expected);
        assertThat(JSON.write(fromNumber)).contains("\"total\" : \"199954.50\"");
    }

    @Test
    void a_boolean_as_a_string_is_an_error() {
        String json = participant("\"anonymous\": \"true\"");
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/participants/0/anonymous", 2, "\"true\"", "se.samverkan.json.wrong-type");
        assertThat(problem.message(ENGLISH)).isEqualTo("Wrong type: true or false expected here, but found a string.");
        assertThat(problem.message()).isEqualTo("Fel typ: här ska det stå true eller false, men det står en text.");
    }

    @Test
    void an_integer_for_a_boolean_is_an_error() {
        String json = participant("\"anonymous\": 1");
        assertThat(problemOf(json).messageKey()).isEqualTo("se.samverkan.json.wrong-type");
    }

    @Test
    void an_unknown_enum_value_is_an_error_listing_the_allowed_values() {
        String json = "{ \"participants\": [\n  { \"id\": \"p1\", \"gender\": \"FEMALE\" } ] }";
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/participants/0/gender", 2, "\"FEMALE\"", "se.samverkan.json.unknown-enum");
        assertThat(problem.message(ENGLISH))
            .isEqualTo("Unknown value \"FEMALE\"; allowed values: WOMAN, MAN, NON_BINARY, UNSPECIFIED.");
        assertThat(problem.message())
            .isEqualTo("Okänt värde \"FEMALE\"; tillåtna värden: WOMAN, MAN, NON_BINARY, UNSPECIFIED.");
    }

    @Test
    void an_enum_code_in_lower_case_is_unknown() {
        String json = "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"woman\" } ] }";
        assertThat(problemOf(json).messageKey()).isEqualTo("se.samverkan.json.unknown-enum");
    }

    @Test
    void an_enum_code_with_spaces_around_it_is_unknown_not_trimmed() {
        String json = "{ \"parties\": [\n  { \"id\": \"fk\", \"name\": \"Försäkringskassan\", \"type\": \" REGION\" } ] }";
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/parties/0/type", 2, "\" REGION\"", "se.samverkan.json.unknown-enum");
        assertThat(problem.message(ENGLISH)).startsWith("Unknown value \" REGION\"; allowed values: ");
        assertThat(problemOf("{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\\t\" } ] }").messageKey())
            .isEqualTo("se.samverkan.json.unknown-enum");
    }

    @Test
    void a_number_for_an_enum_is_an_error() {
        String json = "{ \"participants\": [\n  { \"id\": \"p1\", \"gender\": 0 } ] }";
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/participants/0/gender", 2, "0", "se.samverkan.json.wrong-type");
        assertThat(problem.message(ENGLISH)).isEqualTo("Wrong type: a code string expected here, but found an integer.");
    }

    @Test
    void a_root_that_is_not_an_object_is_an_error() {
        String json = "  [ { \"id\": \"fk\" } ]";
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "", 1, "[", "se.samverkan.json.root-not-object");
        assertThat(problem.message(ENGLISH)).isEqualTo("The document must be a JSON object, but is an array.");
        assertThat(problem.message()).isEqualTo("Dokumentet måste vara ett JSON-objekt, men är en lista.");
        assertThat(problemOf("\"text\"").message(ENGLISH)).endsWith("but is a string.");
    }

    @Test
    void an_empty_text_is_an_error() {
        for (String empty : List.of("", "   \n\t ")) {
            JsonProblem problem = problemOf(empty);
            assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.empty");
            assertThat(problem.pointer()).isEmpty();
            assertThat(problem.line()).isPositive();
            assertThat(problem.message(ENGLISH)).isEqualTo("The document is empty.");
            assertThat(problem.message()).isEqualTo("Dokumentet är tomt.");
        }
    }

    @Test
    void text_that_is_not_json_is_an_error() {
        String json = "schemaVersion = 1\nparties = fk";
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.malformed");
        assertThat(problem.pointer()).isEmpty();
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.message(ENGLISH)).isEqualTo("The text is not valid JSON here.");
        assertThat(problem.message()).isEqualTo("Texten är inte giltig JSON här.");
        assertClean(problem);
    }

    @Test
    void a_syntax_error_inside_the_document_names_its_place() {
        String json = "{ \"parties\": [\n  { \"id\": \"fk\", \"name\": 'single' } ] }";
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.malformed");
        assertThat(problem.pointer()).isEqualTo("/parties/0/name");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void a_truncated_document_is_an_error() {
        String json = "{ \"parties\": [\n  { \"id\": \"fk\"";
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.truncated");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message(ENGLISH)).isEqualTo("The document ends in the middle of a value.");
    }

    @Test
    void invalid_utf8_is_an_error() {
        byte[] bytes = "{ \"parties\": [ { \"id\": \"fk\", \"name\": \"F?\" } ] }".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 8] = (byte) 0xC3; // a lead byte followed by an ASCII quote: malformed
        assertThatThrownBy(() -> JSON.read(new ByteArrayInputStream(bytes)))
            .isInstanceOfSatisfying(SamverkanJsonException.class, e -> {
                assertThat(e.problems().get(0).messageKey()).isEqualTo("se.samverkan.json.encoding");
                assertThat(e.problems().get(0).message(ENGLISH)).isEqualTo("The document is not valid UTF-8.");
            });
    }

    @Test
    void a_missing_required_property_names_the_object_and_the_property() {
        String json = "{ \"parties\": [\n  { \"id\": \"fk\", \"name\": \"Försäkringskassan\" }\n] }";
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.required-missing");
        assertThat(problem.pointer()).isEqualTo("/parties/0");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message(ENGLISH)).isEqualTo("Required property missing in Party (part, aktör): type (what kind of body the party is).");
        assertThat(problem.message()).isEqualTo("Obligatorisk egenskap saknas i part, aktör (Party): type (typ av aktör).");
    }

    @Test
    void several_missing_required_properties_are_named_together() {
        JsonProblem problem = problemOf("{ \"participants\": [ {} ] }");
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.required-missing");
        assertThat(problem.pointer()).isEqualTo("/participants/0");
        assertThat(problem.message(ENGLISH))
            .isEqualTo("Required properties missing in Participant (deltagare): id (a pseudonym), gender (the person's gender).");
        assertThat(problem.message()).isEqualTo("Obligatoriska egenskaper saknas i deltagare (Participant): id (id), gender (kön).");
    }

    @Test
    void a_null_element_in_a_list_is_an_error_at_the_element() {
        String json = "{ \"associations\": [\n  { \"id\": \"sf\", \"members\": [\"fk\", null] } ] }";
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/associations/0/members/1", 2, "null", "se.samverkan.json.null-not-allowed");
    }

    @Test
    void a_null_root_array_element_is_an_error_at_the_element() {
        String json = "{ \"participants\": [\n  null ] }";
        assertProblem(problemOf(json), json, "/participants/0", 2, "null", "se.samverkan.json.null-not-allowed");
    }

    @Test
    void null_or_absent_optional_values_and_arrays_mean_not_given() {
        SamverkanDocument document = JSON.read("{ \"parties\": null, \"participants\": [ { \"id\": \"p1\", "
            + "\"gender\": \"MAN\", \"birthYear\": null, \"anonymous\": null, \"participations\": null } ] }");
        assertThat(document.getParties()).isEmpty();
        assertThat(document.getParticipants().get(0).getBirthYear()).isEmpty();
        assertThat(document.getParticipants().get(0).isAnonymous()).isFalse();
        assertThat(document.getParticipants().get(0).getParticipations()).isEmpty();
    }

    @Test
    void an_amount_with_more_than_two_decimals_is_an_error() {
        String json = association("{ \"year\": 2008, \"total\": \"100.005\" }");
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/associations/0/funding/0/total", 3, "\"100.005\"",
            "se.samverkan.json.amount-too-precise");
        assertThat(problem.message(ENGLISH)).isEqualTo("The amount has more than two decimals (finer than one öre).");
        assertThat(problem.message()).isEqualTo("Beloppet har fler än två decimaler (finare än ett öre).");
    }

    @Test
    void an_amount_with_more_than_thirteen_integer_digits_is_an_error() {
        String json = association("{ \"year\": 2008, \"total\": \"12345678901234\" }");
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/associations/0/funding/0/total", 3, "\"12345678901234\"",
            "se.samverkan.json.amount-too-large");
        assertThat(problem.message(ENGLISH)).isEqualTo("The amount has more than 13 digits before the decimal point.");
        assertThat(problem.message()).isEqualTo("Beloppet har fler än 13 siffror före decimaltecknet.");
        assertThat(JSON.read(association("{ \"year\": 2008, \"total\": \"1234567890123.45\" }")).getAssociations()
            .get(0).getFunding().get(0).getTotal()).isEqualTo(Amount.parse("1234567890123.45"));
    }

    @Test
    void an_amount_in_exponent_notation_inside_a_string_is_an_error() {
        String json = association("{ \"year\": 2008, \"total\": \"4.38e5\" }");
        assertThat(problemOf(json).messageKey()).isEqualTo("se.samverkan.json.invalid-amount");
    }

    @Test
    void a_huge_exponent_is_rejected_at_once_for_amounts_shares_and_decimals() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(problemOf(association("{ \"year\": 2008, \"total\": 1e1000000 }")).messageKey())
                .isEqualTo("se.samverkan.json.amount-too-large");
            assertThat(problemOf(association("{ \"year\": 2008, \"total\": 1e-1000000 }")).messageKey())
                .isEqualTo("se.samverkan.json.amount-too-precise");
            assertThat(problemOf(goalTarget("\"value\": 1e1000000")).messageKey())
                .isEqualTo("se.samverkan.json.decimal-out-of-bounds");
            assertThat(problemOf(goalTarget("\"value\": 1e-1000000")).messageKey())
                .isEqualTo("se.samverkan.json.decimal-out-of-bounds");
            assertThat(problemOf(agreedShare("1e1000000")).messageKey()).isEqualTo("se.samverkan.json.invalid-share");
            assertThat(problemOf(agreedShare("1e-1000000")).messageKey()).isEqualTo("se.samverkan.json.invalid-share");
        });
    }

    @Test
    void a_share_above_one_is_an_error_with_its_place() {
        String json = agreedShare("1.5");
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.invalid-share");
        assertThat(problem.pointer()).isEqualTo("/associations/0/municipalKey/shares/0/share");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message(ENGLISH)).startsWith("Invalid share; write a decimal number between 0 and 1");
    }

    @Test
    void a_date_must_be_a_yyyy_mm_dd_string() {
        String asNumber = participation("\"start\": 14000");
        assertProblem(problemOf(asNumber), asNumber, "/participants/0/participations/0/start", 3, "14000",
            "se.samverkan.json.wrong-type");
        for (String bad : List.of("\"2008-3-1\"", "\"2008-03-01T10:00\"", "\"20080301\"")) {
            String json = participation("\"start\": " + bad);
            JsonProblem problem = problemOf(json);
            assertProblem(problem, json, "/participants/0/participations/0/start", 3, bad,
                "se.samverkan.json.invalid-date");
            assertThat(problem.message(ENGLISH)).isEqualTo("Invalid date; write YYYY-MM-DD, for example \"2008-03-31\".");
        }
        // The right shape but no such day: said so, under the same id.
        String json = participation("\"start\": \"2008-02-30\"");
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/participants/0/participations/0/start", 3, "\"2008-02-30\"",
            "se.samverkan.json.nonexistent-date");
        assertThat(problem.id()).isEqualTo("BAD_DATE");
        assertThat(problem.message(ENGLISH)).startsWith("The day does not exist in that month");
    }

    @Test
    void an_integer_beyond_its_range_is_an_error() {
        String json = participant("\"birthYear\": 19750000000");
        assertProblem(problemOf(json), json, "/participants/0/birthYear", 2, "19750000000",
            "se.samverkan.json.integer-out-of-range");
    }

    @Test
    void every_other_shape_mismatch_is_a_wrong_type_at_the_value() {
        String head = "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\", ";
        for (String[] c : new String[][] {
            {"\"birthYear\": {}", "/participants/0/birthYear"},
            {"\"birthYear\": [1975]", "/participants/0/birthYear"},
            {"\"birthYear\": true", "/participants/0/birthYear"},
            {"\"participations\": {}", "/participants/0/participations"},
            {"\"participations\": \"none\"", "/participants/0/participations"},
            {"\"participations\": [ [] ]", "/participants/0/participations/0"},
            {"\"participations\": [ 1 ]", "/participants/0/participations/0"},
            {"\"educationLevel\": [\"UNKNOWN\"]", "/participants/0/educationLevel"},
            {"\"participations\": [ { \"project\": [\"gt\"], \"start\": \"2008-01-01\" } ]",
                "/participants/0/participations/0/project"},
            {"\"participations\": [ { \"project\": \"gt\", \"start\": \"2008-01-01\", \"survey\": [] } ]",
                "/participants/0/participations/0/survey"},
            {"\"participations\": [ { \"project\": \"gt\", \"start\": \"2008-01-01\", \"survey\": { \"q\": \"1\" } } ]",
                "/participants/0/participations/0/survey/q"}}) {
            JsonProblem problem = problemOf(head + c[0] + " } ] }");
            assertThat(problem.messageKey()).as(c[0]).isEqualTo("se.samverkan.json.wrong-type");
            assertThat(problem.pointer()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void an_empty_string_for_an_enum_is_an_unknown_value() {
        JsonProblem problem = problemOf("{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"\" } ] }");
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.unknown-enum");
        assertThat(problem.message(ENGLISH)).startsWith("Unknown value \"\"; allowed values: WOMAN, MAN");
    }

    @Test
    void an_object_where_an_array_belongs_is_an_error() {
        String json = "{\n  \"participants\": { \"id\": \"p1\" } }";
        JsonProblem problem = problemOf(json);
        assertProblem(problem, json, "/participants", 2, "{", "se.samverkan.json.wrong-type");
        assertThat(problem.message(ENGLISH)).isEqualTo("Wrong type: an array expected here, but found an object.");
    }

    @Test
    void nesting_deeper_than_the_limit_is_an_error() {
        SamverkanJson shallow = SamverkanJson.create(JsonLimits.defaults().withMaxNestingDepth(4));
        String json = "{ \"projects\": [ { \"id\": \"p\", \"targetGroup\": {\n  \"ageRange\": { \"min\": 1 } } } ] }";
        JsonProblem problem = problemOf(shallow, json);
        assertProblem(problem, json, "/projects/0/targetGroup/ageRange", 2, "\"ageRange\"", "se.samverkan.json.limit.nesting-depth");
        assertThat(problem.message(ENGLISH)).isEqualTo("The document is nested deeper than 4 levels.");
        assertThat(problem.message()).isEqualTo("Dokumentet är nästlat djupare än 4 nivåer.");
    }

    @Test
    void deep_nesting_with_default_limits_is_refused_while_skipping_too() throws Exception {
        String deep = "{ \"participants\": " + "[".repeat(5000) + "]".repeat(5000) + " }";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("deep", ".json");
        try {
            java.nio.file.Files.writeString(file, deep);
            assertThatThrownBy(() -> JSON.openParticipants(file).close())
                // The first participant is an array, not an object (reported first); skipping it meets the limit.
                .isInstanceOfSatisfying(SamverkanJsonException.class, e -> assertThat(e.problems())
                    .extracting(JsonProblem::messageKey)
                    .containsExactly("se.samverkan.json.wrong-type", "se.samverkan.json.limit.nesting-depth"));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void a_string_longer_than_the_limit_is_an_error() {
        SamverkanJson strict = SamverkanJson.create(JsonLimits.defaults().withMaxStringLength(10));
        String json = "{ \"parties\": [\n  { \"id\": \"fk\", \"name\": \"" + "x".repeat(11) + "\" } ] }";
        JsonProblem problem = problemOf(strict, json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.limit.string-length");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message(ENGLISH)).isEqualTo("The text is longer than 10 characters.");
        assertThat(problem.message()).isEqualTo("Texten är längre än 10 tecken.");
    }

    @Test
    void a_string_longer_than_the_default_limit_is_an_error() {
        String json = "{ \"parties\": [ { \"id\": \"fk\", \"name\": \"" + "x".repeat(100_001) + "\" } ] }";
        assertThat(problemOf(json).messageKey()).isEqualTo("se.samverkan.json.limit.string-length");
    }

    @Test
    void a_number_longer_than_the_limit_is_an_error() {
        String json = association("{ \"year\": 2008, \"total\": " + "1".repeat(65) + " }");
        JsonProblem problem = problemOf(json);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.limit.number-length");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message(ENGLISH)).isEqualTo("The number is longer than 64 characters.");
        assertThat(problem.message()).isEqualTo("Talet är längre än 64 tecken.");
    }

    @Test
    void a_property_name_longer_than_the_limit_is_an_error() {
        String json = "{ \"" + "n".repeat(257) + "\": 1 }";
        assertThat(problemOf(json).messageKey()).isEqualTo("se.samverkan.json.limit.name-length");
    }

    @Test
    void a_document_larger_than_the_limit_is_an_error() throws Exception {
        SamverkanJson small = SamverkanJson.create(JsonLimits.defaults().withMaxDocumentLength(100));
        String json = "{ \"parties\": [ " + "{ \"id\": \"fk\", \"name\": \"F\", \"type\": \"REGION\" }, ".repeat(5)
            + "{ \"id\": \"fk\", \"name\": \"F\", \"type\": \"REGION\" } ] }";
        JsonProblem fromString = problemOf(small, json);
        assertThat(fromString.messageKey()).isEqualTo("se.samverkan.json.limit.document-length");
        assertThat(fromString.message(ENGLISH)).isEqualTo("The document is longer than 100 characters.");
        assertThat(fromString.message()).isEqualTo("Dokumentet är längre än 100 tecken.");
        assertThatThrownBy(() -> small.read(new StringReader(json)))
            .isInstanceOfSatisfying(SamverkanJsonException.class, e -> assertThat(e.problems().get(0).messageKey())
                .isEqualTo("se.samverkan.json.limit.document-length"));
    }

    @Test
    void the_exception_message_holds_no_library_detail() {
        SamverkanJsonException e = exceptionOf("{ \"parties\": [ { \"id\": 1.5 } ] }");
        assertThat(e.getMessage()).doesNotContain("jackson", "Exception", "java.", "\tat ");
        assertThat(e.getCause()).isNull();
        assertThat(e.getStackTrace()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static String participant(String property) {
        return "{ \"participants\": [\n  { \"id\": \"p1\", \"gender\": \"MAN\", " + property + " } ] }";
    }

    private static String participation(String property) {
        return "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\",\n  \"participations\": [\n"
            + "    { \"project\": \"gt\", " + property + " } ] } ] }";
    }

    private static String association(String funding) {
        return "{ \"associations\": [\n  { \"id\": \"sf\", \"members\": [\"fk\"], \"funding\": [\n    " + funding
            + " ] } ] }";
    }

    private static String agreedShare(String share) {
        return "{ \"associations\": [ { \"id\": \"sf\",\n  \"municipalKey\": { \"method\": \"AGREED\", \"shares\": [\n"
            + "    { \"party\": \"umea\", \"share\": " + share + " } ] } } ] }";
    }

    private static String goalTarget(String property) {
        return "{ \"projects\": [ { \"id\": \"p\", \"goals\": [ { \"id\": \"g\",\n"
            + "    \"target\": { \"comparator\": \"AT_LEAST\",\n      " + property + " } } ] } ] }";
    }

    private static JsonProblem problemOf(String json) {
        return problemOf(JSON, json);
    }

    private static JsonProblem problemOf(SamverkanJson reader, String json) {
        SamverkanJsonException e = exceptionOf(reader, json);
        // The first problem is the one planted; a minimal document may lack required properties, reported after it.
        JsonProblem problem = e.problems().get(0);
        assertClean(problem);
        return problem;
    }

    private static SamverkanJsonException exceptionOf(String json) {
        return exceptionOf(JSON, json);
    }

    private static SamverkanJsonException exceptionOf(SamverkanJson reader, String json) {
        try {
            reader.read(json);
        } catch (SamverkanJsonException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    /** Pointer, line, message key, and the column where {@code token} starts on that line. */
    private static void assertProblem(JsonProblem problem, String json, String pointer, int line, String token,
            String key) {
        assertThat(problem.messageKey()).isEqualTo(key);
        assertThat(problem.pointer()).isEqualTo(pointer);
        assertThat(problem.line()).isEqualTo(line);
        String text = json.lines().skip(line - 1).findFirst().orElseThrow();
        assertThat(problem.column()).as("column of %s in %s", token, text).isEqualTo(text.indexOf(token) + 1);
    }

    /** No message holds a class name, a stack trace or a library message. */
    private static void assertClean(JsonProblem problem) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"))) {
            assertThat(problem.message(locale)).doesNotContain("jackson", "Jackson", "Exception", "java.", "\tat ",
                "se.samverkan", "Immutable", "Builder", "Cannot", "Unrecognized");
        }
        assertThat(problem.message(Locale.ENGLISH)).isNotEqualTo(problem.message(Locale.forLanguageTag("sv")));
    }
}

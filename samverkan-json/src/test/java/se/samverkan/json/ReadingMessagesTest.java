package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reading problems a user meets most, read through {@link SamverkanJson} as a user reads a document:
 * each message says what is expected (the form, with an example, or the allowed codes), where (the object
 * a property is missing from) and what was found, in Swedish and English, without a Java exception's text.
 */
class ReadingMessagesTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static JsonProblem read(String json) {
        JsonProblem problem = OnlyProblem.of(() -> JSON.read(json));
        assertThat(problem.message(Locale.ENGLISH) + problem.message(SWEDISH))
            .doesNotContain("Exception", "jackson", "java.", "Text '");
        return problem;
    }

    /** A participation starting at {@code date}. */
    private static JsonProblem start(String date) {
        return read("{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\", \"participations\": [\n"
            + "  { \"project\": \"gt\", \"start\": \"" + date + "\" } ] } ] }");
    }

    @Test
    void a_date_in_another_form_gets_the_form_and_an_example() {
        JsonProblem problem = start("31/3/2008");
        assertThat(problem.id()).isEqualTo("BAD_DATE");
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.invalid-date");
        assertThat(problem.pointer()).isEqualTo("/participants/0/participations/0/start");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("Invalid date; write YYYY-MM-DD, for example \"2008-03-31\".");
        assertThat(problem.message(SWEDISH)).isEqualTo("Ogiltigt datum; skriv ÅÅÅÅ-MM-DD, till exempel \"2008-03-31\".");
    }

    @Test
    void a_day_the_month_does_not_have_is_said_not_to_exist() {
        for (String date : new String[] {"2025-02-30", "2025-04-31", "2025-02-29", "2025-01-00"}) {
            JsonProblem problem = start(date);
            assertThat(problem.id()).as(date).isEqualTo("BAD_DATE");
            assertThat(problem.messageKey()).as(date).isEqualTo("se.samverkan.json.nonexistent-date");
            assertThat(problem.message(Locale.ENGLISH)).as(date).isEqualTo("The day does not exist in that month "
                + "(like 30 February or 31 April); write a date that exists, YYYY-MM-DD, for example \"2008-03-31\".");
            assertThat(problem.message(SWEDISH)).as(date).isEqualTo("Dagen finns inte i den månaden "
                + "(som 30 februari eller 31 april); skriv ett datum som finns, ÅÅÅÅ-MM-DD, till exempel \"2008-03-31\".");
        }
        // 2024 is a leap year: 29 February exists.
        assertThat(JSON.read("{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\", \"participations\": [\n"
            + "  { \"project\": \"gt\", \"start\": \"2024-02-29\" } ] } ] }").getParticipants()).hasSize(1);
    }

    @Test
    void a_month_outside_01_to_12_is_said_not_to_exist() {
        for (String date : new String[] {"2025-13-01", "2025-00-10"}) {
            JsonProblem problem = start(date);
            assertThat(problem.id()).as(date).isEqualTo("BAD_DATE");
            assertThat(problem.message(Locale.ENGLISH)).as(date)
                .isEqualTo("The month does not exist; months are 01–12: YYYY-MM-DD, for example \"2008-03-31\".");
            assertThat(problem.message(SWEDISH)).as(date)
                .isEqualTo("Månaden finns inte; månaden skrivs 01–12: ÅÅÅÅ-MM-DD, till exempel \"2008-03-31\".");
        }
    }

    @Test
    void a_missing_property_is_named_with_its_object_and_what_it_holds() {
        JsonProblem problem = read("{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\", \"participations\": [\n"
            + "  { \"project\": \"gt\" } ] } ] }");
        assertThat(problem.id()).isEqualTo("MISSING_PROPERTY");
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.required-missing");
        assertThat(problem.pointer()).isEqualTo("/participants/0/participations/0");
        assertThat(problem.message(Locale.ENGLISH))
            .isEqualTo("Required property missing in Participation (deltagande): start (the first day).");
        assertThat(problem.message(SWEDISH))
            .isEqualTo("Obligatorisk egenskap saknas i deltagande (Participation): start (startdatum).");
    }

    @Test
    void several_missing_properties_are_named_together_with_their_object() {
        JsonProblem problem = read("{ \"parties\": [\n  { \"id\": \"fk\" }\n] }");
        assertThat(problem.pointer()).isEqualTo("/parties/0");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("Required properties missing in Party (part, aktör): "
            + "name (the party's name), type (what kind of body the party is).");
        assertThat(problem.message(SWEDISH)).isEqualTo("Obligatoriska egenskaper saknas i part, aktör (Party): "
            + "name (namn), type (typ av aktör).");
    }

    @Test
    void a_missing_property_deeper_down_names_its_own_object() {
        // A project's period without its end: the Period object at /projects/0/period.
        JsonProblem problem = read("{ \"projects\": [ { \"id\": \"gt\", \"name\": \"GT\", \"kind\": \"PROJECT\", "
            + "\"orientation\": \"INDIVIDUAL\", \"measurement\": \"PERSON_LEVEL\", \"owner\": \"sf\", "
            + "\"period\": { \"start\": \"2008-03-01\" }, "
            + "\"targetGroup\": { \"description\": \"Unga\", \"ageRange\": { \"min\": 16, \"max\": 29 } } } ] }");
        assertThat(problem.pointer()).isEqualTo("/projects/0/period");
        assertThat(problem.message(Locale.ENGLISH))
            .isEqualTo("Required property missing in Period (period): end (the last day).");
        assertThat(problem.message(SWEDISH))
            .isEqualTo("Obligatorisk egenskap saknas i period (Period): end (slutdatum).");
    }

    @Test
    void a_wrong_type_names_what_is_expected_and_what_was_found() {
        JsonProblem wrong = read("{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\", \"participations\": [\n"
            + "  { \"project\": \"gt\", \"start\": 20080301 } ] } ] }");
        assertThat(wrong.id()).isEqualTo("WRONG_TYPE");
        assertThat(wrong.message(Locale.ENGLISH))
            .isEqualTo("Wrong type: a date string (YYYY-MM-DD) expected here, but found an integer.");
        assertThat(wrong.message(SWEDISH))
            .isEqualTo("Fel typ: här ska det stå ett datum som text (ÅÅÅÅ-MM-DD), men det står ett heltal.");
    }

    @Test
    void an_unknown_code_lists_the_allowed_codes() {
        JsonProblem problem = read("{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"KVINNA\" } ] }");
        assertThat(problem.id()).isEqualTo("UNKNOWN_CODE");
        assertThat(problem.pointer()).isEqualTo("/participants/0/gender");
        assertThat(problem.message(Locale.ENGLISH))
            .isEqualTo("Unknown value \"KVINNA\"; allowed values: WOMAN, MAN, NON_BINARY, UNSPECIFIED.");
        assertThat(problem.message(SWEDISH))
            .isEqualTo("Okänt värde \"KVINNA\"; tillåtna värden: WOMAN, MAN, NON_BINARY, UNSPECIFIED.");
    }
}

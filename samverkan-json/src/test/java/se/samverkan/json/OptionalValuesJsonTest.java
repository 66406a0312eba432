package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.valuation.ValuationParameters;

/**
 * The integers that may be left out ({@code birthYear}, an indicator's {@code threshold}, an expected
 * table's {@code total}, a structure's {@code reviewsPerYear}, the valuation's {@code priceYear}) and the
 * yes/no {@code achieved} of a reported goal, in JSON (docs/format.md): a JSON integer or boolean is read,
 * {@code null} or no key means "not given" and is written as no key, every other value is refused at its
 * place with the same problem as any other integer or boolean, and an integer out of its range is a
 * validation violation at the value.
 *
 * <p>In every text below the value under test is the only thing on line 2, indented by four spaces, so it
 * starts at column {@code 4 + ("name": ).length() + 1}: the length of the name plus 9.
 */
class OptionalValuesJsonTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final ValuationJson VALUATION = ValuationJson.create();

    /** A document with one project, up to its list of goals (also used by the round-trip properties). */
    static final String PROJECT_UP_TO_GOALS = "{ \"projects\": [ { \"id\": \"p\", \"name\": \"P\", \"kind\": \"PROJECT\","
        + " \"orientation\": \"INDIVIDUAL\", \"measurement\": \"PERSON_LEVEL\", \"owner\": \"af\","
        + " \"period\": { \"start\": \"2020-01-01\", \"end\": \"2020-12-31\" },"
        + " \"targetGroup\": { \"description\": \"Vuxna\", \"ageRange\": { \"min\": 18, \"max\": 64 } },"
        + " \"goals\": [ ";

    private static final String PROJECT = PROJECT_UP_TO_GOALS + "{ \"id\": \"g\", \"title\": \"T\", ";

    /** The five integers: name, the text with the value on line 2, the pointer of the value. */
    private enum Place {
        BIRTH_YEAR("birthYear", "/participants/0/birthYear",
            v -> "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\",\n    \"birthYear\": " + v + " } ] }"),
        THRESHOLD("threshold", "/projects/0/goals/0/indicator/threshold",
            v -> PROJECT + "\"indicator\": { \"type\": \"SURVEY_SHARE\", \"question\": \"q\",\n    \"threshold\": " + v
                + " }, \"target\": { \"comparator\": \"AT_LEAST\", \"value\": 40 } } ] } ] }"),
        TOTAL("total", "/projects/0/goals/0/breakdown/total",
            v -> PROJECT + "\"indicator\": { \"type\": \"REPORTED\" }, \"target\": { \"comparator\": \"AT_LEAST\","
                + " \"value\": 1 }, \"breakdown\": {\n    \"total\": " + v + " } } ] } ] }"),
        REVIEWS_PER_YEAR("reviewsPerYear", "/structures/0/reviewsPerYear",
            v -> "{ \"structures\": [ { \"id\": \"g\", \"name\": \"Trisam\", \"level\": \"CASE_OFFICERS\","
                + " \"meetingsPerYear\": 0,\n    \"reviewsPerYear\": " + v + " } ] }"),
        PRICE_YEAR("priceYear", "/priceYear",
            v -> "{ \"horizonYears\": 1, \"discountRate\": 0, \"persistence\": 1,\n    \"priceYear\": " + v + " }");

        final String name;
        final String pointer;
        final UnaryOperator<String> text;

        Place(String name, String pointer, UnaryOperator<String> text) {
            this.name = name;
            this.pointer = pointer;
            this.text = text;
        }

        JsonProblem refusal(String value) {
            String json = text.apply(value);
            return this == PRICE_YEAR ? OnlyProblem.of(() -> VALUATION.readParameters(json))
                : OnlyProblem.of(() -> JSON.read(json));
        }
    }

    static Stream<Arguments> refusals() {
        String integer = "Wrong type: an integer expected here, but found ";
        String heltal = "Fel typ: här ska det stå ett heltal, men det står ";
        Stream.Builder<Arguments> all = Stream.builder();
        for (Place place : Place.values()) {
            all.add(Arguments.of(place, "\"1985\"", "wrong-type", integer + "a string.", heltal + "en text."));
            all.add(Arguments.of(place, "1985.5", "wrong-type", integer + "a decimal number.", heltal + "ett decimaltal."));
            // A whole number written as a decimal is not an integer either: no silent coercion.
            all.add(Arguments.of(place, "1985.0", "wrong-type", integer + "a decimal number.", heltal + "ett decimaltal."));
            all.add(Arguments.of(place, "1985e0", "wrong-type", integer + "a decimal number.", heltal + "ett decimaltal."));
            all.add(Arguments.of(place, "true", "wrong-type", integer + "true or false.", heltal + "true eller false."));
            all.add(Arguments.of(place, "[1985]", "wrong-type", integer + "an array.", heltal + "en lista."));
            all.add(Arguments.of(place, "{}", "wrong-type", integer + "an object.", heltal + "ett objekt."));
            // 2^31 = 2147483648 is one more than the largest int.
            all.add(Arguments.of(place, "2147483648", "integer-out-of-range", "The integer is too large or too small.",
                "Heltalet är för stort eller för litet."));
            all.add(Arguments.of(place, "-2147483649", "integer-out-of-range", "The integer is too large or too small.",
                "Heltalet är för stort eller för litet."));
        }
        return all.build();
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @MethodSource("refusals")
    void a_value_that_is_not_an_int_is_refused_at_its_place(Place place, String value, String key, String english,
            String swedish) {
        JsonProblem problem = place.refusal(value);
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json." + key);
        assertThat(problem.pointer()).isEqualTo(place.pointer);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(place.name.length() + 9);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo(english);
        assertThat(problem.message()).isEqualTo(swedish);
    }

    static Stream<Arguments> yesNoRefusals() {
        String bool = "Wrong type: true or false expected here, but found ";
        String sant = "Fel typ: här ska det stå true eller false, men det står ";
        return Stream.of(
            Arguments.of("\"true\"", bool + "a string.", sant + "en text."),
            Arguments.of("1", bool + "an integer.", sant + "ett heltal."),
            Arguments.of("0", bool + "an integer.", sant + "ett heltal."),
            Arguments.of("1.0", bool + "a decimal number.", sant + "ett decimaltal."),
            Arguments.of("[true]", bool + "an array.", sant + "en lista."),
            Arguments.of("{}", bool + "an object.", sant + "ett objekt."));
    }

    @ParameterizedTest(name = "achieved: {0}")
    @MethodSource("yesNoRefusals")
    void achieved_refuses_anything_but_true_false_or_null_at_its_place(String value, String english,
            String swedish) {
        JsonProblem problem = OnlyProblem.of(() -> JSON.read(achieved(value)));
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.wrong-type");
        assertThat(problem.pointer()).isEqualTo("/projects/0/goals/0/indicator/achieved");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("achieved".length() + 9);
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo(english);
        assertThat(problem.message()).isEqualTo(swedish);
    }

    @Test
    void an_integer_is_read_and_written_back_as_the_same_integer() {
        SamverkanDocument participant = JSON.read(Place.BIRTH_YEAR.text.apply("1985"));
        assertThat(participant.getParticipants().get(0).getBirthYear()).hasValue(1985);
        assertThat(JSON.write(participant)).contains("\"birthYear\" : 1985,\n");
        SamverkanDocument survey = JSON.read(Place.THRESHOLD.text.apply("3"));
        assertThat(survey.getProjects().get(0).getGoals().get(0).getIndicator().getThreshold()).hasValue(3);
        assertThat(JSON.write(survey)).contains("\"question\" : \"q\",\n", "\"threshold\" : 3\n");
        SamverkanDocument table = JSON.read(Place.TOTAL.text.apply("10"));
        assertThat(table.getProjects().get(0).getGoals().get(0).getBreakdown().orElseThrow().getTotal()).hasValue(10);
        assertThat(JSON.write(table)).contains("\"columnTotals\" : [ ],\n", "\"total\" : 10\n");
        SamverkanDocument group = JSON.read(Place.REVIEWS_PER_YEAR.text.apply("2"));
        assertThat(group.getStructures().get(0).getReviewsPerYear()).hasValue(2);
        assertThat(JSON.write(group)).contains("\"meetingsPerYear\" : 0,\n", "\"reviewsPerYear\" : 2,\n");
        assertThat(VALUATION.readParameters(Place.PRICE_YEAR.text.apply("2022")).getPriceYear()).hasValue(2022);
    }

    @Test
    void null_or_no_key_is_not_given_and_is_written_as_no_key() {
        for (Place place : Place.values()) {
            String withNull = place.text.apply("null");
            // The same text without line 2 (the key and its null): nothing given.
            String without = withNull.replace(",\n    \"" + place.name + "\": null", "")
                .replace("{\n    \"" + place.name + "\": null", "{");
            assertThat(without).as(place.name).doesNotContain(place.name);
            if (place == Place.PRICE_YEAR) {
                ValuationParameters parameters = VALUATION.readParameters(withNull);
                assertThat(parameters.getPriceYear()).isEmpty();
                assertThat(parameters).isEqualTo(VALUATION.readParameters(without));
            } else {
                SamverkanDocument document = JSON.read(withNull);
                assertThat(document).as(place.name).isEqualTo(JSON.read(without));
                assertThat(JSON.write(document)).as(place.name).doesNotContain("\"" + place.name + "\"");
            }
        }
    }

    @Test
    void achieved_is_true_false_or_not_given_and_written_as_read() {
        assertThat(indicatorOf(achieved("true")).getAchieved()).isTrue();
        assertThat(indicatorOf(achieved("false")).getAchieved()).isFalse();
        assertThat(indicatorOf(achieved("null")).getAchieved()).isNull();
        assertThat(JSON.write(JSON.read(achieved("true")))).contains("\"outcomes\" : [ ],\n", "\"achieved\" : true\n");
        assertThat(JSON.write(JSON.read(achieved("false")))).contains("\"achieved\" : false\n");
        assertThat(JSON.write(JSON.read(achieved("null")))).doesNotContain("achieved");
        assertThat(JSON.read(achieved("null"))).isEqualTo(JSON.read(achieved("false").replace(",\n    \"achieved\": false", "")));
    }

    @Test
    void an_integer_outside_its_range_is_a_violation_at_the_value() {
        ValidatedDocument early = JSON.readAndValidate(Place.BIRTH_YEAR.text.apply("1899"));
        assertThat(early.violations()).hasSize(1);
        LocatedViolation year = early.violations().get(0);
        assertThat(year.path()).isEqualTo("/participants/0/birthYear");
        assertThat(year.line()).isEqualTo(2);
        assertThat(year.column()).isEqualTo("birthYear".length() + 9);
        assertThat(year.violation().rule()).isEqualTo("OUT_OF_RANGE");
        assertThat(year.violation().message(Locale.ENGLISH)).isEqualTo("must be greater than or equal to 1900");
        assertThat(year.violation().message()).isEqualTo("måste vara minst 1900");
        assertThat(JSON.readAndValidate(Place.BIRTH_YEAR.text.apply("2101")).violations().get(0).violation()
            .message()).isEqualTo("får vara högst 2100");
        assertThat(JSON.readAndValidate(Place.BIRTH_YEAR.text.apply("1900")).violations()).isEmpty();
        assertThat(JSON.readAndValidate(Place.BIRTH_YEAR.text.apply("2100")).violations()).isEmpty();

        LocatedViolation negative = JSON.readAndValidate(Place.REVIEWS_PER_YEAR.text.apply("-1")).violations().get(0);
        assertThat(negative.path()).isEqualTo("/structures/0/reviewsPerYear");
        assertThat(negative.column()).isEqualTo("reviewsPerYear".length() + 9);
        assertThat(negative.violation().rule()).isEqualTo("OUT_OF_RANGE");
        assertThat(negative.violation().message()).isEqualTo("får inte vara negativt");
        // 366 reviews fit in a leap year; 367 do not.
        assertThat(JSON.readAndValidate(Place.REVIEWS_PER_YEAR.text.apply("366")).violations()).isEmpty();
        assertThat(JSON.readAndValidate(Place.REVIEWS_PER_YEAR.text.apply("367")).violations().get(0).violation()
            .message(Locale.ENGLISH)).isEqualTo("must be less than or equal to 366");

        // The valuation parameters are refused whole, with the violation as the problem.
        JsonProblem price = Place.PRICE_YEAR.refusal("2101");
        assertThat(price.messageKey()).isEqualTo("jakarta.validation.constraints.Max.message");
        assertThat(price.pointer()).isEqualTo("/priceYear");
        assertThat(price.line()).isEqualTo(2);
        assertThat(price.column()).isEqualTo("priceYear".length() + 9);
        assertThat(price.message(Locale.ENGLISH)).isEqualTo("must be less than or equal to 2100");
        assertThat(price.message()).isEqualTo("får vara högst 2100");
    }

    private static String achieved(String value) {
        return PROJECT + "\"indicator\": { \"type\": \"REPORTED\",\n    \"achieved\": " + value
            + " }, \"target\": { \"comparator\": \"AT_LEAST\", \"value\": 1 } } ] } ] }";
    }

    private static Indicator indicatorOf(String json) {
        return JSON.read(json).getProjects().get(0).getGoals().get(0).getIndicator();
    }
}

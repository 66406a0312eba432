package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decimal number (a goal's target value, a valuation rate) has at most 15 digits before and 12 after the
 * point; trailing zeros of the fraction do not count, and a number written with an exponent is read as the
 * plain integer it is.
 */
class DecimalBoundsTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final ValuationJson VALUATION = ValuationJson.create();

    /** A project with every required property and one goal whose target value is {@code value}. */
    private static String goalTarget(String value) {
        return "{ \"projects\": [ { \"id\": \"p\", \"name\": \"P\", \"kind\": \"PROJECT\", \"orientation\": \"INDIVIDUAL\",\n"
            + "  \"measurement\": \"PERSON_LEVEL\", \"owner\": \"af\",\n"
            + "  \"period\": { \"start\": \"2008-03-01\", \"end\": \"2010-02-28\" }, \"targetGroup\": { \"description\": \"d\",\n"
            + "    \"ageRange\": { \"min\": 25, \"max\": 45 }, \"minAuthorityContacts\": 2 },\n"
            + "  \"goals\": [ { \"id\": \"g\", \"title\": \"t\",\n"
            + "    \"indicator\": { \"type\": \"EXIT_OUTCOME_SHARE\", \"outcomes\": [\"EMPLOYMENT\"] },\n"
            + "    \"target\": { \"comparator\": \"AT_LEAST\", \"value\": " + value + " } } ] } ] }";
    }

    private static BigDecimal targetValue(String value) {
        return JSON.read(goalTarget(value)).getProjects().get(0).getGoals().get(0).getTarget().getValue();
    }

    private static String problemKey(String value) {
        JsonProblem problem = OnlyProblem.of(() -> JSON.read(goalTarget(value)));
        assertThat(problem.pointer()).isEqualTo("/projects/0/goals/0/target/value");
        return problem.messageKey();
    }

    @Test
    void fifteen_digits_before_the_point_are_read_sixteen_are_refused() {
        assertThat(targetValue("999999999999999")).isEqualTo(new BigDecimal("999999999999999"));
        assertThat(problemKey("1000000000000000")).isEqualTo("se.samverkan.json.decimal-out-of-bounds");
    }

    @Test
    void twelve_digits_after_the_point_are_read_thirteen_are_refused() {
        assertThat(targetValue("0.123456789012")).isEqualTo(new BigDecimal("0.123456789012"));
        assertThat(problemKey("0.1234567890123")).isEqualTo("se.samverkan.json.decimal-out-of-bounds");
    }

    @Test
    void trailing_zeros_beyond_twelve_decimals_do_not_count() {
        // 13 decimals written, 12 significant: 0.1234567890120 = 0.123456789012.
        assertThat(targetValue("0.1234567890120")).isEqualByComparingTo(new BigDecimal("0.123456789012"));
        assertThat(targetValue("5.00000000000000000000")).isEqualByComparingTo(new BigDecimal("5"));
    }

    @Test
    void an_exponent_is_read_as_a_plain_integer() {
        // 1E+2 has scale -2; it is read as 100 with scale 0, so it equals a written 100 exactly.
        assertThat(targetValue("1E+2")).isEqualTo(new BigDecimal("100"));
        assertThat(VALUATION.readParameters("{ \"horizonYears\": 3, \"persistence\": 1, \"discountRate\": 2e1 }")
            .getDiscountRate()).isEqualTo(new BigDecimal("20"));
    }

    @Test
    void a_rate_written_as_a_string_has_the_same_bounds() {
        for (String rate : List.of("\"1000000000000000\"", "\"0.1234567890123\"")) {
            JsonProblem problem = OnlyProblem.of(() -> VALUATION
                .readParameters("{ \"horizonYears\": 3, \"persistence\": 1, \"discountRate\": " + rate + " }"));
            assertThat(problem.messageKey()).as(rate).isEqualTo("se.samverkan.json.decimal-out-of-bounds");
        }
    }
}

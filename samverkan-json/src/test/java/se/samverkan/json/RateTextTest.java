package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A rate of the valuation parameters written as a string is a plain decimal: an optional minus, at least
 * one digit, and optionally a point followed by at least one digit. Anything else is an invalid decimal at
 * the string; nothing is guessed or completed.
 */
class RateTextTest {

    private static final ValuationJson JSON = ValuationJson.create();

    private static String withRate(String rate) {
        return "{ \"horizonYears\": 3, \"persistence\": 1,\n  \"discountRate\": \"" + rate + "\" }";
    }

    @Test
    void plain_decimals_are_read_exactly() {
        // Every digit 0–9 in the integer part and in the fraction, with and without a fraction.
        for (String rate : List.of("0", "9", "12", "0.09", "10.90", "3.456789012", "0.0")) {
            BigDecimal read = JSON.readParameters(withRate(rate)).getDiscountRate();
            assertThat(read).as(rate).isEqualTo(new BigDecimal(rate));
        }
    }

    @Test
    void anything_but_a_plain_decimal_is_an_invalid_decimal_at_the_string() {
        // Line 2 is `  "discountRate": "…" }`: the string starts at column 19.
        for (String rate : List.of("", "-", ".5", "5.", "-.5", "1.2.3", "1e2", "0x1", "1,5", " 1", "1 ", "5.a", "a",
                "1/2", "+1", "0.5%")) {
            JsonProblem problem = OnlyProblem.of(() -> JSON.readParameters(withRate(rate)));
            assertThat(problem.messageKey()).as(rate).isEqualTo("se.samverkan.json.invalid-decimal");
            assertThat(problem.pointer()).isEqualTo("/discountRate");
            assertThat(new int[] {problem.line(), problem.column()}).as(rate).containsExactly(2, 19);
            assertThat(problem.message(Locale.ENGLISH))
                .isEqualTo("Invalid decimal number; write for example \"0.035\" or 0.035.");
        }
    }

    @Test
    void a_negative_rate_is_read_and_then_refused_by_validation() {
        JsonProblem problem = OnlyProblem.of(() -> JSON.readParameters(withRate("-0.5")));
        assertThat(problem.pointer()).isEqualTo("/discountRate");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("must not be less than 0");
    }

    @Test
    void a_rate_string_of_64_characters_is_read_65_are_invalid() {
        // "0.5" and 61 zeros: 64 characters, the rate one half (trailing zeros are not decimals).
        String text64 = "0.5" + "0".repeat(61);
        assertThat(text64).hasSize(64);
        assertThat(JSON.readParameters(withRate(text64)).getDiscountRate()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(OnlyProblem.of(() -> JSON.readParameters(withRate(text64 + "0"))).messageKey())
            .isEqualTo("se.samverkan.json.invalid-decimal");
    }
}

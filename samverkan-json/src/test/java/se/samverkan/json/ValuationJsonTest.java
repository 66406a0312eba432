package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.valuation.Payer;
import se.samverkan.model.valuation.SourceCost;
import se.samverkan.model.valuation.ValuationParameters;

class ValuationJsonTest {

    private static final ValuationJson JSON = ValuationJson.create();

    private static JsonProblem onlyProblem(String text) {
        SamverkanJsonException e = catchThrowableOfType(SamverkanJsonException.class, () -> JSON.readParameters(text));
        assertThat(e).as("problems of %s", text).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void every_bad_value_of_a_file_is_reported_at_once() {
        // Four problems on four lines, each placed at its value: a text where a whole number belongs (line 1,
        // "five" at column 18), an unknown property (line 2, its value 5 at column 14), a payer outside the
        // five (line 3, "STATE" at column 70) and a boolean where a rate belongs (line 4, true at column 17).
        // Before, reading stopped at the first.
        String text = "{\"horizonYears\": \"five\", \"discountRate\": 0, \"persistence\": 1,\n"
            + "  \"horizon\": 5,\n"
            + "  \"incomeSources\": { \"SICKNESS_BENEFIT\": { \"annualCost\": 1, \"payer\": \"STATE\" } },\n"
            + "  \"deadweight\": true }";
        SamverkanJsonException e = catchThrowableOfType(SamverkanJsonException.class, () -> JSON.readParameters(text));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
            .containsExactly(
                tuple("/horizonYears", 1, 18),
                tuple("/horizon", 2, 14),
                tuple("/incomeSources/SICKNESS_BENEFIT/payer", 3, 70),
                tuple("/deadweight", 4, 17));
    }

    @Test
    void a_syntax_error_after_a_bad_value_ends_reading_with_both_reported() {
        // The bad value on line 1 is kept; the missing comma on line 2 (before "persistence", column 3) ends it.
        String text = "{\"horizonYears\": true, \"discountRate\": 0\n  \"persistence\": 1}";
        SamverkanJsonException e = catchThrowableOfType(SamverkanJsonException.class, () -> JSON.readParameters(text));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::line)
            .containsExactly(tuple("/horizonYears", 1), tuple("/discountRate", 2));
    }

    @Test
    void reads_rates_and_amounts_as_strings_or_numbers() {
        ValuationParameters parameters = JSON.readParameters("{ \"priceYear\": 2022, \"horizonYears\": 5,\n"
            + "  \"discountRate\": \"0.035\", \"persistence\": 0.75, \"deadweight\": \"0.2\",\n"
            + "  \"employmentAnnualValue\": \"420000\",\n"
            + "  \"incomeSources\": { \"SOCIAL_ASSISTANCE\": { \"annualCost\": 162000, \"payer\": \"MUNICIPALITY\" } } }");
        assertThat(parameters).isEqualTo(ValuationParameters.builder().priceYear(2022).horizonYears(5)
            .discountRate(new BigDecimal("0.035")).persistence(new BigDecimal("0.75"))
            .deadweight(new BigDecimal("0.2")).employmentAnnualValue(Amount.parse("420000"))
            .putIncomeSources(IncomeSource.SOCIAL_ASSISTANCE, SourceCost.of(Amount.parse("162000"), Payer.MUNICIPALITY))
            .build());
    }

    @Test
    void deadweight_defaults_to_zero_and_sources_to_none() {
        ValuationParameters parameters = JSON.readParameters(
            "{\"horizonYears\": 1, \"discountRate\": 0, \"persistence\": 1}");
        assertThat(parameters.getDeadweight()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(parameters.getIncomeSources()).isEmpty();
        assertThat(parameters.getEmploymentAnnualValue()).isEmpty();
    }

    @Test
    void an_unknown_property_is_located() {
        // line 2, column 3: the name "horizon" (Jackson places the problem at the property's value token
        // or name; the pointer names the property)
        JsonProblem problem = onlyProblem("{\"horizonYears\": 3, \"discountRate\": 0, \"persistence\": 1,\n"
            + "  \"horizon\": 5}");
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.unknown-property");
        assertThat(problem.pointer()).isEqualTo("/horizon");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message(Locale.ENGLISH)).contains("\"horizon\"");
    }

    @Test
    void a_rate_out_of_range_is_located_at_its_value() {
        String text = "{\"horizonYears\": 3,\n \"discountRate\": \"-0.01\",\n \"persistence\": 1.5,\n"
            + " \"deadweight\": 1}";
        SamverkanJsonException e = catchThrowableOfType(SamverkanJsonException.class, () -> JSON.readParameters(text));
        // Sorted by pointer: deadweight (line 4, col 16), discountRate (line 2, col 18), persistence (line 3, col 17)
        assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("/deadweight", 4, 16),
                org.assertj.core.groups.Tuple.tuple("/discountRate", 2, 18),
                org.assertj.core.groups.Tuple.tuple("/persistence", 3, 17));
        assertThat(e.problems().get(0).message(Locale.ENGLISH)).isEqualTo("must be less than 1");
        assertThat(e.problems().get(1).message(Locale.ENGLISH)).isEqualTo("must not be less than 0");
        assertThat(e.problems().get(2).message(Locale.ENGLISH)).isEqualTo("must not be greater than 1");
    }

    @Test
    void a_payer_outside_the_five_is_an_unknown_code() {
        // "EU_FUND" starts at line 3, column 52 (3 spaces, "SICKNESS_BENEFIT": { "annualCost": 1, "payer": )
        JsonProblem problem = onlyProblem("{\"horizonYears\": 3, \"discountRate\": 0, \"persistence\": 1,\n"
            + " \"incomeSources\": {\n"
            + "   \"SICKNESS_BENEFIT\": { \"annualCost\": 1, \"payer\": \"EU_FUND\" } } }");
        assertThat(problem.pointer()).isEqualTo("/incomeSources/SICKNESS_BENEFIT/payer");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(52);
        assertThat(problem.message(Locale.ENGLISH)).contains("EU_FUND").contains("OTHER_PUBLIC")
            .doesNotContain("NON_PROFIT");
    }

    @Test
    void an_unknown_income_source_is_a_problem() {
        JsonProblem problem = onlyProblem("{\"horizonYears\": 3, \"discountRate\": 0, \"persistence\": 1,\n"
            + " \"incomeSources\": { \"LOTTERY\": { \"annualCost\": 1, \"payer\": \"REGION\" } } }");
        assertThat(problem.messageKey()).isEqualTo("se.samverkan.json.unknown-enum");
        assertThat(problem.pointer()).isEqualTo("/incomeSources/LOTTERY");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message(Locale.ENGLISH)).contains("LOTTERY");
    }

    @Test
    void a_negative_or_too_precise_annual_cost_is_located() {
        SamverkanJsonException e = catchThrowableOfType(SamverkanJsonException.class, () -> JSON.readParameters(
            "{\"horizonYears\": 3, \"discountRate\": 0, \"persistence\": 1,\n"
            + " \"incomeSources\": { \"SICKNESS_BENEFIT\": { \"annualCost\": \"-5\", \"payer\": \"REGION\" } } }"));
        assertThat(e.problems()).extracting(JsonProblem::pointer)
            .containsExactly("/incomeSources/SICKNESS_BENEFIT/annualCost");
        assertThat(onlyProblem("{\"horizonYears\": 3, \"discountRate\": 0, \"persistence\": 1, \"incomeSources\": "
            + "{ \"SICKNESS_BENEFIT\": { \"annualCost\": \"5.001\", \"payer\": \"REGION\" } } }").pointer())
            .isEqualTo("/incomeSources/SICKNESS_BENEFIT/annualCost");
    }

    @Test
    void missing_values_wrong_types_and_bad_text_are_problems() {
        assertThat(onlyProblem("{\"discountRate\": 0, \"persistence\": 1}").message(Locale.ENGLISH))
            .contains("horizonYears");
        assertThat(onlyProblem("{\"horizonYears\": \"3\", \"discountRate\": 0, \"persistence\": 1}").pointer())
            .isEqualTo("/horizonYears");
        assertThat(onlyProblem("{\"horizonYears\": 3, \"discountRate\": \"3,5 %\", \"persistence\": 1}").messageKey())
            .isEqualTo("se.samverkan.json.invalid-decimal");
        assertThat(onlyProblem("{\"horizonYears\": 0, \"discountRate\": 0, \"persistence\": 1}").pointer())
            .isEqualTo("/horizonYears");
        assertThat(onlyProblem("{\"horizonYears\": 101, \"discountRate\": 0, \"persistence\": 1}").pointer())
            .isEqualTo("/horizonYears");
        assertThat(onlyProblem("[]").messageKey()).isEqualTo("se.samverkan.json.root-not-object");
        assertThat(onlyProblem("").messageKey()).isEqualTo("se.samverkan.json.empty");
        assertThat(onlyProblem("{\"horizonYears\": 3, \"discountRate\": 0, \"persistence\": 1} {}").messageKey())
            .isEqualTo("se.samverkan.json.trailing-content");
        assertThat(onlyProblem("{\"horizonYears\": 3, \"horizonYears\": 4}").messageKey())
            .isEqualTo("se.samverkan.json.duplicate-property");
    }

    @Test
    void invalid_utf8_is_a_problem_not_an_exception() {
        byte[] bytes = {'{', (byte) 0xC3, '}'};
        SamverkanJsonException e = catchThrowableOfType(SamverkanJsonException.class,
            () -> JSON.readParameters(new ByteArrayInputStream(bytes)));
        assertThat(e.problems()).extracting(JsonProblem::messageKey).containsExactly("se.samverkan.json.encoding");
    }
}

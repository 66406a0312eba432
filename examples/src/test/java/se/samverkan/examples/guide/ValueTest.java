package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.valuation.ValuationResult;

class ValueTest {

    @Test
    void gemensamma_taget_with_the_example_parameters() throws Exception {
        ValuationResult result = Value.valuation(Path.of("data", "gemensamma-taget-vuxna.json"),
            Path.of("data", "valuation-parameters.json")).get(0);

        assertThat(result.valued()).isEqualTo(72);
        // 21 person-years left a listed source, each worth (1 − 0.2) × 162 000 = 129 600: 2 721 600 a year.
        assertThat(result.total().annualChange()).isEqualByComparingTo("2721600");
        // Over 5 years with q = 0.75 / 1.035 = 50/69: F = 65 870 071 / 22 667 121, and
        // 2 721 600 × F = 7 908 899.65 (to the öre); the cost is the budget, 2 755 000.
        assertThat(result.total().horizonValue()).isEqualByComparingTo("7908899.65");
        assertThat(result.total().cost()).isEqualByComparingTo("2755000");
        assertThat(result.total().net()).isEqualByComparingTo("5153899.65");
        // 2 721 600 < 2 755 000 after year 1; 2 721 600 × (1 + 50/69) = 4 693 773.91 after year 2.
        assertThat(result.total().paybackYear()).hasValue(2);
    }
}

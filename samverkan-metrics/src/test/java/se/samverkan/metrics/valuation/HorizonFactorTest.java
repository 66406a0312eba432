package se.samverkan.metrics.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.ValueContract.assertValue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The horizon factor is a value of its horizon and q, and refuses a horizon, rate or persistence out of range. */
class HorizonFactorTest {

    private static HorizonFactor factor(int years, String rate, String persistence) {
        return HorizonFactor.of(years, new BigDecimal(rate), new BigDecimal(persistence));
    }

    @Test
    void equal_exactly_when_horizon_and_q_are() {
        // r = 0, p = 0.5: q = 0.5, F over 3 years = 1 + 0.5 + 0.25 = 1.75.
        HorizonFactor half = factor(3, "0", "0.5");
        assertThat(half.value()).isEqualByComparingTo("1.75");
        assertValue(half, factor(3, "0", "0.5"),
            factor(4, "0", "0.5"),
            factor(3, "0.03", "0.5"),
            factor(3, "0", "0.6"));
        // r = 1, p = 1 gives the same q = 1 / 2 = 0.5, so the same factor.
        assertValue(half, factor(3, "1", "1"));
        assertThat(half).hasToString("HorizonFactor[H=3, q=0.5, F=1.75]");
    }

    @Test
    void refuses_each_value_out_of_range() {
        assertThatThrownBy(() -> factor(0, "0", "0.5")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("horizon must be at least one year: 0");
        assertThatThrownBy(() -> factor(3, "-0.01", "0.5")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("discount rate must not be negative: -0.01");
        assertThatThrownBy(() -> factor(3, "0", "-0.1")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("persistence must lie between 0 and 1: -0.1");
        assertThatThrownBy(() -> factor(3, "0", "1.01")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("persistence must lie between 0 and 1: 1.01");
        assertThatThrownBy(() -> HorizonFactor.of(3, null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class)
            .hasMessage("discountRate");
        assertThatThrownBy(() -> HorizonFactor.of(3, BigDecimal.ZERO, null)).isInstanceOf(NullPointerException.class)
            .hasMessage("persistence");
    }
}

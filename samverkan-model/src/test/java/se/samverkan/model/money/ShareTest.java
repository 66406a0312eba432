package se.samverkan.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void shares_are_normalised_so_equal_values_are_equal() {
        assertThat(Share.parse("0.50")).isEqualTo(Share.parse("0.5")).hasSameHashCodeAs(Share.parse("0.500"));
        assertThat(Share.parse("0.50")).hasToString("0.5");
        assertThat(Share.parse("1.000")).isEqualTo(Share.ONE).hasToString("1");
        assertThat(Share.parse("0.000")).isEqualTo(Share.ZERO).hasToString("0");
        assertThat(Share.of(new BigDecimal("0E+5"))).isEqualTo(Share.ZERO);
        assertThat(Share.parse("2.5E-1")).isEqualTo(Share.parse("0.25"));
    }

    @Test
    void a_share_lies_between_0_and_1() {
        assertThatThrownBy(() -> Share.parse("-0.1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.parse("1.000000000001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.parse("2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.parse("50")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_share_has_at_most_12_decimals() {
        assertThat(Share.parse("0.333333333333").toBigDecimal().scale()).isEqualTo(12);
        assertThatThrownBy(() -> Share.parse("0.3333333333333")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostile_literals_are_rejected_at_once() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> Share.parse("1e1000000")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Share.parse("1e-1000000")).isInstanceOf(IllegalArgumentException.class);
        });
        assertThatThrownBy(() -> Share.parse("0." + "1".repeat(70))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformed_and_null_input() {
        assertThatThrownBy(() -> Share.parse("½")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Share.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> Share.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void ordering_is_numeric() {
        assertThat(Share.parse("0.25")).isLessThan(Share.parse("0.5"));
        assertThat(Share.parse("0.5").compareTo(Share.parse("0.50"))).isZero();
    }
}

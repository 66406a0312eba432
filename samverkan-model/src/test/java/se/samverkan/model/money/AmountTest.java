package se.samverkan.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void an_amount_always_has_two_decimals_so_equal_values_are_equal() {
        assertThat(Amount.parse("1.5")).isEqualTo(Amount.parse("1.50")).hasSameHashCodeAs(Amount.parse("1.500"));
        assertThat(Amount.parse("1.5")).hasToString("1.50");
        assertThat(Amount.ofKronor(438_000)).hasToString("438000.00");
        assertThat(Amount.parse("4.38E+5")).isEqualTo(Amount.ofKronor(438_000));
        assertThat(Amount.parse("438000").toBigDecimal().scale()).isEqualTo(2);
    }

    @Test
    void kronor_ore_and_text_agree() {
        assertThat(Amount.ofOre(19_995_450)).isEqualTo(Amount.parse("199954.50"));
        assertThat(Amount.parse("199954.50").toOre()).isEqualTo(19_995_450L);
        assertThat(Amount.parse("199954.50").toOreBig()).isEqualTo(BigInteger.valueOf(19_995_450));
        assertThat(Amount.ofKronor(-5).toOre()).isEqualTo(-500);
    }

    @Test
    void zero_in_any_form_is_zero() {
        assertThat(Amount.parse("-0.00")).isEqualTo(Amount.zero()).hasToString("0.00");
        assertThat(Amount.of(new BigDecimal("0E+20"))).isEqualTo(Amount.zero());
        assertThat(Amount.of(new BigDecimal("0E-30"))).isEqualTo(Amount.zero());
        assertThat(Amount.zero().isZero()).isTrue();
        assertThat(Amount.zero().isNegative()).isFalse();
    }

    @Test
    void a_fraction_finer_than_one_ore_is_rejected() {
        assertThat(Amount.parse("0.010")).isEqualTo(Amount.ofOre(1));
        assertThatThrownBy(() -> Amount.parse("0.001")).isInstanceOf(ArithmeticException.class)
            .hasMessageContaining("öre");
        assertThatThrownBy(() -> Amount.parse("199954.505")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void a_stated_amount_has_at_most_13_integer_digits_but_a_sum_has_any_number() {
        assertThat(Amount.parse("9999999999999.99").toOre()).isEqualTo(999_999_999_999_999L);
        assertThat(Amount.parse("9999999999999.99").isWithinDocumentBound()).isTrue();
        assertThat(Amount.parse("-9999999999999.99").isWithinDocumentBound()).isTrue();
        assertThat(Amount.parse("10000000000000").isWithinDocumentBound()).isFalse();
        assertThat(Amount.parse("-10000000000000").isWithinDocumentBound()).isFalse();
        // 9 999 999 999 999.99 + 0.01 = 10 000 000 000 000.00: fourteen digits, exact.
        Amount sum = Amount.parse("9999999999999.99").plus(Amount.ofOre(1));
        assertThat(sum).hasToString("10000000000000.00");
        assertThat(sum.isWithinDocumentBound()).isFalse();
        // Long.MAX_VALUE kronor (Long.MAX_VALUE.00): its öre no longer fit a long.
        Amount huge = Amount.ofKronor(Long.MAX_VALUE);
        assertThat(huge).hasToString("9223372036854775807.00");
        assertThat(huge.toOreBig()).isEqualTo(new BigInteger("922337203685477580700"));
        assertThatThrownBy(huge::toOre).isInstanceOf(ArithmeticException.class);
        assertThat(Amount.parse(huge.toString())).isEqualTo(huge);
    }

    @Test
    void hostile_literals_are_rejected_at_once() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> Amount.parse("1e1000000")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Amount.parse("1e-1000000")).isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Amount.of(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)))
                .isInstanceOf(ArithmeticException.class);
            assertThatThrownBy(() -> Amount.of(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        });
        assertThatThrownBy(() -> Amount.parse("1".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void swedish_formatting_is_refused_with_the_form_expected() {
        assertThatThrownBy(() -> Amount.parse("4 500 000,01")).isInstanceOf(NumberFormatException.class)
            .hasMessage("not an amount: \"4 500 000,01\"; write kronor as digits with a decimal point and no spaces,"
                + " such as \"4500000.01\"");
        assertThatThrownBy(() -> Share.parse("0,25")).isInstanceOf(NumberFormatException.class)
            .hasMessage("not a share: \"0,25\"; write a number from 0 to 1 with a decimal point, such as \"0.25\"");
        assertThat(Amount.parse("4500000.01")).isEqualTo(Amount.ofOre(450_000_001L));
    }

    @Test
    void malformed_and_null_input() {
        assertThatThrownBy(() -> Amount.parse("438 000")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Amount.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> Amount.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> Amount.zero().plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> Amount.zero().minus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    }

    @Test
    void sums_and_differences_are_exact() {
        Amount koordinator = Amount.ofKronor(438_000).plus(Amount.ofKronor(541_000)).plus(Amount.ofKronor(93_000));
        assertThat(koordinator).isEqualTo(Amount.ofKronor(1_072_000));
        assertThat(Amount.parse("0.10").plus(Amount.parse("0.20"))).isEqualTo(Amount.parse("0.30"));
        assertThat(Amount.ofKronor(10).minus(Amount.parse("10.01"))).isEqualTo(Amount.parse("-0.01"));
        assertThat(Amount.ofKronor(10).minus(Amount.parse("10.01")).isNegative()).isTrue();
    }

    @Test
    void ordering_is_numeric_and_consistent_with_equals() {
        assertThat(Amount.parse("9.99")).isLessThan(Amount.parse("10"));
        assertThat(Amount.parse("-1")).isLessThan(Amount.zero());
        assertThat(Amount.parse("1.5").compareTo(Amount.parse("1.50"))).isZero();
    }
}

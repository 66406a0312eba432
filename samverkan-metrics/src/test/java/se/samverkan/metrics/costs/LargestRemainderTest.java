package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.model.money.Amount;

class LargestRemainderTest {

    private static List<Amount> amounts(String... values) {
        return Arrays.stream(values).map(Amount::parse).toList();
    }

    @Test
    void a_krona_in_three_gives_the_left_over_ore_to_the_first_listed() {
        assertThat(LargestRemainder.allocate(Amount.parse("1.00"), 1, 1, 1))
            .isEqualTo(amounts("0.34", "0.33", "0.33"));
        assertThat(LargestRemainder.allocate(Amount.parse("0.02"), 1, 1, 1))
            .isEqualTo(amounts("0.01", "0.01", "0.00"));
    }

    @Test
    void left_over_ore_go_to_the_largest_remainders_not_to_the_first_listed() {
        // 7 öre by 2:3:5 is 1.4, 2.1 and 3.5 öre: floors 1, 2, 3; the one left over goes to 0.5.
        assertThat(LargestRemainder.allocate(Amount.parse("0.07"), 2, 3, 5))
            .isEqualTo(amounts("0.01", "0.02", "0.04"));
        // 10 kronor by 1:2:4 is 142.857, 285.714, 571.428 öre: the two left over go to the first two.
        assertThat(LargestRemainder.allocate(Amount.parse("10.00"), 1, 2, 4))
            .isEqualTo(amounts("1.43", "2.86", "5.71"));
    }

    @Test
    void the_state_half_and_the_two_quarters_of_six_million() {
        assertThat(LargestRemainder.allocate(Amount.ofKronor(6_000_000), 2, 1, 1))
            .isEqualTo(amounts("3000000.00", "1500000.00", "1500000.00"));
    }

    @Test
    void one_ore_in_halves_and_quarters_goes_to_the_half() {
        assertThat(LargestRemainder.allocate(Amount.parse("0.01"), 2, 1, 1))
            .isEqualTo(amounts("0.01", "0.00", "0.00"));
        // 3 öre: 1.5, 0.75, 0.75 -> floors 1, 0, 0; the two left over go to the quarters (0.75 > 0.5).
        assertThat(LargestRemainder.allocate(Amount.parse("0.03"), 2, 1, 1))
            .isEqualTo(amounts("0.01", "0.01", "0.01"));
    }

    @Test
    void decimal_weights_are_exact() {
        assertThat(LargestRemainder.allocate(Amount.parse("0.01"),
            List.of(new BigDecimal("0.25"), new BigDecimal("0.75"))))
            .isEqualTo(amounts("0.00", "0.01"));
        assertThat(LargestRemainder.allocate(Amount.parse("100.00"),
            List.of(new BigDecimal("0.333333333333"), new BigDecimal("0.333333333333"),
                new BigDecimal("0.333333333334"))))
            .isEqualTo(amounts("33.33", "33.33", "33.34"));
        assertThat(LargestRemainder.allocate(Amount.parse("399909"),
            List.of(new BigDecimal("0.5"), new BigDecimal("0.5"))))
            .isEqualTo(amounts("199954.50", "199954.50"));
    }

    @Test
    void weights_of_different_scales_and_trailing_zeros_are_compared_exactly() {
        // 2 öre by 1000:1000:2000 is 0.5, 0.5, 1 öre: the two equal weights tie and the first wins.
        assertThat(LargestRemainder.allocate(Amount.parse("0.02"),
            List.of(new BigDecimal("1E+3"), new BigDecimal("1000.000"), new BigDecimal("2000"))))
            .isEqualTo(amounts("0.01", "0.00", "0.01"));
    }

    @Test
    void a_zero_weight_gets_exactly_zero() {
        assertThat(LargestRemainder.allocate(Amount.parse("1.00"), 0, 1, 0, 2))
            .isEqualTo(amounts("0.00", "0.33", "0.00", "0.67"));
    }

    @Test
    void a_negative_whole_is_split_as_its_absolute_value_and_negated() {
        assertThat(LargestRemainder.allocate(Amount.parse("-0.07"), 2, 3, 5))
            .isEqualTo(amounts("-0.01", "-0.02", "-0.04"));
        assertThat(LargestRemainder.allocate(Amount.parse("-1.00"), 1, 1, 1))
            .isEqualTo(amounts("-0.34", "-0.33", "-0.33"));
    }

    @Test
    void zero_is_split_into_zeros() {
        assertThat(LargestRemainder.allocate(Amount.zero(), 3, 4)).isEqualTo(amounts("0", "0"));
    }

    @Test
    void the_largest_amounts_are_exact() {
        Amount largest = Amount.parse("9999999999999.99");
        assertThat(LargestRemainder.allocate(largest, Long.MAX_VALUE, Long.MAX_VALUE))
            .isEqualTo(amounts("5000000000000.00", "4999999999999.99"));
    }

    @Test
    void empty_all_zero_and_negative_weights_are_rejected() {
        assertThatThrownBy(() -> LargestRemainder.allocate(Amount.ofKronor(1)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weights");
        assertThatThrownBy(() -> LargestRemainder.allocate(Amount.ofKronor(1), List.of()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weights");
        assertThatThrownBy(() -> LargestRemainder.allocate(Amount.zero(), 0, 0))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every weight is zero");
        assertThatThrownBy(() -> LargestRemainder.allocate(Amount.ofKronor(1), 1, -1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative weight");
        assertThatThrownBy(() -> LargestRemainder.allocate(Amount.ofKronor(1), List.of(new BigDecimal("-0.1"))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative weight");
    }

    @Test
    void hostile_weights_are_rejected_before_any_arithmetic() {
        assertThatThrownBy(() -> LargestRemainder.allocate(Amount.ofKronor(1),
            List.of(BigDecimal.ONE, new BigDecimal("1e-1000000"))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bounds");
        assertThatThrownBy(() -> LargestRemainder.allocate(Amount.ofKronor(1),
            List.of(BigDecimal.ONE, new BigDecimal("1e1000000"))))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bounds");
    }

    @Test
    void nulls_are_rejected_by_name() {
        assertThatThrownBy(() -> LargestRemainder.allocate(null, 1))
            .isInstanceOf(NullPointerException.class).hasMessage("whole");
        assertThatThrownBy(() -> LargestRemainder.allocate(Amount.zero(), Arrays.asList(BigDecimal.ONE, null)))
            .isInstanceOf(NullPointerException.class).hasMessage("weight");
    }

    @Test
    void the_result_cannot_be_modified() {
        List<Amount> parts = LargestRemainder.allocate(Amount.ofKronor(1), 1, 1);
        assertThatThrownBy(() -> parts.set(0, Amount.zero())).isInstanceOf(UnsupportedOperationException.class);
    }
}

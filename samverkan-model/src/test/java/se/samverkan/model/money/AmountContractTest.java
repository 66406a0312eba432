package se.samverkan.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The value contract of {@link Amount} (docs/problems.md): equality is numeric because every amount has
 * scale 2, it agrees with {@code compareTo} and {@code hashCode}, and the bounds hold exactly: 13
 * integer digits for an amount a document states, 64 for any representation, two decimals and 64
 * characters of text.
 */
class AmountContractTest {

    private static final long MAX_ORE = 999_999_999_999_999L;

    @Property(tries = 200)
    void equal_exactly_when_compare_to_says_so(@ForAll @LongRange(min = -MAX_ORE, max = MAX_ORE) long a,
        @ForAll @LongRange(min = -MAX_ORE, max = MAX_ORE) long b) {
        Amount x = Amount.ofOre(a);
        Amount y = Amount.ofOre(b);
        assertThat(x.equals(y)).isEqualTo(a == b).isEqualTo(x.compareTo(y) == 0).isEqualTo(y.equals(x));
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
        if (x.equals(y)) {
            assertThat(x.hashCode()).isEqualTo(y.hashCode());
        }
    }

    @Property(tries = 200)
    void equality_ignores_how_the_value_was_written(@ForAll @LongRange(min = -MAX_ORE, max = MAX_ORE) long ore,
        @ForAll @IntRange(min = 0, max = 40) int extraZeros) {
        Amount fromOre = Amount.ofOre(ore);
        Amount fromLongerScale = Amount.of(BigDecimal.valueOf(ore, 2).setScale(2 + extraZeros));
        assertThat(fromLongerScale).isEqualTo(fromOre).hasSameHashCodeAs(fromOre);
        assertThat(fromLongerScale.toBigDecimal().scale()).isEqualTo(2);
    }

    @Test
    void different_amounts_are_not_equal() {
        assertThat(Amount.ofKronor(438_000)).isNotEqualTo(Amount.ofKronor(541_000));
        assertThat(Amount.ofOre(1)).isNotEqualTo(Amount.zero());
        assertThat(Amount.ofOre(-1)).isNotEqualTo(Amount.ofOre(1));
        assertThat(Amount.parse("199954.50")).isNotEqualTo(Amount.parse("199954.51"));
    }

    @Test
    void an_amount_equals_only_amounts() {
        Amount amount = Amount.ofKronor(5);
        assertThat(amount.equals(amount)).isTrue();
        assertThat(amount.equals(null)).isFalse();
        assertThat(amount.equals(new BigDecimal("5.00"))).isFalse();
        assertThat(amount.equals("5.00")).isFalse();
        assertThat(amount.equals(Share.ONE)).isFalse();
    }

    @Test
    void hash_codes_spread_so_amounts_serve_as_keys() {
        Set<Integer> hashes = new HashSet<>();
        for (int ore = 0; ore < 1_000; ore++) {
            hashes.add(Amount.ofOre(ore).hashCode());
        }
        assertThat(hashes).hasSizeGreaterThan(900);
    }

    @Test
    void exactly_13_integer_digits_are_allowed_in_every_factory() {
        assertThat(Amount.of(new BigDecimal("9999999999999"))).hasToString("9999999999999.00");
        assertThat(Amount.of(new BigDecimal("-9999999999999.99"))).hasToString("-9999999999999.99");
        assertThat(Amount.ofKronor(9_999_999_999_999L).toOre()).isEqualTo(999_999_999_999_900L);
        assertThat(Amount.ofOre(MAX_ORE)).hasToString("9999999999999.99");
        assertThat(Amount.ofOre(-MAX_ORE)).hasToString("-9999999999999.99");
        assertThat(Amount.of(new BigDecimal("9.999999999999E+12"))).hasToString("9999999999999.00");
    }

    @Test
    void fourteen_integer_digits_are_outside_the_document_bound_yet_exact() {
        assertThat(Amount.ofKronor(10_000_000_000_000L).isWithinDocumentBound()).isFalse();
        assertThat(Amount.ofKronor(-10_000_000_000_000L).isWithinDocumentBound()).isFalse();
        assertThat(Amount.ofOre(MAX_ORE + 1)).hasToString("10000000000000.00");
        assertThat(Amount.ofOre(MAX_ORE + 1).isWithinDocumentBound()).isFalse();
        assertThat(Amount.isWithinDocumentBound(new BigDecimal("1E+13"))).isFalse();
        assertThat(Amount.isWithinDocumentBound(new BigDecimal("9.99999999999999E+12"))).isTrue();
        assertThat(Amount.isWithinDocumentBound(new BigDecimal("0E+20"))).isTrue();
        // -9 999 999 999 999.99 - 0.01 = -10 000 000 000 000.00
        assertThat(Amount.ofOre(-MAX_ORE).minus(Amount.ofOre(1))).hasToString("-10000000000000.00");
    }

    @Test
    void sixty_four_integer_digits_are_represented_and_sixty_five_refused() {
        String message = "amount has more than 64 integer digits";
        assertThat(Amount.of(BigDecimal.TEN.pow(64).subtract(BigDecimal.ONE))).hasToString("9".repeat(64) + ".00");
        assertThatThrownBy(() -> Amount.of(BigDecimal.TEN.pow(64)))
            .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThatThrownBy(() -> Amount.of(new BigDecimal("1E+64")))
            .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void two_decimals_are_allowed_and_a_third_non_zero_one_is_not() {
        assertThat(Amount.of(new BigDecimal("0.01")).toOre()).isEqualTo(1);
        assertThat(Amount.of(new BigDecimal("-0.99")).toOre()).isEqualTo(-99);
        assertThat(Amount.of(new BigDecimal("0.010")).toOre()).isEqualTo(1);
        assertThatThrownBy(() -> Amount.of(new BigDecimal("0.011")))
            .isInstanceOf(ArithmeticException.class)
            .hasMessage("amount has a fraction finer than one öre: 0.011");
        assertThatThrownBy(() -> Amount.of(new BigDecimal("-1.005")))
            .isInstanceOf(ArithmeticException.class)
            .hasMessage("amount has a fraction finer than one öre: -1.005");
    }

    @Test
    void trailing_zeros_beyond_the_ore_are_harmless_however_many() {
        // 70 decimals, of which the last 68 are zero: still 12.34 kronor.
        BigDecimal longScale = new BigDecimal("12.34" + "0".repeat(68));
        assertThat(longScale.scale()).isEqualTo(70);
        assertThat(Amount.of(longScale)).isEqualTo(Amount.ofOre(1_234));
        assertThat(Amount.of(new BigDecimal("1" + "0".repeat(70)).movePointLeft(70))).isEqualTo(Amount.ofKronor(1));
    }

    @Test
    void a_long_fraction_is_reported_without_its_digits_and_a_short_one_with_them() {
        // Up to 64 decimals the message quotes the value; beyond, the value is not expanded into text
        // (a hostile 1e-1000000 would be a million characters).
        BigDecimal sixtyFour = BigDecimal.ONE.movePointLeft(64);
        assertThat(sixtyFour.scale()).isEqualTo(64);
        assertThatThrownBy(() -> Amount.of(sixtyFour)).isInstanceOf(ArithmeticException.class)
            .hasMessage("amount has a fraction finer than one öre: " + sixtyFour.toPlainString());
        BigDecimal sixtyFive = BigDecimal.ONE.movePointLeft(65);
        assertThatThrownBy(() -> Amount.of(sixtyFive)).isInstanceOf(ArithmeticException.class)
            .hasMessage("amount has a fraction finer than one öre");
        BigDecimal sixtyFiveEndingInOre = new BigDecimal("0.01" + "0".repeat(62) + "1");
        assertThat(sixtyFiveEndingInOre.scale()).isEqualTo(65);
        assertThatThrownBy(() -> Amount.of(sixtyFiveEndingInOre)).isInstanceOf(ArithmeticException.class)
            .hasMessage("amount has a fraction finer than one öre");
    }

    @Test
    void text_of_exactly_64_characters_is_read_and_65_are_refused() {
        String sixtyFour = "1.5" + "0".repeat(61);
        assertThat(sixtyFour).hasSize(64);
        assertThat(Amount.parse(sixtyFour)).isEqualTo(Amount.parse("1.50"));
        String sixtyFive = sixtyFour + "0";
        assertThatThrownBy(() -> Amount.parse(sixtyFive)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("amount text longer than 64 characters");
    }

    @Test
    void sign_and_zero_tests_are_exact_at_one_ore() {
        assertThat(Amount.ofOre(-1).isNegative()).isTrue();
        assertThat(Amount.ofOre(1).isNegative()).isFalse();
        assertThat(Amount.ofOre(1).isZero()).isFalse();
        assertThat(Amount.ofOre(-1).isZero()).isFalse();
        assertThat(Amount.ofOre(0).isZero()).isTrue();
    }
}

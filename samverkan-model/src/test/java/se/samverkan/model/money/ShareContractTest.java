package se.samverkan.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The value contract of {@link Share}: equality is numeric because shares are normalised (trailing
 * zeros removed), it agrees with {@code compareTo} and {@code hashCode}, and the bounds hold exactly
 * at 0, 1, 12 decimals and 64 characters of text.
 */
class ShareContractTest {

    private static final int MILLION = 1_000_000;

    @Property(tries = 200)
    void equal_exactly_when_compare_to_says_so(@ForAll @IntRange(min = 0, max = MILLION) int a,
        @ForAll @IntRange(min = 0, max = MILLION) int b) {
        Share x = Share.of(BigDecimal.valueOf(a, 6));
        Share y = Share.of(BigDecimal.valueOf(b, 6));
        assertThat(x.equals(y)).isEqualTo(a == b).isEqualTo(x.compareTo(y) == 0).isEqualTo(y.equals(x));
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(Integer.compare(a, b)));
        if (x.equals(y)) {
            assertThat(x.hashCode()).isEqualTo(y.hashCode());
        }
    }

    @Property(tries = 200)
    void equality_ignores_trailing_zeros(@ForAll @IntRange(min = 0, max = MILLION) int millionths,
        @ForAll @IntRange(min = 0, max = 40) int extraZeros) {
        Share share = Share.of(BigDecimal.valueOf(millionths, 6));
        Share padded = Share.of(BigDecimal.valueOf(millionths, 6).setScale(6 + extraZeros));
        assertThat(padded).isEqualTo(share).hasSameHashCodeAs(share).hasToString(share.toString());
        assertThat(padded.toBigDecimal()).isEqualTo(BigDecimal.valueOf(millionths, 6).stripTrailingZeros());
    }

    @Test
    void different_shares_are_not_equal() {
        assertThat(Share.parse("0.25")).isNotEqualTo(Share.parse("0.5"));
        assertThat(Share.ZERO).isNotEqualTo(Share.ONE);
        assertThat(Share.parse("0.000000000001")).isNotEqualTo(Share.ZERO);
        assertThat(Share.parse("0.999999999999")).isNotEqualTo(Share.ONE);
    }

    @Test
    void a_share_equals_only_shares() {
        Share half = Share.parse("0.5");
        assertThat(half.equals(half)).isTrue();
        assertThat(half.equals(null)).isFalse();
        assertThat(half.equals(new BigDecimal("0.5"))).isFalse();
        assertThat(Share.ONE.equals(Amount.ofKronor(1))).isFalse();
    }

    @Test
    void hash_codes_spread_so_shares_serve_as_keys() {
        Set<Integer> hashes = new HashSet<>();
        for (int thousandths = 0; thousandths <= 1_000; thousandths++) {
            hashes.add(Share.of(BigDecimal.valueOf(thousandths, 3)).hashCode());
        }
        assertThat(hashes).hasSizeGreaterThan(900);
    }

    @Test
    void zero_and_one_are_inside_and_their_neighbours_outside() {
        assertThat(Share.of(BigDecimal.ZERO)).isSameAs(Share.ZERO);
        assertThat(Share.of(new BigDecimal("-0.000"))).isSameAs(Share.ZERO);
        assertThat(Share.of(BigDecimal.ONE)).isEqualTo(Share.ONE).hasToString("1");
        assertThat(Share.of(new BigDecimal("1.000000000000"))).isEqualTo(Share.ONE).hasToString("1");
        assertThat(Share.of(new BigDecimal("0.1E+1"))).isEqualTo(Share.ONE).hasToString("1");
        assertThat(Share.of(new BigDecimal("0.000000000001"))).hasToString("0.000000000001");
        assertThat(Share.of(new BigDecimal("0.999999999999"))).hasToString("0.999999999999");
        assertThatThrownBy(() -> Share.of(new BigDecimal("1.000000000001")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("share must lie between 0 and 1: 1.000000000001");
        assertThatThrownBy(() -> Share.of(new BigDecimal("-0.000000000001")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("share must lie between 0 and 1: -0.000000000001");
        assertThatThrownBy(() -> Share.of(new BigDecimal("-1")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("share must lie between 0 and 1: -1");
    }

    @Test
    void two_integer_digits_are_refused_before_any_arithmetic() {
        // Refused by their size alone, so the message does not expand the value.
        assertThatThrownBy(() -> Share.of(new BigDecimal("10"))).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("share must lie between 0 and 1");
        assertThatThrownBy(() -> Share.of(new BigDecimal("1E+1"))).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("share must lie between 0 and 1");
        assertThatThrownBy(() -> Share.of(new BigDecimal("-10.5"))).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("share must lie between 0 and 1");
        // One integer digit above 1 is compared exactly.
        assertThatThrownBy(() -> Share.of(new BigDecimal("9.5"))).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("share must lie between 0 and 1: 9.5");
    }

    @Test
    void exactly_12_decimals_are_allowed_and_13_are_not() {
        assertThat(Share.of(new BigDecimal("0.123456789012")).toBigDecimal().scale()).isEqualTo(12);
        assertThat(Share.of(new BigDecimal("0.1234567890120")).toBigDecimal().scale()).isEqualTo(12);
        assertThatThrownBy(() -> Share.of(new BigDecimal("0.1234567890123")))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("share has more than 12 decimals");
        assertThatThrownBy(() -> Share.of(new BigDecimal("0.0000000000001")))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("share has more than 12 decimals");
    }

    @Test
    void normalised_value_has_no_trailing_zeros_and_no_negative_scale() {
        assertThat(Share.parse("0.2500").toBigDecimal()).isEqualTo(new BigDecimal("0.25"));
        assertThat(Share.parse("1.0").toBigDecimal()).isEqualTo(BigDecimal.ONE);
        assertThat(Share.parse("1.0").toBigDecimal().scale()).isZero();
        assertThat(Share.parse("0.0").toBigDecimal()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void text_of_exactly_64_characters_is_read_and_65_are_refused() {
        String sixtyFour = "0.5" + "0".repeat(61);
        assertThat(sixtyFour).hasSize(64);
        assertThat(Share.parse(sixtyFour)).isEqualTo(Share.parse("0.5"));
        String sixtyFive = sixtyFour + "0";
        assertThatThrownBy(() -> Share.parse(sixtyFive)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("share text longer than 64 characters");
    }
}

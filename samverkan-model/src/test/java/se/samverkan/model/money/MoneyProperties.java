package se.samverkan.model.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.IntRange;

/** Exact money: no rounding, no drift, text round trips (docs/format.md). */
class MoneyProperties {

    private static final long MAX_ORE = 999_999_999_999_999L;

    @Property(tries = 200)
    void ore_and_text_round_trip(@ForAll @LongRange(min = -MAX_ORE, max = MAX_ORE) long ore) {
        Amount amount = Amount.ofOre(ore);
        assertThat(amount.toOre()).isEqualTo(ore);
        assertThat(Amount.parse(amount.toString())).isEqualTo(amount);
        assertThat(amount.toBigDecimal()).isEqualByComparingTo(BigDecimal.valueOf(ore, 2));
    }

    @Property(tries = 200)
    void adding_and_subtracting_is_exact(@ForAll @LongRange(min = -100_000_000_000L, max = 100_000_000_000L) long a,
        @ForAll @LongRange(min = -100_000_000_000L, max = 100_000_000_000L) long b) {
        Amount x = Amount.ofOre(a);
        Amount y = Amount.ofOre(b);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y)).isEqualTo(y.plus(x)).isEqualTo(Amount.ofOre(a + b));
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(a - b));
    }

    @Property(tries = 200)
    void shares_round_trip_through_text(@ForAll @IntRange(min = 0, max = 1_000_000) int millionths) {
        Share share = Share.of(BigDecimal.valueOf(millionths, 6));
        assertThat(Share.parse(share.toString())).isEqualTo(share);
        assertThat(share.toBigDecimal()).isEqualByComparingTo(BigDecimal.valueOf(millionths, 6));
    }
}

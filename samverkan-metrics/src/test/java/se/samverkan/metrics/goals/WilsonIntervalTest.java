package se.samverkan.metrics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.Fixtures.dec;

import org.junit.jupiter.api.Test;

/**
 * Reference values computed independently with Python's {@code decimal} module at 60 digits from the
 * textbook form {@code (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n)}.
 */
class WilsonIntervalTest {

    @Test
    void twelve_of_thirty() {
        // 24.5903943… – 57.6799475…
        assertThat(WilsonInterval.of(12, 30)).isEqualTo(new WilsonInterval(dec("24.6"), dec("57.7")));
    }

    @Test
    void one_of_three_and_thirty_seven_of_fifty() {
        // 6.1490315… – 79.2345044…; 60.4465780… – 84.1286203…
        assertThat(WilsonInterval.of(1, 3)).isEqualTo(new WilsonInterval(dec("6.1"), dec("79.2")));
        assertThat(WilsonInterval.of(37, 50)).isEqualTo(new WilsonInterval(dec("60.4"), dec("84.1")));
    }

    @Test
    void none_and_all_reach_the_ends_of_the_scale() {
        // 0 – 27.7540168…; 72.2459831… – 100
        assertThat(WilsonInterval.of(0, 10)).isEqualTo(new WilsonInterval(dec("0.0"), dec("27.8")));
        assertThat(WilsonInterval.of(10, 10)).isEqualTo(new WilsonInterval(dec("72.2"), dec("100.0")));
        // 0 – 79.3456708…
        assertThat(WilsonInterval.of(0, 1)).isEqualTo(new WilsonInterval(dec("0.0"), dec("79.3")));
    }

    @Test
    void bounds_have_exactly_one_decimal() {
        WilsonInterval interval = WilsonInterval.of(0, 10);
        assertThat(interval.lower().scale()).isEqualTo(1);
        assertThat(interval.upper().scale()).isEqualTo(1);
        assertThat(interval.lower().toPlainString()).isEqualTo("0.0");
    }

    @Test
    void no_trials_or_impossible_successes_are_rejected() {
        assertThatThrownBy(() -> WilsonInterval.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}

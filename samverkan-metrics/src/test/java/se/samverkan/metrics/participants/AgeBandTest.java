package se.samverkan.metrics.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.ValueContract.assertValue;

import org.junit.jupiter.api.Test;
import se.samverkan.model.range.IntRange;

/**
 * An age band (<i>åldersgrupp</i>, DOMAIN.md §4): closed at both ends, open where no bound is given,
 * never negative, and a value printed as its key ({@code 18-30}, {@code -17}, {@code 65-}).
 */
class AgeBandTest {

    @Test
    void both_bounds_belong_to_the_band() {
        AgeBand youth = AgeBand.of(18, 30);
        assertThat(youth.contains(17)).isFalse();
        assertThat(youth.contains(18)).isTrue();
        assertThat(youth.contains(30)).isTrue();
        assertThat(youth.contains(31)).isFalse();
        assertThat(AgeBand.of(25, 25).contains(25)).isTrue();
        assertThat(AgeBand.of(25, 25).contains(24)).isFalse();
        assertThat(AgeBand.of(25, 25).contains(26)).isFalse();
    }

    @Test
    void an_open_end_has_no_bound() {
        assertThat(AgeBand.upTo(17).contains(0)).isTrue();
        assertThat(AgeBand.upTo(17).contains(17)).isTrue();
        assertThat(AgeBand.upTo(17).contains(18)).isFalse();
        assertThat(AgeBand.from(65).contains(64)).isFalse();
        assertThat(AgeBand.from(65).contains(65)).isTrue();
        assertThat(AgeBand.from(65).contains(Integer.MAX_VALUE)).isTrue();
        assertThat(AgeBand.upTo(17).min()).isEmpty();
        assertThat(AgeBand.upTo(17).max()).contains(17);
        assertThat(AgeBand.from(65).min()).contains(65);
        assertThat(AgeBand.from(65).max()).isEmpty();
    }

    @Test
    void the_key_names_the_bounds_given() {
        assertThat(AgeBand.of(18, 30).key()).isEqualTo("18-30");
        assertThat(AgeBand.upTo(17).key()).isEqualTo("-17");
        assertThat(AgeBand.from(65)).hasToString("65-");
        assertThat(AgeBand.of(IntRange.of(18, 30))).hasToString("18-30");
    }

    @Test
    void a_band_is_its_bounds() {
        assertValue(AgeBand.of(18, 30), AgeBand.of(IntRange.of(18, 30)), AgeBand.of(18, 31), AgeBand.of(19, 30),
            AgeBand.from(18), AgeBand.upTo(30));
        assertValue(AgeBand.from(18), AgeBand.from(18), AgeBand.upTo(18));
    }

    @Test
    void a_disordered_or_negative_band_is_refused() {
        assertThatThrownBy(() -> AgeBand.of(30, 18)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("age band 30-18 ends before it starts");
        assertThatThrownBy(() -> AgeBand.of(-1, 5)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("an age is never negative");
        assertThatThrownBy(() -> AgeBand.upTo(-1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("an age is never negative");
        assertThatThrownBy(() -> AgeBand.from(-1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("an age is never negative");
        assertThatThrownBy(() -> AgeBand.of(null)).isInstanceOf(NullPointerException.class).hasMessage("range");
        assertThat(AgeBand.of(0, 0).contains(0)).isTrue();
        assertThat(AgeBand.upTo(0).contains(0)).isTrue();
        assertThat(AgeBand.from(0).contains(0)).isTrue();
    }
}

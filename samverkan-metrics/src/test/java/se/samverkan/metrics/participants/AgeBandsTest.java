package se.samverkan.metrics.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.samverkan.model.range.IntRange;

class AgeBandsTest {

    @Test
    void the_esf_plus_bands_have_the_keys_of_the_metrics_output() {
        assertThat(AgeBands.esfPlus().keys()).containsExactly("-17", "18-29", "30-54", "55-", "unknown");
    }

    @Test
    void each_age_falls_in_its_esf_plus_band() {
        AgeBands bands = AgeBands.esfPlus();
        assertThat(bands.indexOf(0)).hasValue(0);
        assertThat(bands.indexOf(17)).hasValue(0);
        assertThat(bands.indexOf(18)).hasValue(1);
        assertThat(bands.indexOf(29)).hasValue(1);
        assertThat(bands.indexOf(30)).hasValue(2);
        assertThat(bands.indexOf(54)).hasValue(2);
        assertThat(bands.indexOf(55)).hasValue(3);
        assertThat(bands.indexOf(120)).hasValue(3);
    }

    @Test
    void own_bands_may_leave_gaps() {
        AgeBands bands = AgeBands.of(AgeBand.of(IntRange.of(18, 30)), AgeBand.of(31, 64));
        assertThat(bands.keys()).containsExactly("18-30", "31-64", "unknown");
        assertThat(bands.indexOf(17)).isEmpty();
        assertThat(bands.indexOf(65)).isEmpty();
        assertThat(bands.indexOf(31)).hasValue(1);
    }

    @Test
    void overlapping_or_disordered_bands_are_rejected() {
        assertThatThrownBy(() -> AgeBands.of(AgeBand.of(18, 30), AgeBand.of(30, 64)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgeBands.of(AgeBand.upTo(20), AgeBand.from(20)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgeBand.of(30, 18)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(AgeBands::of).isInstanceOf(IllegalArgumentException.class);
    }
}

package se.samverkan.metrics.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.ValueContract.assertValue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.goals.CellResult;
import se.samverkan.model.participant.Gender;

/**
 * An age band (<i>åldersgrupp</i>, docs/metrics.md): closed at both ends, open where no bound is given,
 * never negative, and a value printed as its key ({@code 18-30}, {@code -17}, {@code 65-}).
 */
class AgeBandTest {

    private static se.samverkan.model.range.IntRange range(int min, int max) {
        return se.samverkan.model.range.IntRange.of(min, max);
    }

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
        assertThat(AgeBand.upTo(17).max()).hasValue(17);
        assertThat(AgeBand.from(65).min()).hasValue(65);
        assertThat(AgeBand.from(65).max()).isEmpty();
    }

    @Test
    void the_key_names_the_bounds_given() {
        assertThat(AgeBand.of(18, 30).key()).isEqualTo("18-30");
        assertThat(AgeBand.upTo(17).key()).isEqualTo("-17");
        assertThat(AgeBand.from(65)).hasToString("65-");
        assertThat(AgeBand.of(range(18, 30))).hasToString("18-30");
    }

    @Test
    void every_age_band_key_is_formed_in_one_place() {
        assertThat(AgeBand.key(18, 30)).isEqualTo("18-30");
        assertThat(AgeBand.key(null, 17)).isEqualTo("-17");
        assertThat(AgeBand.key(55, null)).isEqualTo("55-");
        // A breakdown cell of an expected table (a closed range) is keyed as the band with the same bounds,
        // and no band's key is the key of participants without a birth year.
        assertThat(new CellResult(Gender.WOMAN, range(18, 29), 3, 2).ageBandKey()).isEqualTo(AgeBand.of(18, 29).key());
        assertThat(AgeBands.esfPlus().keys()).endsWith(AgeBands.UNKNOWN).containsOnlyOnce(AgeBands.UNKNOWN);
    }

    @Test
    void a_band_is_its_bounds() {
        assertValue(AgeBand.of(18, 30), AgeBand.of(range(18, 30)), AgeBand.of(18, 31), AgeBand.of(19, 30),
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

    @Test
    void bands_sharing_one_age_overlap_in_either_order() {
        assertThatThrownBy(() -> AgeBands.of(AgeBand.of(30, 64), AgeBand.of(18, 30)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgeBands.of(AgeBand.from(20), AgeBand.upTo(20)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(AgeBands.of(AgeBand.of(31, 64), AgeBand.of(18, 30))).isNotNull();
        assertThat(AgeBands.of(AgeBand.from(21), AgeBand.upTo(20))).isNotNull();
    }

    @Property(tries = 200)
    void two_bands_are_refused_exactly_when_they_share_an_age(@ForAll @IntRange(min = 0, max = 40) int a,
        @ForAll @IntRange(min = 0, max = 40) int b, @ForAll @IntRange(min = 0, max = 40) int c,
        @ForAll @IntRange(min = 0, max = 40) int d) {
        AgeBand first = AgeBand.of(Math.min(a, b), Math.max(a, b));
        AgeBand second = AgeBand.of(Math.min(c, d), Math.max(c, d));
        boolean shareAnAge = Math.max(Math.min(a, b), Math.min(c, d)) <= Math.min(Math.max(a, b), Math.max(c, d));
        if (shareAnAge) {
            assertThatThrownBy(() -> AgeBands.of(first, second)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(AgeBands.of(first, second)).isNotNull();
        }
    }
}

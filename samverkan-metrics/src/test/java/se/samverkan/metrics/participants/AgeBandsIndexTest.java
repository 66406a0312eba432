package se.samverkan.metrics.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The boxing-free band lookup the participant summary counts age bands with (docs/metrics.md). */
class AgeBandsIndexTest {

    @Test
    void every_esf_plus_boundary_falls_in_its_band() {
        AgeBands bands = AgeBands.esfPlus();
        assertThat(bands.index(0)).isZero();
        assertThat(bands.index(17)).isZero();
        assertThat(bands.index(18)).isEqualTo(1);
        assertThat(bands.index(29)).isEqualTo(1);
        assertThat(bands.index(30)).isEqualTo(2);
        assertThat(bands.index(54)).isEqualTo(2);
        assertThat(bands.index(55)).isEqualTo(3);
        assertThat(bands.index(AgeBands.TABLE_AGES - 1)).isEqualTo(3);
        assertThat(bands.index(AgeBands.TABLE_AGES)).isEqualTo(3);
        assertThat(bands.index(Integer.MAX_VALUE)).isEqualTo(3);
    }

    @Test
    void a_negative_age_falls_in_a_band_open_below_as_before() {
        assertThat(AgeBands.esfPlus().index(-1)).isZero();
        assertThat(AgeBands.esfPlus().index(Integer.MIN_VALUE)).isZero();
        assertThat(AgeBands.of(AgeBand.of(0, 17)).index(-1)).isEqualTo(-1);
    }

    @Test
    void an_age_in_a_gap_or_beyond_every_band_is_in_no_band() {
        AgeBands bands = AgeBands.of(AgeBand.of(18, 30), AgeBand.of(40, 64), AgeBand.of(160, 170));
        assertThat(bands.index(17)).isEqualTo(-1);
        assertThat(bands.index(18)).isZero();
        assertThat(bands.index(30)).isZero();
        assertThat(bands.index(31)).isEqualTo(-1);
        assertThat(bands.index(39)).isEqualTo(-1);
        assertThat(bands.index(40)).isEqualTo(1);
        assertThat(bands.index(64)).isEqualTo(1);
        assertThat(bands.index(65)).isEqualTo(-1);
        assertThat(bands.index(AgeBands.TABLE_AGES - 1)).isEqualTo(-1);
        assertThat(bands.index(159)).isEqualTo(-1);
        assertThat(bands.index(160)).isEqualTo(2);
        assertThat(bands.index(170)).isEqualTo(2);
        assertThat(bands.index(171)).isEqualTo(-1);
        assertThat(bands.index(-5)).isEqualTo(-1);
    }

    @Test
    void a_band_across_the_end_of_the_table_holds_the_ages_on_both_sides() {
        AgeBands bands = AgeBands.of(AgeBand.of(140, 160));
        assertThat(bands.index(139)).isEqualTo(-1);
        assertThat(bands.index(AgeBands.TABLE_AGES - 1)).isZero();
        assertThat(bands.index(AgeBands.TABLE_AGES)).isZero();
        assertThat(bands.index(161)).isEqualTo(-1);
    }

    @Provide
    Arbitrary<AgeBands> bands() {
        Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 200).set().ofMinSize(1).ofMaxSize(8)
            .map(set -> {
                List<Integer> sorted = new ArrayList<>(set);
                sorted.sort(null);
                return sorted;
            });
        return cuts.flatMap(sorted -> Arbitraries.integers().between(0, 3).list().ofSize(sorted.size() + 1)
            .map(kinds -> bandsBetween(sorted, kinds)));
    }

    /**
     * Bands between consecutive cuts: kind 0 leaves the gap empty, the others make a band; the first
     * may be open below and the last open above.
     */
    private static AgeBands bandsBetween(List<Integer> cuts, List<Integer> kinds) {
        List<AgeBand> bands = new ArrayList<>();
        if (kinds.get(0) == 1) {
            bands.add(AgeBand.upTo(cuts.get(0)));
        }
        for (int i = 0; i + 1 < cuts.size(); i++) {
            if (kinds.get(i + 1) != 0) {
                bands.add(AgeBand.of(cuts.get(i) + 1, cuts.get(i + 1)));
            }
        }
        int last = cuts.get(cuts.size() - 1) + 1;
        bands.add(kinds.get(cuts.size()) % 2 == 0 ? AgeBand.from(last) : AgeBand.of(last, last + 5));
        return AgeBands.of(bands);
    }

    @Property(tries = 200)
    void the_lookup_finds_the_band_holding_each_age(@ForAll("bands") AgeBands bands) {
        for (int age = -3; age <= 210; age++) {
            int expected = -1;
            for (int i = 0; i < bands.bands().size(); i++) {
                if (bands.bands().get(i).contains(age)) {
                    expected = i;
                }
            }
            assertThat(bands.index(age)).as("age %d in %s", age, bands).isEqualTo(expected);
            assertThat(bands.indexOf(age)).isEqualTo(expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected));
        }
    }
}

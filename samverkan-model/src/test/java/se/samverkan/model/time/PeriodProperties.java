package se.samverkan.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.testing.ModelArbitraries;

/** The algebra of closed periods. */
class PeriodProperties {

    @Property(tries = 200)
    void overlap_is_symmetric_and_enclosing_implies_overlap(@ForAll("periods") Period a, @ForAll("periods") Period b) {
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
        if (a.isOrdered() && b.isOrdered() && a.encloses(b)) {
            assertThat(a.overlaps(b)).isTrue();
        }
    }

    @Property(tries = 200)
    void an_ordered_period_contains_its_ends_and_touches_its_years(@ForAll("ordered") Period period) {
        assertThat(period.contains(period.getStart())).isTrue();
        assertThat(period.contains(period.getEnd())).isTrue();
        assertThat(period.encloses(period)).isTrue();
        assertThat(period.years()).allMatch(period::touchesYear)
            .hasSize(period.getEnd().getYear() - period.getStart().getYear() + 1);
    }

    @Provide
    Arbitrary<Period> periods() {
        return ModelArbitraries.anyPeriods();
    }

    @Provide
    Arbitrary<Period> ordered() {
        return ModelArbitraries.validPeriods();
    }
}

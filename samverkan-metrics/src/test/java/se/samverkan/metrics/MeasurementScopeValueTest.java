package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.Fixtures.date;
import static se.samverkan.metrics.Fixtures.period;
import static se.samverkan.metrics.ValueContract.assertValue;

import org.junit.jupiter.api.Test;
import se.samverkan.model.time.Period;

/**
 * A measurement scope (docs/metrics.md) is a value of its optional period and optional {@code asOf} date:
 * scopes built by different factories with the same parts are equal.
 */
class MeasurementScopeValueTest {

    private final Period year2009 = period("2009-01-01", "2009-12-31");

    @Test
    void a_scope_is_its_period_and_as_of_date() {
        MeasurementScope midYear = MeasurementScope.of(year2009).asOf(date("2009-06-30"));
        assertValue(midYear, MeasurementScope.of(period("2009-01-01", "2009-12-31"), date("2009-06-30")),
            MeasurementScope.of(year2009),
            MeasurementScope.of(period("2009-01-01", "2009-12-30"), date("2009-06-30")),
            MeasurementScope.projectPeriod().asOf(date("2009-06-30")),
            MeasurementScope.of(year2009).asOf(date("2009-07-01")));
        assertThat(midYear.period()).contains(year2009);
        assertThat(midYear.asOfDate()).contains(date("2009-06-30"));
    }

    @Test
    void the_defaults_are_empty_and_the_same_however_built() {
        MeasurementScope byDefault = MeasurementScope.projectPeriod();
        assertThat(byDefault.period()).isEmpty();
        assertThat(byDefault.asOfDate()).isEmpty();
        assertThat(MeasurementScope.of(null, null)).isEqualTo(byDefault).hasSameHashCodeAs(byDefault);
        assertThat(MeasurementScope.of(year2009, null)).isEqualTo(MeasurementScope.of(year2009));
        assertThat(MeasurementScope.of(year2009).asOfDate()).isEmpty();
    }

    @Test
    void to_string_names_the_defaults_in_words() {
        assertThat(MeasurementScope.projectPeriod()).hasToString("MeasurementScope[project period, asOf period end]");
        assertThat(MeasurementScope.of(year2009, date("2009-06-30")))
            .hasToString("MeasurementScope[" + year2009 + ", asOf 2009-06-30]");
    }

    @Test
    void a_missing_or_disordered_period_and_a_missing_date_are_refused() {
        assertThatThrownBy(() -> MeasurementScope.of(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("period");
        Period disordered = period("2009-12-31", "2009-01-01");
        assertThatThrownBy(() -> MeasurementScope.of(disordered, date("2009-06-30")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("measurement period ends before it starts: " + disordered);
        assertThatThrownBy(() -> MeasurementScope.projectPeriod().asOf(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("date");
        // A period of one day is ordered.
        assertThat(MeasurementScope.of(period("2009-06-30", "2009-06-30")).period()).isPresent();
    }
}

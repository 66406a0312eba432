package se.samverkan.metrics.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;

import se.samverkan.model.time.Period;

class PeriodLengthTest {

    private static Period period(String start, String end) {
        return Period.of(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void tertials_are_january_to_april_may_to_august_and_september_to_december_clipped_to_the_range() {
        // Gemensamma taget's project period, 1 March 2008 – 28 February 2010: the first tertial of 2008 starts
        // on 1 March (clipped), the last one ends on 28 February 2010 (clipped).
        assertThat(PeriodLength.TERTIAL.cut(period("2008-03-01", "2010-02-28"))).containsExactly(
            period("2008-03-01", "2008-04-30"),
            period("2008-05-01", "2008-08-31"),
            period("2008-09-01", "2008-12-31"),
            period("2009-01-01", "2009-04-30"),
            period("2009-05-01", "2009-08-31"),
            period("2009-09-01", "2009-12-31"),
            period("2010-01-01", "2010-02-28"));
    }

    @Test
    void a_month_ends_on_the_last_day_of_february_in_a_leap_year_and_in_another_year() {
        assertThat(PeriodLength.MONTH.cut(period("2008-01-15", "2008-03-10"))).containsExactly(
            period("2008-01-15", "2008-01-31"),
            period("2008-02-01", "2008-02-29"),
            period("2008-03-01", "2008-03-10"));
        assertThat(PeriodLength.MONTH.containing(LocalDate.parse("2009-02-14")))
            .isEqualTo(period("2009-02-01", "2009-02-28"));
    }

    @Test
    void halves_quarters_and_years_follow_the_calendar() {
        assertThat(PeriodLength.HALF.cut(period("2017-05-10", "2018-07-01"))).containsExactly(
            period("2017-05-10", "2017-06-30"), period("2017-07-01", "2017-12-31"),
            period("2018-01-01", "2018-06-30"), period("2018-07-01", "2018-07-01"));
        assertThat(PeriodLength.QUARTER.cut(period("2017-03-31", "2017-10-01"))).containsExactly(
            period("2017-03-31", "2017-03-31"), period("2017-04-01", "2017-06-30"),
            period("2017-07-01", "2017-09-30"), period("2017-10-01", "2017-10-01"));
        assertThat(PeriodLength.YEAR.cut(period("2016-12-31", "2017-01-01"))).containsExactly(
            period("2016-12-31", "2016-12-31"), period("2017-01-01", "2017-01-01"));
    }

    @Test
    void a_range_inside_one_calendar_period_is_one_period() {
        assertThat(PeriodLength.TERTIAL.cut(period("2009-06-01", "2009-06-30")))
            .containsExactly(period("2009-06-01", "2009-06-30"));
        assertThat(PeriodLength.TERTIAL.containing(LocalDate.parse("2009-06-17")))
            .isEqualTo(period("2009-05-01", "2009-08-31"));
    }

    @Test
    void a_range_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> PeriodLength.YEAR.cut(period("2009-02-01", "2009-01-31")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2009-02-01");
    }

    private static int index(PeriodLength length, String day) {
        return length.indexInYear(LocalDate.parse(day));
    }

    @Test
    void a_tertial_is_numbered_1_to_3_and_changes_on_1_may_and_1_september() {
        assertThat(index(PeriodLength.TERTIAL, "2009-01-01")).isEqualTo(1);
        assertThat(index(PeriodLength.TERTIAL, "2009-04-30")).isEqualTo(1);
        assertThat(index(PeriodLength.TERTIAL, "2009-05-01")).isEqualTo(2);
        assertThat(index(PeriodLength.TERTIAL, "2009-08-31")).isEqualTo(2);
        assertThat(index(PeriodLength.TERTIAL, "2009-09-01")).isEqualTo(3);
        assertThat(index(PeriodLength.TERTIAL, "2009-12-31")).isEqualTo(3);
        // 29 February of a leap year is in the first tertial like any other February day.
        assertThat(index(PeriodLength.TERTIAL, "2008-02-29")).isEqualTo(1);
    }

    @Test
    void a_quarter_half_month_and_year_are_numbered_within_their_year() {
        // Quarters change on 1 April, 1 July and 1 October.
        assertThat(index(PeriodLength.QUARTER, "2017-03-31")).isEqualTo(1);
        assertThat(index(PeriodLength.QUARTER, "2017-04-01")).isEqualTo(2);
        assertThat(index(PeriodLength.QUARTER, "2017-06-30")).isEqualTo(2);
        assertThat(index(PeriodLength.QUARTER, "2017-07-01")).isEqualTo(3);
        assertThat(index(PeriodLength.QUARTER, "2017-09-30")).isEqualTo(3);
        assertThat(index(PeriodLength.QUARTER, "2017-10-01")).isEqualTo(4);
        // Halves change on 1 July.
        assertThat(index(PeriodLength.HALF, "2017-06-30")).isEqualTo(1);
        assertThat(index(PeriodLength.HALF, "2017-07-01")).isEqualTo(2);
        assertThat(index(PeriodLength.MONTH, "2017-01-31")).isEqualTo(1);
        assertThat(index(PeriodLength.MONTH, "2017-12-01")).isEqualTo(12);
        assertThat(index(PeriodLength.YEAR, "2017-12-31")).isEqualTo(1);
        assertThatThrownBy(() -> PeriodLength.TERTIAL.indexInYear(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("day");
    }

    @Property(tries = 300)
    void the_period_containing_a_day_is_the_period_of_its_index(
        @ForAll @DateRange(min = "1999-01-01", max = "2031-12-31") LocalDate day, @ForAll PeriodLength length) {
        int index = length.indexInYear(day);
        assertThat(index).isBetween(1, 12 / length.months());
        // Period number i starts on the first day of month (i - 1) × months + 1.
        assertThat(length.containing(day).getStart())
            .isEqualTo(LocalDate.of(day.getYear(), (index - 1) * length.months() + 1, 1));
    }

    @Test
    void the_lengths_in_months() {
        assertThat(List.of(PeriodLength.values()).stream().map(PeriodLength::months).toList())
            .containsExactly(12, 6, 4, 3, 1);
    }

    @Property(tries = 300)
    void the_periods_cover_the_range_day_for_day_each_inside_one_calendar_period(
        @ForAll @DateRange(min = "1999-01-01", max = "2031-12-31") LocalDate start,
        @ForAll @DateRange(min = "1999-01-01", max = "2031-12-31") LocalDate end,
        @ForAll PeriodLength length) {
        Period range = start.isAfter(end) ? Period.of(end, start) : Period.of(start, end);

        List<Period> periods = length.cut(range);

        assertThat(periods.get(0).getStart()).isEqualTo(range.getStart());
        assertThat(periods.get(periods.size() - 1).getEnd()).isEqualTo(range.getEnd());
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            assertThat(period.isOrdered()).isTrue();
            assertThat(length.containing(period.getStart()).encloses(period)).isTrue();
            if (i > 0) {
                assertThat(period.getStart()).isEqualTo(periods.get(i - 1).getEnd().plusDays(1));
            }
        }
    }
}

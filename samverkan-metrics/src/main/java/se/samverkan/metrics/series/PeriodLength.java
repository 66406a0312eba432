package se.samverkan.metrics.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.samverkan.model.time.Period;

/**
 * The length of the calendar periods a series is cut into (<i>periodlängd</i>: år, halvår, tertial, kvartal,
 * månad; see {@code docs/metrics.md}): a year, a half year (January–June, July–December), a tertial
 * (January–April, May–August, September–December: the periods of a förbund's tertial reports), a quarter or
 * a month. Every length divides the calendar year into whole months, so the periods of one length never
 * overlap and together cover every day.
 *
 * <p>The constants are in order from the longest to the shortest period; their names are the codes the
 * command line's {@code metrics --by} takes and the {@code by} key of the series output.
 */
public enum PeriodLength {

    /** A calendar year (<i>år</i>). */
    YEAR(12),
    /** A half year (<i>halvår</i>): January–June or July–December. */
    HALF(6),
    /** A tertial (<i>tertial</i>): January–April, May–August or September–December. */
    TERTIAL(4),
    /** A quarter (<i>kvartal</i>): January–March, April–June, July–September or October–December. */
    QUARTER(3),
    /** A calendar month (<i>månad</i>). */
    MONTH(1);

    private final int months;

    PeriodLength(int months) {
        this.months = months;
    }

    /**
     * How many calendar months one period of this length has.
     *
     * @return 12, 6, 4, 3 or 1
     */
    public int months() {
        return months;
    }

    /**
     * Which period of its year a day lies in, counted from 1: the number a period of this length is known
     * by within the year. For {@link #TERTIAL} the tertial (<i>tertial</i>) 1 (January–April), 2 (May–August)
     * or 3 (September–December), the numbering of a förbund's tertial reports; for {@link #QUARTER} the quarter
     * (<i>kvartal</i>) 1–4; for {@link #HALF} the half year (<i>halvår</i>) 1–2; for {@link #MONTH} the month
     * 1–12; for {@link #YEAR} always 1. So 30 April is in tertial 1 and 1 May in tertial 2; 31 August in
     * tertial 2 and 1 September in tertial 3.
     *
     * <p>This and {@link #containing(LocalDate)} are the one place that decides how a year is cut: the period
     * {@code containing(day)} is period number {@code indexInYear(day)} of the day's year.
     *
     * @param day the day, not null
     * @return the index, from 1 to {@code 12 / months()}
     * @throws NullPointerException if {@code day} is null
     */
    public int indexInYear(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return (day.getMonthValue() - 1) / months + 1;
    }

    /**
     * The calendar period of this length that holds a day: for {@link #TERTIAL} and 17 June 2009, the
     * period from 1 May to 31 August 2009.
     *
     * @param day the day, not null
     * @return the whole calendar period (its last day is the last day of its last month), never null
     * @throws NullPointerException if {@code day} is null
     */
    public Period containing(LocalDate day) {
        int firstMonth = (indexInYear(day) - 1) * months + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        return Period.of(start, start.plusMonths(months).minusDays(1));
    }

    /**
     * Cuts a range of days into the calendar periods of this length that it touches, each clipped to the
     * range: for {@link #TERTIAL} and 1 March 2008 – 28 February 2010, the periods 1 March – 30 April 2008,
     * 1 May – 31 August 2008, 1 September – 31 December 2008, …, 1 January – 28 February 2010.
     *
     * <p>The periods are in time order, share no day, and together cover exactly the range; the first
     * starts on the range's first day and the last ends on its last day.
     *
     * @param range the range, not null; its end is on or after its start
     * @return the clipped periods, at least one; unmodifiable, never null
     * @throws NullPointerException if {@code range} is null
     * @throws IllegalArgumentException if the range ends before it starts
     */
    public List<Period> cut(Period range) {
        Objects.requireNonNull(range, "range");
        if (!range.isOrdered()) {
            throw new IllegalArgumentException("the range ends before it starts: " + range);
        }
        List<Period> periods = new ArrayList<>();
        LocalDate start = range.getStart();
        while (!start.isAfter(range.getEnd())) {
            LocalDate calendarEnd = containing(start).getEnd();
            LocalDate end = calendarEnd.isBefore(range.getEnd()) ? calendarEnd : range.getEnd();
            periods.add(Period.of(start, end));
            start = end.plusDays(1);
        }
        return List.copyOf(periods);
    }
}

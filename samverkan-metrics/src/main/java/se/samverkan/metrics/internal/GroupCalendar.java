package se.samverkan.metrics.internal;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import se.samverkan.model.structure.Convener;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.Meeting;

/**
 * The calendar of cooperation groups (<i>samverkansgrupper</i>), decided in one place for the figures and
 * for the rule on meetings below plan: the default as-of date of a förbund's groups, the calendar years a
 * group is followed over, and which years lie wholly inside its validity.
 *
 * <p>A group is followed from the year of {@code validFrom} (else {@code decided}, else its first meeting)
 * to the year of the earlier of the as-of date and {@code validTo}; only meetings on or before the as-of
 * date count. Stateless.
 */
public final class GroupCalendar {

    private GroupCalendar() {
    }

    /**
     * The default as-of date of a set of groups: the latest date written in them (a meeting, {@code decided},
     * {@code validFrom}, {@code validTo}, a convener period's start or end) — never the clock, so the same
     * document always gives the same figures.
     *
     * @param groups the groups of one förbund (or the groups without one), not null
     * @return the latest date, or empty when the groups hold no date at all
     * @throws NullPointerException if {@code groups} is null
     */
    public static Optional<LocalDate> defaultAsOf(Collection<CooperationGroup> groups) {
        return groups.stream().flatMap(GroupCalendar::dates).max(LocalDate::compareTo);
    }

    private static Stream<LocalDate> dates(CooperationGroup group) {
        List<LocalDate> dates = new ArrayList<>();
        group.getMeetings().forEach(meeting -> dates.add(meeting.getDate()));
        group.getDecided().ifPresent(dates::add);
        group.getValidFrom().ifPresent(dates::add);
        group.getValidTo().ifPresent(dates::add);
        for (Convener convener : group.getConveners()) {
            dates.add(convener.getPeriod().getStart());
            convener.getPeriod().getEnd().ifPresent(dates::add);
        }
        return dates.stream();
    }

    /**
     * The first day the group is followed from: {@code validFrom}, else {@code decided}, else its first
     * meeting.
     *
     * @param group the group, not null
     * @return the day, or empty for a group with none of these dates
     */
    public static Optional<LocalDate> start(CooperationGroup group) {
        Optional<LocalDate> firstMeeting = group.getMeetings().stream().map(Meeting::getDate).min(LocalDate::compareTo);
        return group.getValidFrom().or(group::getDecided).or(() -> firstMeeting);
    }

    /**
     * The calendar years the group is followed over, ascending: from the year of {@link #start} to the year
     * of the earlier of {@code asOf} and {@code validTo}.
     *
     * @param group the group, not null
     * @param asOf the as-of date, not null
     * @return the years, empty when the group has no start, or the as-of date or {@code validTo} lies before
     *     its start
     * @throws NullPointerException if an argument is null
     */
    public static List<Integer> years(CooperationGroup group, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Optional<LocalDate> start = start(group);
        if (start.isEmpty()) {
            return List.of();
        }
        LocalDate end = group.getValidTo().filter(to -> to.isBefore(asOf)).orElse(asOf);
        if (end.isBefore(start.get())) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        for (int year = start.get().getYear(); year <= end.getYear(); year++) {
            years.add(year);
        }
        return years;
    }

    /**
     * The meetings that count in a year: held in it, on or before the as-of date.
     *
     * @param group the group, not null
     * @param year the calendar year
     * @param asOf the as-of date, not null
     * @return the meetings in document order, never null
     */
    public static List<Meeting> meetingsIn(CooperationGroup group, int year, LocalDate asOf) {
        return group.getMeetings().stream()
            .filter(meeting -> meeting.getDate().getYear() == year && !meeting.getDate().isAfter(asOf))
            .toList();
    }

    /**
     * Whether the whole calendar year lies inside the group's validity (from {@link #start}, to
     * {@code validTo} when given) and ends on or before the as-of date: only such a year can fairly be
     * held to the planned cadence.
     *
     * @param group the group, not null
     * @param year the calendar year
     * @param asOf the as-of date, not null
     * @return true for a whole year of validity already past
     */
    public static boolean wholeYearInForce(CooperationGroup group, int year, LocalDate asOf) {
        LocalDate first = LocalDate.of(year, Month.JANUARY, 1);
        LocalDate last = LocalDate.of(year, Month.DECEMBER, 31);
        boolean started = start(group).map(start -> !start.isAfter(first)).orElse(false);
        boolean notEnded = group.getValidTo().map(to -> !to.isBefore(last)).orElse(true);
        return started && notEnded && !last.isAfter(asOf);
    }

    /**
     * Whether the group is in force on the date: on or after {@link #start} (when it has one) and on or
     * before {@code validTo} (when given).
     *
     * @param group the group, not null
     * @param date the date, not null
     * @return true when the group is in force
     */
    public static boolean inForce(CooperationGroup group, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return start(group).map(start -> !start.isAfter(date)).orElse(true)
            && group.getValidTo().map(to -> !to.isBefore(date)).orElse(true);
    }
}

package se.samverkan.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.Project;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.time.Period;

/**
 * Participants aimed at the edges of the metrics: dates around the bounds of {@link Fixtures#PROJECT}'s
 * period, erroneous registrations, other projects' participations, missing birth years and income
 * sources, survey answers on a 0–4 scale.
 */
public final class MetricsArbitraries {

    static final String QUESTION = "nojd";

    private MetricsArbitraries() {
    }

    /** The project the participants mostly take part in, with one goal of every kind. */
    static Project project() {
        Breakdown table = Breakdown.builder().addAgeBands(IntRange.of(18, 30), IntRange.of(31, 64))
            .addCells(BreakdownCell.of(Gender.WOMAN, 0, 5), BreakdownCell.of(Gender.WOMAN, 1, 5),
                BreakdownCell.of(Gender.MAN, 0, 5), BreakdownCell.of(Gender.MAN, 1, 5))
            .build();
        List<Goal> goals = List.of(
            Goal.builder().id("started").title("Startade").indicator(Fixtures.indicator(IndicatorType.PARTICIPANTS_STARTED).build())
                .target(Target.between(Fixtures.dec("10"), Fixtures.dec("20"))).breakdown(table).build(),
            Goal.builder().id("work").title("Arbete").indicator(Fixtures.indicator(IndicatorType.EXIT_OUTCOME_SHARE)
                    .addOutcomes(ExitOutcome.EMPLOYMENT, ExitOutcome.SUBSIDISED_EMPLOYMENT).build())
                .target(Target.atLeast(Fixtures.dec("40"))).breakdown(table).build(),
            Goal.builder().id("studies-2009").title("Studier").indicator(Fixtures.indicator(IndicatorType.EXIT_OUTCOME_COUNT)
                    .addOutcomes(ExitOutcome.STUDIES).build())
                .target(Target.atMost(Fixtures.dec("3"))).period(Fixtures.period("2009-01-01", "2009-12-31")).build(),
            Goal.builder().id("survey").title("Nöjd").indicator(Fixtures.indicator(IndicatorType.SURVEY_SHARE)
                    .question(QUESTION).threshold(3).build())
                .target(Target.atLeast(Fixtures.dec("75"))).breakdown(table).build(),
            Goal.builder().id("plan").title("Plan").indicator(Fixtures.indicator(IndicatorType.REPORTED).achieved(true).build())
                .target(Target.atLeast(Fixtures.dec("1"))).build());
        return Fixtures.project(Fixtures.PROJECT, Fixtures.period("2008-03-01", "2010-02-28")).addAllGoals(goals).build();
    }

    /** Measurement scopes: the project period, a year, a year as of mid-year, a period past the project. */
    public static Arbitrary<MeasurementScope> scopes() {
        return Arbitraries.of(
            MeasurementScope.projectPeriod(),
            MeasurementScope.of(Fixtures.period("2009-01-01", "2009-12-31")),
            MeasurementScope.of(Fixtures.period("2009-01-01", "2009-12-31"), Fixtures.date("2009-06-30")),
            MeasurementScope.projectPeriod().asOf(Fixtures.date("2008-12-31")),
            MeasurementScope.of(Fixtures.period("2007-01-01", "2011-12-31")));
    }

    public static Arbitrary<Participant> participants() {
        Arbitrary<Participation> participation = Combinators.combine(
                Arbitraries.of(Fixtures.PROJECT, Fixtures.PROJECT, Fixtures.PROJECT, "other"),
                dates(Fixtures.date("2007-10-01"), Fixtures.date("2010-06-30")),
                Arbitraries.integers().between(0, 500).optional(0.7),
                Arbitraries.of(ExitOutcome.class).optional(0.95),
                Arbitraries.subsetOf(IncomeSource.values()).ofMaxSize(2),
                Arbitraries.subsetOf(IncomeSource.values()).ofMaxSize(2),
                Arbitraries.integers().between(0, 4).optional(0.6))
            .as((project, start, days, outcome, atStart, atEnd, answer) -> {
                Optional<LocalDate> end = days.map(start::plusDays);
                return Participation.builder().project(project).start(start).end(end)
                    .exitOutcome(end.isPresent() ? outcome : Optional.empty())
                    .incomeAtStart(atStart).incomeAtEnd(atEnd)
                    .survey(answer.map(a -> java.util.Map.of(QUESTION, a)).orElse(java.util.Map.of()))
                    .build();
            });
        return Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(Gender.class),
                Arbitraries.integers().between(1940, 1995).optional(0.85),
                participation.list().ofMinSize(1).ofMaxSize(3))
            .as((id, gender, birthYear, participations) -> Participant.builder().id(id).gender(gender)
                .birthYear(birthYear.map(OptionalInt::of).orElse(OptionalInt.empty())).participations(participations).build());
    }

    static Arbitrary<LocalDate> dates(LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return Arbitraries.longs().between(0, days).map(first::plusDays);
    }

    static Period period(String start, String end) {
        return Fixtures.period(start, end);
    }
}

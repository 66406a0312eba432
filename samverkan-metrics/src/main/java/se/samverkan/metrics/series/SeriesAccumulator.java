package se.samverkan.metrics.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MetricsAccumulator;
import se.samverkan.metrics.ProjectMeasurement;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.disclosure.PublishedProject;
import se.samverkan.metrics.goals.Attainment;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.metrics.participants.ParticipantSummary;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.metrics.rules.RuleAccumulator;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/**
 * A series of a streamed document (<i>tidsserie av ett strömmat dokument</i>): made by
 * {@link SeriesMeasurement#accumulator(SamverkanDocument)} from the header, it takes the participants one at
 * a time in document order, counts each in every period of every project it may concern and checks it by
 * the reporting rules, and never holds the participants. {@link #result()} equals
 * {@link SeriesMeasurement#measure(SamverkanDocument)} of the whole document.
 *
 * <p>Each project of each period has its own accumulator, so the work per participant grows with the
 * number of periods times projects.
 *
 * <p>Not thread-safe: one accumulator serves one document, from one thread.
 */
public final class SeriesAccumulator {

    /** Indicators whose target is a count for the whole goal period: no attainment in a period of a series. */
    private static final Set<IndicatorType> COUNT_TARGETS = EnumSet.of(IndicatorType.PARTICIPANTS_STARTED,
        IndicatorType.EXIT_OUTCOME_COUNT, IndicatorType.REPORTED);

    private final PeriodLength by;
    private final DisclosureControl control;
    private final OptionalInt disclosureMinimum;
    private final RuleAccumulator rules;
    private final List<PeriodCells> periods = new ArrayList<>();

    SeriesAccumulator(SamverkanDocument header, List<Project> projects, PeriodLength by, MeasurementScope scope,
        AgeBands ageBands, Optional<DisclosureControl> disclosure) {
        this.by = by;
        this.control = disclosure.orElse(DisclosureControl.defaults().withMinimum(1));
        this.disclosureMinimum = disclosure.map(c -> OptionalInt.of(c.minimum())).orElse(OptionalInt.empty());
        this.rules = ReportingRules.create().accumulator(header);
        Optional<Period> span = scope.period().or(() -> span(projects));
        if (span.isPresent()) {
            LocalDate asOf = scope.asOfDate().orElse(span.get().getEnd());
            for (Period period : by.cut(span.get())) {
                if (!period.getStart().isAfter(asOf)) {
                    periods.add(new PeriodCells(period, earlier(period.getEnd(), asOf), projects, scope, asOf,
                        ageBands));
                }
            }
        }
        header.getParticipants().forEach(this::count);
    }

    /** From the earliest start to the latest end of the projects' periods that are in order. */
    private static Optional<Period> span(List<Project> projects) {
        LocalDate start = null;
        LocalDate end = null;
        for (Project project : projects) {
            Period period = project.getPeriod();
            if (period.isOrdered()) {
                start = start == null || period.getStart().isBefore(start) ? period.getStart() : start;
                end = end == null || period.getEnd().isAfter(end) ? period.getEnd() : end;
            }
        }
        return start == null ? Optional.empty() : Optional.of(Period.of(start, end));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Counts and checks the next participant of the document.
     *
     * @param participant the participant, not null
     * @throws NullPointerException if {@code participant} is null
     * @throws IllegalStateException if {@link #result()} has been called
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    public void accept(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        rules.accept(participant);
        count(participant);
    }

    private void count(Participant participant) {
        for (PeriodCells period : periods) {
            for (Cell cell : period.cells) {
                cell.metrics.accept(participant);
            }
        }
    }

    /**
     * The series; ends the document (no participant can follow).
     *
     * @return the series, with findings not yet located in any text; never null
     */
    public MetricsSeries result() {
        List<SeriesEntry> entries = new ArrayList<>(periods.size());
        for (PeriodCells period : periods) {
            List<ProjectMeasurement> measured = new ArrayList<>(period.cells.size());
            for (Cell cell : period.cells) {
                measured.add(measurement(cell.project, cell.scope, cell.metrics.result().get(0)));
            }
            entries.add(new SeriesEntry(period.period, period.asOf, measured));
        }
        return new MetricsSeries(by, entries, rules.result().stream().map(Finding::toProblem).toList(),
            disclosureMinimum);
    }

    /** One project's figures in one period, by the rules of a series. */
    private ProjectMeasurement measurement(Project project, MeasurementScope scope, ProjectResult exact) {
        boolean annual = by == PeriodLength.YEAR;
        boolean countsGiven = annual || project.getMeasurement() != Measurement.COUNT_ONLY;
        List<GoalResult> goals = new ArrayList<>(exact.goals().size());
        for (int g = 0; g < exact.goals().size(); g++) {
            goals.add(goal(project.getGoals().get(g), exact.goals().get(g), countsGiven));
        }
        ParticipantSummary summary = countsGiven ? exact.participants() : withoutCounts(exact.participants());
        ProjectResult result = new ProjectResult(exact.projectId(), exact.window(), summary, goals,
            exact.incomeTransitions());
        if (!annual) {
            return new ProjectMeasurement(project.getName(), result, Optional.empty(),
                PublishedProject.of(project, result, control), Optional.empty(), countsGiven);
        }
        ProjectCosts costs = CostSharing.of(scope).projectCosts(project, result);
        return ProjectMeasurement.of(project, result, Optional.of(costs), control);
    }

    private static GoalResult goal(Goal definition, GoalResult exact, boolean countsGiven) {
        boolean outsideGoalPeriod = !exact.window().period().isOrdered();
        boolean annualCount = !countsGiven && exact.type() == IndicatorType.PARTICIPANTS_STARTED;
        if (outsideGoalPeriod || annualCount) {
            return new GoalResult(exact.goalId(), exact.type(), exact.window(), OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty(), exact.target(), Attainment.UNDECIDED, Optional.empty(), List.of());
        }
        if (COUNT_TARGETS.contains(definition.getIndicator().getType())) {
            return new GoalResult(exact.goalId(), exact.type(), exact.window(), exact.numerator(),
                exact.denominator(), exact.actual(), exact.target(), Attainment.UNDECIDED, exact.wilson95(),
                exact.breakdown());
        }
        return exact;
    }

    /** A count-only summary without its annual counts: zeros where the output shows no figure. */
    private static ParticipantSummary withoutCounts(ParticipantSummary summary) {
        Map<Gender, Integer> zeros = new EnumMap<>(Gender.class);
        for (Gender gender : Gender.values()) {
            zeros.put(gender, 0);
        }
        return new ParticipantSummary(0, summary.ended(), summary.ongoing(), summary.distinctPersons(), zeros,
            summary.startedByAgeBand(), summary.endedByOutcome(), summary.endedByGroup(),
            summary.meanDurationDays(), summary.medianDurationDays());
    }

    /** One period of the series and an accumulator for each project whose period overlaps it. */
    private static final class PeriodCells {

        final Period period;
        final LocalDate asOf;
        final List<Cell> cells = new ArrayList<>();

        PeriodCells(Period period, LocalDate asOf, List<Project> projects, MeasurementScope scope,
            LocalDate seriesAsOf, AgeBands ageBands) {
            this.period = period;
            this.asOf = asOf;
            for (Project project : projects) {
                Period measured = scope.period().orElse(project.getPeriod());
                if (measured.overlaps(period)) {
                    LocalDate start = measured.getStart().isAfter(period.getStart()) ? measured.getStart()
                        : period.getStart();
                    LocalDate end = earlier(measured.getEnd(), period.getEnd());
                    MeasurementScope own = MeasurementScope.of(Period.of(start, end), earlier(end, seriesAsOf))
                        .goalsWithinPeriod();
                    cells.add(new Cell(project, own, ProjectMetrics.of(own, ageBands).accumulator(List.of(project))));
                }
            }
        }
    }

    /** One project in one period. */
    private record Cell(Project project, MeasurementScope scope, MetricsAccumulator metrics) {
    }
}

package se.samverkan.metrics.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.costs.UnitCosts;
import se.samverkan.metrics.goals.CellResult;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.metrics.income.IncomeTransitions;
import se.samverkan.metrics.participants.ParticipantSummary;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.project.Project;
import se.samverkan.model.range.IntRange;

/**
 * The published view of one project's metrics (<i>publicerade uppgifter för en insats</i>): every figure
 * of the metrics, either shown or hidden by disclosure control, decided once here so that the report, its
 * charts and {@code metrics --disclosed} show and hide exactly the same figures. A hidden figure does not
 * keep its value. A reader of a published output must not be able to learn a count of participations or
 * persons from 1 to the minimum − 1, neither read directly nor worked out from other figures of the same
 * output (see {@code docs/metrics.md}).
 *
 * <p>The rules, for a minimum m (5 by default):
 * <ol>
 *   <li><b>Separate counts</b> — {@code started}, {@code ended}, {@code ongoing}, {@code distinctPersons}
 *       and the four income-transition counts — are each hidden on their own when from 1 to m − 1.
 *       Differences between them are not protected.</li>
 *   <li><b>Count lists</b> — started by gender, started by age band (the unknown band last), ended by exit
 *       outcome — are each one row of an additive table whose total is {@code started} or {@code ended},
 *       and pass through {@link DisclosureControl}: small counts hidden, then one more cell so that no row
 *       has exactly one hidden cell.</li>
 *   <li><b>Sums of exit-outcome cells</b> — a report group, the numerator of an exit-outcome goal measured
 *       over the project's window, the divisor of the cost per work or studies — are hidden when from 1 to
 *       m − 1, or when they take in some but not all of the hidden outcome cells (such a sum, minus its
 *       shown cells, would give part of the hidden ones). The report-group row then gets the second-cell
 *       step of {@link DisclosureControl}.</li>
 *   <li><b>Goals</b>: a share's numerator, denominator, actual value and Wilson interval are shown only when
 *       the numerator, the denominator and their difference are each 0 or at least m (and the numerator
 *       passes rule 3); otherwise all four are hidden. A count goal's numerator and actual follow the
 *       count's own rule (1 for started, 3 for exit outcomes). Whether the goal is attained, its target and
 *       reported values are always shown.</li>
 *   <li><b>Expected tables</b>: the actual counts of a goal's breakdown are a table of genders (in enum
 *       order) × the table's age bands (in its order), positions without an expected cell not being cells,
 *       and pass through {@link DisclosureControl} like any table. The expected counts are shown.</li>
 *   <li><b>Derived figures</b>: mean and median duration are hidden when {@code ended} is; the cost per
 *       started participation when {@code started} is; the cost per work or studies when the
 *       {@code WORK_OR_STUDIES} group is.</li>
 * </ol>
 * Secondary suppression examines rows before columns, in index order, and repeats until nothing changes;
 * the extra cell is the smallest shown non-zero cell (the lowest index among equals), or, when the line has
 * no other non-zero cell, its lowest-index shown zero. Money other than the unit costs, funders' percents,
 * targets, expected counts and findings are never withheld. There is no protection across the periods of
 * a series or between different age-band sets.
 *
 * <p>With minimum 1 nothing is hidden: the view is then the exact metrics.
 *
 * <p>Instances are immutable and thread-safe; the maps and lists are unmodifiable.
 *
 * @param projectId the project's id
 * @param minimum the smallest count shown
 * @param started participations started, a separate count
 * @param ended participations ended, a separate count
 * @param ongoing participations ongoing, a separate count
 * @param distinctPersons distinct participants among the started participations, a separate count
 * @param startedByGender started participations by gender, one additive row
 * @param startedByAgeBand started participations by age band key, one additive row
 * @param endedByOutcome ended participations by exit outcome, one additive row
 * @param endedByGroup ended participations by report group, sums of outcome cells
 * @param meanDurationDays mean duration of the ended participations, hidden with {@code ended}
 * @param medianDurationDays median duration of the ended participations, hidden with {@code ended}
 * @param goals the published goals, in the project's goal order
 * @param incomeTransitions the published income transitions
 */
public record PublishedProject(
    String projectId,
    int minimum,
    DisclosedCell started,
    DisclosedCell ended,
    DisclosedCell ongoing,
    DisclosedCell distinctPersons,
    Map<Gender, DisclosedCell> startedByGender,
    Map<String, DisclosedCell> startedByAgeBand,
    Map<ExitOutcome, DisclosedCell> endedByOutcome,
    Map<ReportGroup, DisclosedCell> endedByGroup,
    PublishedFigure<BigDecimal> meanDurationDays,
    PublishedFigure<BigDecimal> medianDurationDays,
    List<PublishedGoal> goals,
    PublishedIncomeTransitions incomeTransitions) {

    /**
     * A published project; the maps and the list are copied, keeping their order.
     *
     * @throws NullPointerException if a component is null
     */
    public PublishedProject {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(ongoing, "ongoing");
        Objects.requireNonNull(distinctPersons, "distinctPersons");
        startedByGender = copy(startedByGender, "startedByGender");
        startedByAgeBand = copy(startedByAgeBand, "startedByAgeBand");
        endedByOutcome = copy(endedByOutcome, "endedByOutcome");
        endedByGroup = copy(endedByGroup, "endedByGroup");
        Objects.requireNonNull(meanDurationDays, "meanDurationDays");
        Objects.requireNonNull(medianDurationDays, "medianDurationDays");
        goals = List.copyOf(goals);
        Objects.requireNonNull(incomeTransitions, "incomeTransitions");
    }

    /**
     * The published view of a project's metrics.
     *
     * @param project the project the result was computed for (its goal definitions are read), not null
     * @param result the project's exact metrics, not null
     * @param control the disclosure control (its minimum), not null
     * @return the view, never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code result} is not of {@code project} or names a goal the
     *     project does not have
     */
    public static PublishedProject of(Project project, ProjectResult result, DisclosureControl control) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(control, "control");
        if (!project.getId().equals(result.projectId())) {
            throw new IllegalArgumentException("result of " + result.projectId() + " for project " + project.getId());
        }
        ParticipantSummary summary = result.participants();
        DisclosedCell ended = alone(control, summary.ended());
        Map<ExitOutcome, DisclosedCell> outcomes = row(control, summary.endedByOutcome(), key -> false);
        Set<ExitOutcome> hiddenOutcomes = EnumSet.noneOf(ExitOutcome.class);
        outcomes.forEach((outcome, cell) -> {
            if (cell.isHidden()) {
                hiddenOutcomes.add(outcome);
            }
        });
        OutcomeSums sums = new OutcomeSums(control, summary.endedByOutcome(), hiddenOutcomes);
        Map<ReportGroup, DisclosedCell> groups = row(control, summary.endedByGroup(),
            group -> sums.isHidden(sums.outcomesOf(group)));
        List<PublishedGoal> goals = new ArrayList<>();
        List<Goal> definitions = InOrder.pair(project.getGoals(), Goal::getId,
            result.goals().stream().map(GoalResult::goalId).toList(), "goal in " + project.getId() + ":");
        for (int g = 0; g < definitions.size(); g++) {
            GoalResult goal = result.goals().get(g);
            Goal definition = definitions.get(g);
            boolean sameWindow = sameWindow(goal.window(), result.window());
            goals.add(goal(control, definition, goal, sameWindow ? Optional.of(sums) : Optional.empty()));
        }
        IncomeTransitions income = result.incomeTransitions();
        return new PublishedProject(project.getId(), control.minimum(), alone(control, summary.started()), ended,
            alone(control, summary.ongoing()), alone(control, summary.distinctPersons()),
            row(control, summary.startedByGender(), key -> false), row(control, summary.startedByAgeBand(), key -> false),
            outcomes, groups, PublishedFigure.of(summary.meanDurationDays(), ended.isHidden()),
            PublishedFigure.of(summary.medianDurationDays(), ended.isHidden()), goals,
            new PublishedIncomeTransitions(alone(control, income.recorded()), alone(control, income.supportedAtStart()),
                alone(control, income.supportedAtEnd()), alone(control, income.leftSupport())));
    }

    /**
     * The published unit costs of this project: each hidden when its divisor is.
     *
     * @param exact the exact unit costs, computed from this project's {@code started} and
     *     {@code WORK_OR_STUDIES} counts, not null
     * @return the published unit costs, never null
     * @throws NullPointerException if {@code exact} is null
     */
    public PublishedUnitCosts unitCosts(UnitCosts exact) {
        Objects.requireNonNull(exact, "exact");
        DisclosedCell workOrStudies = endedByGroup.getOrDefault(ReportGroup.WORK_OR_STUDIES, DisclosedCell.shown(0));
        return new PublishedUnitCosts(PublishedFigure.of(exact.perStartedParticipant(), started.isHidden()),
            PublishedFigure.of(exact.perWorkOrStudies(), workOrStudies.isHidden()));
    }

    private static PublishedGoal goal(DisclosureControl control, Goal definition, GoalResult goal,
        Optional<OutcomeSums> sums) {
        int numerator = goal.numerator().orElse(0);
        boolean hide;
        IndicatorType type = goal.type();
        if (type == IndicatorType.REPORTED) {
            hide = false;
        } else if (type.isShare()) {
            int denominator = goal.denominator().orElse(0);
            hide = control.hidesAlone(numerator) || control.hidesAlone(denominator)
                || control.hidesAlone((long) denominator - numerator);
        } else {
            hide = control.hidesAlone(numerator);
        }
        if (type == IndicatorType.EXIT_OUTCOME_SHARE || type == IndicatorType.EXIT_OUTCOME_COUNT) {
            hide |= sums.map(s -> s.isHidden(definition.getIndicator().getOutcomes())).orElse(false);
        }
        return new PublishedGoal(goal.goalId(), type, count(goal.numerator(), hide),
            count(goal.denominator(), hide), PublishedFigure.of(goal.actual(), hide), goal.target(),
            goal.attained(), PublishedFigure.of(goal.wilson95(), hide), breakdown(control, definition, goal));
    }

    /** A count as published: absent when not computed, hidden when {@code hide}. */
    private static PublishedFigure<Integer> count(OptionalInt count, boolean hide) {
        return count.isPresent() ? PublishedFigure.of(Optional.of(count.getAsInt()), hide) : PublishedFigure.absent();
    }

    /** The breakdown's actual counts as a table of genders × the expected table's bands. */
    private static List<PublishedBreakdownCell> breakdown(DisclosureControl control, Goal definition,
        GoalResult goal) {
        if (goal.breakdown().isEmpty()) {
            return List.of();
        }
        List<IntRange> bands = new ArrayList<>();
        definition.getBreakdown().ifPresent(table -> bands.addAll(table.getAgeBands()));
        for (CellResult cell : goal.breakdown()) {
            if (!bands.contains(cell.ageBand())) {
                bands.add(cell.ageBand());
            }
        }
        Gender[] genders = Gender.values();
        int[][] counts = new int[genders.length][bands.size()];
        boolean[][] cells = new boolean[genders.length][bands.size()];
        boolean[][] small = new boolean[genders.length][bands.size()];
        for (CellResult cell : goal.breakdown()) {
            int g = cell.gender().ordinal();
            int b = bands.indexOf(cell.ageBand());
            // Two cells at one position (a table the rules flag) share it; either one's small count hides it.
            small[g][b] |= cells[g][b] && control.hidesAlone(counts[g][b]);
            counts[g][b] = cell.actual();
            cells[g][b] = true;
        }
        boolean[][] hidden = control.suppress(counts, cells, small);
        List<PublishedBreakdownCell> published = new ArrayList<>(goal.breakdown().size());
        for (CellResult cell : goal.breakdown()) {
            int g = cell.gender().ordinal();
            int b = bands.indexOf(cell.ageBand());
            boolean hide = hidden[g][b] || control.hidesAlone(cell.actual());
            published.add(new PublishedBreakdownCell(cell.gender(), cell.ageBand(), cell.expected(),
                hide ? DisclosedCell.hidden() : DisclosedCell.shown(cell.actual())));
        }
        return published;
    }

    private static boolean sameWindow(MeasurementWindow goal, MeasurementWindow project) {
        return goal.period().equals(project.period()) && goal.asOf().equals(project.asOf());
    }

    private static DisclosedCell alone(DisclosureControl control, int count) {
        return control.hidesAlone(count) ? DisclosedCell.hidden() : DisclosedCell.shown(count);
    }

    /** One additive row through disclosure control; {@code alsoHidden} marks cells hidden whatever their count. */
    private static <K> Map<K, DisclosedCell> row(DisclosureControl control, Map<K, Integer> counts,
        Predicate<K> alsoHidden) {
        List<K> keys = new ArrayList<>(counts.keySet());
        int[][] row = new int[1][keys.size()];
        boolean[][] cells = new boolean[1][keys.size()];
        boolean[][] also = new boolean[1][keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            row[0][i] = counts.get(keys.get(i));
            cells[0][i] = true;
            also[0][i] = alsoHidden.test(keys.get(i));
        }
        boolean[][] hidden = control.suppress(row, cells, also);
        Map<K, DisclosedCell> published = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            published.put(keys.get(i), hidden[0][i] ? DisclosedCell.hidden() : DisclosedCell.shown(row[0][i]));
        }
        return published;
    }

    private static <K> Map<K, DisclosedCell> copy(Map<K, DisclosedCell> map, String name) {
        Objects.requireNonNull(map, name);
        map.values().forEach(cell -> Objects.requireNonNull(cell, name));
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Sums of exit-outcome cells and whether publishing one would reveal a hidden cell (rule 3). */
    private static final class OutcomeSums {

        private final DisclosureControl control;
        private final Map<ExitOutcome, Integer> counts;
        private final Set<ExitOutcome> hidden;

        OutcomeSums(DisclosureControl control, Map<ExitOutcome, Integer> counts, Set<ExitOutcome> hidden) {
            this.control = control;
            this.counts = counts;
            this.hidden = hidden;
        }

        Set<ExitOutcome> outcomesOf(ReportGroup group) {
            Set<ExitOutcome> outcomes = EnumSet.noneOf(ExitOutcome.class);
            for (ExitOutcome outcome : counts.keySet()) {
                if (outcome.reportGroup() == group) {
                    outcomes.add(outcome);
                }
            }
            return outcomes;
        }

        boolean isHidden(Set<ExitOutcome> outcomes) {
            long sum = 0;
            boolean some = false;
            for (ExitOutcome outcome : outcomes) {
                sum += counts.getOrDefault(outcome, 0);
                some |= hidden.contains(outcome);
            }
            return control.hidesAlone(sum) || some && !outcomes.containsAll(hidden);
        }
    }
}

package se.samverkan.metrics.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.metrics.internal.ClassifiedParticipant;
import se.samverkan.metrics.internal.ClassifiedSinks;
import se.samverkan.metrics.internal.CountOnlyFigures;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.BreakdownCell;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Project;
import se.samverkan.model.range.IntRange;

/**
 * A streaming accumulator of one goal's {@link GoalResult attainment} (<i>måluppfyllelse</i>,
 * docs/metrics.md): participants are fed one at a time and never held.
 *
 * <p>What is counted, over the goal's window ({@link MeasurementScope#windowFor(Project, Goal)}):
 * <ul>
 *   <li>{@code PARTICIPANTS_STARTED}: started participations; for a {@code COUNT_ONLY} project the sum
 *       of its participant counts for the years the window's period touches;</li>
 *   <li>{@code EXIT_OUTCOME_COUNT}, {@code EXIT_OUTCOME_SHARE}: ended participations (denominator) and
 *       those with an outcome in the indicator's set (numerator);</li>
 *   <li>{@code SURVEY_SHARE}: started or ended participations that answered the question
 *       (denominator) and those answering at or above the threshold (numerator); an indicator lacking
 *       its question or threshold (a validation error) counts nothing;</li>
 *   <li>{@code REPORTED}: nothing; the result comes from the indicator.</li>
 * </ul>
 * Each numerator event is also counted in every cell of the goal's expected table whose gender is the
 * participant's and whose age band holds the participant's age at start; a participant without birth
 * year, or whose gender or age fits no cell, is counted in no cell. A cell naming an age band the table
 * does not have (a validation error) is left out of the result. Person-level participations of a
 * {@code COUNT_ONLY} project are ignored.
 *
 * <p>Accumulators over the same goal and window merge associatively and commutatively and count
 * exactly, so any split of the participants gives the same result as a single pass. Instances are
 * mutable and not thread-safe.
 */
public final class GoalAccumulator {

    static {
        ClassifiedSinks.register(GoalAccumulator.class, GoalAccumulator::accept);
    }

    private final Project project;
    private final Goal goal;
    private final MeasurementWindow window;
    private final List<BreakdownCell> cells;
    private final List<IntRange> bands;
    private final boolean countOnly;
    private final IndicatorType type;
    private final boolean[] outcomeCounts;
    private final String question;
    private final int threshold;
    private final Gender[] cellGenders;
    private final int[] cellMinAges;
    private final int[] cellMaxAges;
    private ClassifiedParticipant cursor;

    private int numerator;
    private int denominator;
    private final int[] cellCounts;

    private GoalAccumulator(Project project, Goal goal, MeasurementWindow window) {
        this.project = project;
        this.goal = goal;
        this.window = window;
        this.countOnly = project.getMeasurement() == Measurement.COUNT_ONLY;
        Optional<Breakdown> breakdown = goal.getIndicator().getType() == IndicatorType.REPORTED
            ? Optional.empty() : goal.getBreakdown();
        this.bands = breakdown.map(Breakdown::getAgeBands).orElse(List.of());
        List<BreakdownCell> valid = new ArrayList<>();
        breakdown.ifPresent(table -> table.getCells().stream()
            .filter(cell -> cell.getAgeBand() >= 0 && cell.getAgeBand() < bands.size())
            .forEach(valid::add));
        this.cells = List.copyOf(valid);
        this.cellCounts = new int[cells.size()];
        Indicator indicator = goal.getIndicator();
        this.type = indicator.getType();
        this.outcomeCounts = new boolean[ExitOutcome.values().length];
        for (ExitOutcome outcome : indicator.getOutcomes()) {
            outcomeCounts[outcome.ordinal()] = true;
        }
        boolean answerable = indicator.getQuestion().isPresent() && indicator.getThreshold().isPresent();
        this.question = answerable ? indicator.getQuestion().get() : null;
        this.threshold = answerable ? indicator.getThreshold().getAsInt() : 0;
        this.cellGenders = new Gender[cells.size()];
        this.cellMinAges = new int[cells.size()];
        this.cellMaxAges = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            BreakdownCell cell = cells.get(i);
            IntRange band = bands.get(cell.getAgeBand());
            cellGenders[i] = cell.getGender();
            cellMinAges[i] = band.getMin();
            cellMaxAges[i] = band.getMax();
        }
    }

    /**
     * An empty accumulator for a goal of a project.
     *
     * @param project the project, not null
     * @param goal the goal (normally one of the project's), not null
     * @param scope the measurement scope, not null
     * @return the accumulator, never null
     * @throws NullPointerException if an argument is null
     */
    public static GoalAccumulator of(Project project, Goal goal, MeasurementScope scope) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(scope, "scope");
        return new GoalAccumulator(project, goal, scope.windowFor(project, goal));
    }

    /**
     * Counts a participant's participations in the goal's project.
     *
     * @param participant the participant, not null
     * @throws NullPointerException if {@code participant} is null
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    public void accept(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        if (countOnly) {
            return;
        }
        if (cursor == null) {
            cursor = new ClassifiedParticipant(window);
        }
        accept(cursor.classify(participant));
    }

    /**
     * Counts a participant whose participations are already classified, the way
     * {@link #accept(Participant)} counts it. The project accumulator of {@code se.samverkan.metrics}
     * calls it (through {@link ClassifiedSinks}) with one classification shared by the summary, the income
     * transitions and the goals. Package-private: the type lives in the module's unexported
     * {@code internal} package, and no public signature shows it. A goal with its own period
     * measures the classified dates over its own window.
     *
     * @param classified the participant, classified against a window of this goal's project, not null
     * @throws NullPointerException if {@code classified} is null
     * @throws IllegalArgumentException if {@code classified} is classified for another project
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    void accept(ClassifiedParticipant classified) {
        Objects.requireNonNull(classified, "classified");
        boolean own = classified.classifiesFor(window);
        if (!own && !classified.window().project().equals(window.project())) {
            throw new IllegalArgumentException("participant classified for another project than " + window);
        }
        if (countOnly) {
            return;
        }
        switch (type) {
            case PARTICIPANTS_STARTED:
                for (int i = 0; i < classified.size(); i++) {
                    if (own ? classified.isStarted(i) : classified.isStartedIn(i, window)) {
                        count(classified, i);
                    }
                }
                break;
            case EXIT_OUTCOME_COUNT:
            case EXIT_OUTCOME_SHARE:
                for (int i = 0; i < classified.size(); i++) {
                    if (own ? classified.isEnded(i) : classified.isEndedIn(i, window)) {
                        denominator = Math.addExact(denominator, 1);
                        ExitOutcome outcome = classified.exitOutcome(i);
                        if (outcome != null && outcomeCounts[outcome.ordinal()]) {
                            count(classified, i);
                        }
                    }
                }
                break;
            case SURVEY_SHARE:
                if (question != null) {
                    for (int i = 0; i < classified.size(); i++) {
                        acceptAnswer(classified, i, own);
                    }
                }
                break;
            default:
                break;
        }
    }

    private void acceptAnswer(ClassifiedParticipant classified, int index, boolean own) {
        boolean measured = own
            ? classified.isStarted(index) || classified.isEnded(index)
            : classified.isStartedIn(index, window) || classified.isEndedIn(index, window);
        if (!measured) {
            return;
        }
        Integer answer = classified.participation(index).getSurvey().get(question);
        if (answer == null) {
            return;
        }
        denominator = Math.addExact(denominator, 1);
        if (answer >= threshold) {
            count(classified, index);
        }
    }

    private void count(ClassifiedParticipant classified, int index) {
        numerator = Math.addExact(numerator, 1);
        if (cellCounts.length == 0 || !classified.hasAge()) {
            return;
        }
        Gender gender = classified.gender();
        int age = classified.ageAtStart(index);
        for (int i = 0; i < cellCounts.length; i++) {
            if (cellGenders[i] == gender && cellMinAges[i] <= age && age <= cellMaxAges[i]) {
                cellCounts[i]++;
            }
        }
    }

    /**
     * Adds another accumulator's counts to this one.
     *
     * @param other an accumulator over the same goal and window, not null
     * @return this accumulator, never null
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if {@code other} measures another goal or window
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    public GoalAccumulator merge(GoalAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!goal.equals(other.goal) || !window.equals(other.window)) {
            throw new IllegalArgumentException("cannot merge goal " + other.goal.getId() + " " + other.window
                + " into goal " + goal.getId() + " " + window);
        }
        numerator = Math.addExact(numerator, other.numerator);
        denominator = Math.addExact(denominator, other.denominator);
        for (int i = 0; i < cellCounts.length; i++) {
            cellCounts[i] = Math.addExact(cellCounts[i], other.cellCounts[i]);
        }
        return this;
    }

    /**
     * The goal's attainment from everything accepted so far.
     *
     * @return the result, never null
     * @throws ArithmeticException if a {@code COUNT_ONLY} sum overflows an {@code int}
     */
    public GoalResult result() {
        Indicator indicator = goal.getIndicator();
        List<CellResult> breakdown = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            BreakdownCell cell = cells.get(i);
            breakdown.add(new CellResult(cell.getGender(), bands.get(cell.getAgeBand()), cell.getValue(),
                cellCounts[i]));
        }
        if (type.isCount()) {
            int count = countOnly && type == IndicatorType.PARTICIPANTS_STARTED
                ? CountOnlyFigures.started(project, window.period()::touchesYear)
                : numerator;
            BigDecimal actual = BigDecimal.valueOf(count);
            return new GoalResult(goal.getId(), type, window, OptionalInt.of(count), OptionalInt.empty(),
                Optional.of(actual), goal.getTarget(), GoalAttainment.attained(goal.getTarget(), actual),
                Optional.empty(), breakdown);
        }
        if (type.isShare()) {
            if (denominator == 0) {
                return new GoalResult(goal.getId(), type, window, OptionalInt.of(numerator), OptionalInt.of(0),
                    Optional.empty(), goal.getTarget(), Attainment.UNDECIDED, Optional.empty(), breakdown);
            }
            BigDecimal hundredfold = BigDecimal.valueOf(100L * numerator);
            BigDecimal share = hundredfold.divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_EVEN);
            return new GoalResult(goal.getId(), type, window, OptionalInt.of(numerator), OptionalInt.of(denominator),
                Optional.of(share), goal.getTarget(),
                GoalAttainment.attained(goal.getTarget(), hundredfold, BigDecimal.valueOf(denominator)),
                Optional.of(WilsonInterval.of(numerator, denominator)), breakdown);
        }
        return reported(indicator);
    }

    private GoalResult reported(Indicator indicator) {
        Optional<BigDecimal> actual = indicator.getReported();
        Boolean achieved = indicator.getAchieved();
        Attainment attained = actual.isPresent() ? GoalAttainment.attained(goal.getTarget(), actual.get())
            : achieved != null ? Attainment.of(achieved) : Attainment.UNDECIDED;
        return new GoalResult(goal.getId(), IndicatorType.REPORTED, window, OptionalInt.empty(), OptionalInt.empty(),
            actual, goal.getTarget(), attained, Optional.empty(), List.of());
    }
}

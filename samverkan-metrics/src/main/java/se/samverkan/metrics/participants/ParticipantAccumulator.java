package se.samverkan.metrics.participants;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.metrics.internal.ClassifiedParticipant;
import se.samverkan.metrics.internal.ClassifiedSinks;
import se.samverkan.metrics.internal.CountOnlyFigures;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.ReportGroup;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Project;

/**
 * A streaming accumulator of a project's {@link ParticipantSummary participant summary}
 * (<i>deltagarsammanställning</i>, docs/metrics.md): participants are fed one at a time and never held.
 *
 * <p>Accumulators over the same project, scope and age bands {@link #merge(ParticipantAccumulator)
 * merge} associatively and commutatively, and every figure (the duration mean and median included) is
 * kept exactly, so any split of the participants, such as {@code participants.parallelStream()}, gives
 * the same summary as a single pass.
 *
 * <p>{@code distinctPersons} counts each accepted participant with at least one started participation
 * once: a participant is expected once in the stream (two participants sharing an id are a
 * {@code DUPLICATE_ID} reporting-rule error), which keeps the accumulator free of a set of ids.
 *
 * <p>Instances are mutable and not thread-safe; give each thread its own and merge them.
 */
public final class ParticipantAccumulator {

    static {
        ClassifiedSinks.register(ParticipantAccumulator.class, ParticipantAccumulator::accept);
    }

    private static final ExitOutcome[] COUNTED_OUTCOMES = Arrays.stream(ExitOutcome.values())
        .filter(ExitOutcome::isCounted).toArray(ExitOutcome[]::new);

    private final Project project;
    private final MeasurementWindow window;
    private final AgeBands ageBands;
    private final boolean countOnly;

    private int started;
    private int ended;
    private int ongoing;
    private int distinctPersons;
    private final int[] byGender = new int[Gender.values().length];
    private final int[] byAgeBand;
    private final int[] byOutcome = new int[ExitOutcome.values().length];
    private final DurationHistogram durations = new DurationHistogram();
    private ClassifiedParticipant cursor;

    private ParticipantAccumulator(Project project, MeasurementWindow window, AgeBands ageBands) {
        this.project = project;
        this.window = window;
        this.ageBands = ageBands;
        this.countOnly = project.getMeasurement() == Measurement.COUNT_ONLY;
        this.byAgeBand = new int[ageBands.bands().size() + 1];
    }

    /**
     * An empty accumulator for a project's participations.
     *
     * @param project the project, not null
     * @param scope the measurement scope, not null
     * @param ageBands the age bands to count by, not null
     * @return the accumulator, never null
     * @throws NullPointerException if an argument is null
     */
    public static ParticipantAccumulator of(Project project, MeasurementScope scope, AgeBands ageBands) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(ageBands, "ageBands");
        return new ParticipantAccumulator(project, scope.windowFor(project), ageBands);
    }

    /**
     * The window this accumulator measures over.
     *
     * @return the window, never null
     */
    public MeasurementWindow window() {
        return window;
    }

    /**
     * Counts a participant's participations in this project. For a {@code COUNT_ONLY} project
     * person-level participations are ignored.
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
     * {@code internal} package, and no public signature shows it.
     *
     * @param classified the participant, classified against this accumulator's window or an equal one,
     *     not null
     * @throws NullPointerException if {@code classified} is null
     * @throws IllegalArgumentException if {@code classified} is classified against another window
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    void accept(ClassifiedParticipant classified) {
        Objects.requireNonNull(classified, "classified");
        if (!classified.classifiesFor(window)) {
            throw new IllegalArgumentException("participant classified for another window than " + window);
        }
        if (countOnly) {
            return;
        }
        boolean anyStarted = false;
        for (int i = 0; i < classified.size(); i++) {
            if (classified.isStarted(i)) {
                anyStarted = true;
                started = Math.addExact(started, 1);
                byGender[classified.gender().ordinal()]++;
                if (!classified.hasAge()) {
                    byAgeBand[byAgeBand.length - 1]++;
                } else {
                    int band = ageBands.index(classified.ageAtStart(i));
                    if (band >= 0) {
                        byAgeBand[band]++;
                    }
                }
            }
            if (classified.isEnded(i)) {
                ended = Math.addExact(ended, 1);
                ExitOutcome outcome = classified.exitOutcome(i);
                if (outcome != null) {
                    byOutcome[outcome.ordinal()]++;
                }
                durations.add(classified.end(i).toEpochDay() - classified.start(i).toEpochDay() + 1);
            }
            if (classified.isOngoing(i)) {
                ongoing = Math.addExact(ongoing, 1);
            }
        }
        if (anyStarted) {
            distinctPersons = Math.addExact(distinctPersons, 1);
        }
    }

    /**
     * Adds another accumulator's counts to this one.
     *
     * @param other an accumulator over the same project, window and age bands, not null
     * @return this accumulator, never null
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if {@code other} measures another project, window or age bands
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    public ParticipantAccumulator merge(ParticipantAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!window.equals(other.window) || !ageBands.equals(other.ageBands)) {
            throw new IllegalArgumentException("cannot merge " + other.window + " into " + window);
        }
        started = Math.addExact(started, other.started);
        ended = Math.addExact(ended, other.ended);
        ongoing = Math.addExact(ongoing, other.ongoing);
        distinctPersons = Math.addExact(distinctPersons, other.distinctPersons);
        add(byGender, other.byGender);
        add(byAgeBand, other.byAgeBand);
        add(byOutcome, other.byOutcome);
        durations.addAll(other.durations);
        return this;
    }

    private static void add(int[] into, int[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] = Math.addExact(into[i], from[i]);
        }
    }

    /**
     * The summary of everything accepted so far.
     *
     * @return the summary, never null
     * @throws ArithmeticException if a {@code COUNT_ONLY} sum overflows an {@code int}
     */
    public ParticipantSummary result() {
        Map<String, Integer> byBand = new LinkedHashMap<>();
        List<String> keys = ageBands.keys();
        for (int i = 0; i < keys.size(); i++) {
            byBand.put(keys.get(i), countOnly ? 0 : byAgeBand[i]);
        }
        Map<ExitOutcome, Integer> outcomes = new EnumMap<>(ExitOutcome.class);
        Map<ReportGroup, Integer> groups = new EnumMap<>(ReportGroup.class);
        for (ReportGroup group : ReportGroup.values()) {
            groups.put(group, 0);
        }
        for (ExitOutcome outcome : COUNTED_OUTCOMES) {
            outcomes.put(outcome, byOutcome[outcome.ordinal()]);
            groups.merge(outcome.reportGroup(), byOutcome[outcome.ordinal()], Math::addExact);
        }
        if (countOnly) {
            return countOnlyResult(byBand, outcomes, groups);
        }
        Map<Gender, Integer> genders = new EnumMap<>(Gender.class);
        for (Gender gender : Gender.values()) {
            genders.put(gender, byGender[gender.ordinal()]);
        }
        return new ParticipantSummary(started, ended, ongoing, distinctPersons, genders, byBand, outcomes,
            groups, durations.mean(), durations.median());
    }

    private ParticipantSummary countOnlyResult(Map<String, Integer> byBand, Map<ExitOutcome, Integer> outcomes,
            Map<ReportGroup, Integer> groups) {
        Map<Gender, Integer> genders = CountOnlyFigures.startedByGender(project, window.period()::touchesYear);
        int total = CountOnlyFigures.started(project, window.period()::touchesYear);
        return new ParticipantSummary(total, 0, 0, 0, genders, byBand, outcomes, groups,
            Optional.empty(), Optional.empty());
    }
}

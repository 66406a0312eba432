package se.samverkan.metrics.income;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.metrics.internal.ClassifiedParticipant;
import se.samverkan.metrics.internal.ClassifiedSinks;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.project.Measurement;
import se.samverkan.model.project.Project;

/**
 * A streaming accumulator of a project's {@link IncomeTransitions income transitions}
 * (<i>förändrad försörjning</i>, docs/metrics.md): participants are fed one at a time and never held.
 *
 * <p>Accumulators over the same window merge associatively and commutatively, so any split of the
 * participants gives the same result as a single pass. Instances are mutable and not thread-safe.
 */
public final class IncomeAccumulator {

    static {
        ClassifiedSinks.register(IncomeAccumulator.class, IncomeAccumulator::accept);
    }

    private static final IncomeSource[] PUBLIC_SUPPORT = publicSupport();

    private final MeasurementWindow window;
    private final boolean countOnly;

    private ClassifiedParticipant cursor;
    private int recorded;
    private int supportedAtStart;
    private int supportedAtEnd;
    private int leftSupport;

    private IncomeAccumulator(MeasurementWindow window, boolean countOnly) {
        this.window = window;
        this.countOnly = countOnly;
    }

    /**
     * An empty accumulator for a project's participations.
     *
     * @param project the project, not null
     * @param scope the measurement scope, not null
     * @return the accumulator, never null
     * @throws NullPointerException if an argument is null
     */
    public static IncomeAccumulator of(Project project, MeasurementScope scope) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(scope, "scope");
        return new IncomeAccumulator(scope.windowFor(project), project.getMeasurement() == Measurement.COUNT_ONLY);
    }

    /**
     * Counts a participant's ended participations in the project that have income sources recorded at
     * start and at end.
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
        for (int i = 0; i < classified.size(); i++) {
            if (!classified.isEnded(i)) {
                continue;
            }
            Participation participation = classified.participation(i);
            Set<IncomeSource> incomeAtStart = participation.getIncomeAtStart();
            Set<IncomeSource> incomeAtEnd = participation.getIncomeAtEnd();
            if (!IncomeTransitions.isRecorded(participation)) {
                continue;
            }
            boolean atStart = publiclySupported(incomeAtStart);
            boolean atEnd = publiclySupported(incomeAtEnd);
            recorded = Math.addExact(recorded, 1);
            supportedAtStart += atStart ? 1 : 0;
            supportedAtEnd += atEnd ? 1 : 0;
            leftSupport += atStart && !atEnd ? 1 : 0;
        }
    }

    /**
     * Whether any source is public support. It asks the set for each public-support source rather than
     * iterating the set: an iterator over the model's unmodifiable enum set is two objects per call.
     */
    private static boolean publiclySupported(Set<IncomeSource> sources) {
        for (IncomeSource source : PUBLIC_SUPPORT) {
            if (sources.contains(source)) {
                return true;
            }
        }
        return false;
    }

    private static IncomeSource[] publicSupport() {
        List<IncomeSource> sources = new ArrayList<>();
        for (IncomeSource source : IncomeSource.values()) {
            if (source.isPublicSupport()) {
                sources.add(source);
            }
        }
        return sources.toArray(new IncomeSource[0]);
    }

    /**
     * Adds another accumulator's counts to this one.
     *
     * @param other an accumulator over the same window, not null
     * @return this accumulator, never null
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if {@code other} measures another project or window
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    public IncomeAccumulator merge(IncomeAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!window.equals(other.window)) {
            throw new IllegalArgumentException("cannot merge " + other.window + " into " + window);
        }
        recorded = Math.addExact(recorded, other.recorded);
        supportedAtStart = Math.addExact(supportedAtStart, other.supportedAtStart);
        supportedAtEnd = Math.addExact(supportedAtEnd, other.supportedAtEnd);
        leftSupport = Math.addExact(leftSupport, other.leftSupport);
        return this;
    }

    /**
     * The transitions counted so far.
     *
     * @return the transitions, never null
     */
    public IncomeTransitions result() {
        return new IncomeTransitions(recorded, supportedAtStart, supportedAtEnd, leftSupport);
    }
}

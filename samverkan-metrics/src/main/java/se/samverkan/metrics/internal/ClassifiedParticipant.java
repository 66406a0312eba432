package se.samverkan.metrics.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import se.samverkan.metrics.MeasurementWindow;
import se.samverkan.model.participant.ExitOutcome;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;

/**
 * A participant (<i>deltagare</i>) with each participation classified once against a project's
 * {@link MeasurementWindow} (docs/metrics.md): counted or not, and started, ended and ongoing, by the rules
 * of {@link MeasurementWindow#isStarted}, {@link MeasurementWindow#isEnded} and
 * {@link MeasurementWindow#isOngoing}. Every optional field the accumulators need (end, exit outcome,
 * birth year) is read once, so the participant summary, the income transitions and each goal of a
 * project share one reading of the object graph instead of each reading it again.
 *
 * <p>A reusable cursor: {@link #classify(Participant)} overwrites what the previous participant left,
 * and its arrays grow to the largest number of participations seen, so a pass allocates nothing per
 * participant. Indices run from 0 to {@link #size()}{@code - 1} in the participant's order. Not
 * thread-safe.
 */
public final class ClassifiedParticipant {

    private static final int COUNTED = 1;
    private static final int STARTED = 2;
    private static final int ENDED = 4;
    private static final int ONGOING = 8;

    private final MeasurementWindow window;
    private final String project;

    private Participant participant;
    private Gender gender;
    private boolean hasBirthYear;
    private int birthYear;
    private int size;
    private Participation[] participations = new Participation[4];
    private LocalDate[] starts = new LocalDate[4];
    private LocalDate[] ends = new LocalDate[4];
    private ExitOutcome[] outcomes = new ExitOutcome[4];
    private int[] flags = new int[4];

    /**
     * An empty cursor over a window.
     *
     * @param window the window participations are classified against, not null
     * @throws NullPointerException if {@code window} is null
     */
    public ClassifiedParticipant(MeasurementWindow window) {
        this.window = Objects.requireNonNull(window, "window");
        this.project = window.project();
    }

    /**
     * Classifies a participant's participations, replacing the previous participant.
     *
     * @param participant the participant, not null
     * @return this cursor, never null
     * @throws NullPointerException if {@code participant} is null
     */
    public ClassifiedParticipant classify(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        this.participant = participant;
        this.gender = participant.getGender();
        OptionalInt born = participant.getBirthYear();
        this.hasBirthYear = born.isPresent();
        this.birthYear = hasBirthYear ? born.getAsInt() : 0;
        List<Participation> list = participant.getParticipations();
        int count = list.size();
        if (count > participations.length) {
            int length = Math.max(count, 2 * participations.length);
            participations = Arrays.copyOf(participations, length);
            starts = Arrays.copyOf(starts, length);
            ends = Arrays.copyOf(ends, length);
            outcomes = Arrays.copyOf(outcomes, length);
            flags = Arrays.copyOf(flags, length);
        }
        for (int i = 0; i < count; i++) {
            classify(i, list.get(i));
        }
        for (int i = count; i < size; i++) {
            participations[i] = null;
            starts[i] = null;
            ends[i] = null;
            outcomes[i] = null;
        }
        this.size = count;
        return this;
    }

    private void classify(int index, Participation participation) {
        LocalDate start = participation.getStart();
        Optional<LocalDate> endDate = participation.getEnd();
        LocalDate end = endDate.isPresent() ? endDate.get() : null;
        Optional<ExitOutcome> exit = participation.getExitOutcome();
        ExitOutcome outcome = exit.isPresent() ? exit.get() : null;
        participations[index] = participation;
        starts[index] = start;
        ends[index] = end;
        outcomes[index] = outcome;
        int flag = 0;
        if (participation.getProject().equals(project) && (outcome == null || outcome.isCounted())) {
            flag = COUNTED;
            if (window.isStartedOn(start)) {
                flag |= STARTED;
            }
            if (window.isEndedOn(end)) {
                flag |= ENDED;
            }
            if (window.isOngoing(start, end)) {
                flag |= ONGOING;
            }
        }
        flags[index] = flag;
    }

    /**
     * The window participations are classified against.
     *
     * @return the window, never null
     */
    public MeasurementWindow window() {
        return window;
    }

    /**
     * Whether another window is this cursor's window (equal, not only identical), so that
     * {@link #isStarted(int)}, {@link #isEnded(int)} and {@link #isOngoing(int)} answer for it.
     *
     * @param other a window, not null
     * @return true if {@code other} equals the window participations are classified against
     * @throws NullPointerException if {@code other} is null
     */
    public boolean classifiesFor(MeasurementWindow other) {
        return other == window || other.equals(window);
    }

    /**
     * The participant classified last.
     *
     * @return the participant, or null before the first {@link #classify(Participant)}
     */
    public Participant participant() {
        return participant;
    }

    /**
     * The participant's gender.
     *
     * @return the gender, or null before the first {@link #classify(Participant)}
     */
    public Gender gender() {
        return gender;
    }

    /**
     * The number of the participant's participations.
     *
     * @return the number, 0 or more
     */
    public int size() {
        return size;
    }

    /**
     * A participation.
     *
     * @param index its index
     * @return the participation, never null
     */
    public Participation participation(int index) {
        return participations[index];
    }

    /**
     * A participation's start.
     *
     * @param index the participation's index
     * @return the start date, never null
     */
    public LocalDate start(int index) {
        return starts[index];
    }

    /**
     * A participation's end.
     *
     * @param index the participation's index
     * @return the end date, or null for an open participation; never null when it is ended
     */
    public LocalDate end(int index) {
        return ends[index];
    }

    /**
     * A participation's exit outcome.
     *
     * @param index the participation's index
     * @return the outcome, or null when none is recorded
     */
    public ExitOutcome exitOutcome(int index) {
        return outcomes[index];
    }

    /**
     * Whether the participant has a birth year, and so an age at start.
     *
     * @return true if {@link #ageAtStart(int)} is defined
     */
    public boolean hasAge() {
        return hasBirthYear;
    }

    /**
     * The participant's age at a participation's start ({@code start year − birth year}, docs/format.md),
     * as {@link Participant#ageAtStart(Participation)} gives it.
     *
     * @param index the participation's index
     * @return the age; meaningful only when {@link #hasAge()}
     */
    public int ageAtStart(int index) {
        return starts[index].getYear() - birthYear;
    }

    /**
     * Whether a participation counts at all ({@link MeasurementWindow#counts}).
     *
     * @param index the participation's index
     * @return true if it belongs to the window's project and was not registered in error
     */
    public boolean isCounted(int index) {
        return (flags[index] & COUNTED) != 0;
    }

    /**
     * Whether a participation is counted and started in this cursor's window.
     *
     * @param index the participation's index
     * @return the answer of {@link MeasurementWindow#isStarted}
     */
    public boolean isStarted(int index) {
        return (flags[index] & STARTED) != 0;
    }

    /**
     * Whether a participation is counted and ended in this cursor's window.
     *
     * @param index the participation's index
     * @return the answer of {@link MeasurementWindow#isEnded}
     */
    public boolean isEnded(int index) {
        return (flags[index] & ENDED) != 0;
    }

    /**
     * Whether a participation is counted and ongoing in this cursor's window.
     *
     * @param index the participation's index
     * @return the answer of {@link MeasurementWindow#isOngoing}
     */
    public boolean isOngoing(int index) {
        return (flags[index] & ONGOING) != 0;
    }

    /**
     * Whether a participation is counted and started in another window of the same project, such as a
     * goal's own period.
     *
     * @param index the participation's index
     * @param other a window of this cursor's project, not null
     * @return the answer of {@code other.isStarted(participation(index))}
     * @throws NullPointerException if {@code other} is null
     */
    public boolean isStartedIn(int index, MeasurementWindow other) {
        return isCounted(index) && other.isStartedOn(starts[index]);
    }

    /**
     * Whether a participation is counted and ended in another window of the same project, such as a
     * goal's own period.
     *
     * @param index the participation's index
     * @param other a window of this cursor's project, not null
     * @return the answer of {@code other.isEnded(participation(index))}
     * @throws NullPointerException if {@code other} is null
     */
    public boolean isEndedIn(int index, MeasurementWindow other) {
        return isCounted(index) && other.isEndedOn(ends[index]);
    }
}

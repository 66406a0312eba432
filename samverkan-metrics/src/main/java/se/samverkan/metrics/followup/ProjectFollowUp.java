package se.samverkan.metrics.followup;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.range.IntRange;

/**
 * One insats's figures in a förbund's yearly national follow-up (<i>insatsuppgifter i Uppföljning
 * Finsam</i>, docs/metrics.md "National follow-up export"): orientation, budget and outcome for the year,
 * budgeted participants and participants by sex.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectFollowUp {

    private final String project;
    private final Orientation orientation;
    private final Amount budget;
    private final Amount totalBudget;
    private final Amount outcome;
    private final Amount totalOutcome;
    private final IntRange plannedParticipants;
    private final Map<Gender, Integer> participantsByGender;

    private ProjectFollowUp(Builder b) {
        this.project = Objects.requireNonNull(b.project, "project");
        this.orientation = Objects.requireNonNull(b.orientation, "orientation");
        this.budget = Objects.requireNonNull(b.budget, "budget");
        this.totalBudget = Objects.requireNonNull(b.totalBudget, "totalBudget");
        this.outcome = b.outcome;
        this.totalOutcome = b.totalOutcome;
        this.plannedParticipants = b.plannedParticipants;
        Map<Gender, Integer> counts = new EnumMap<>(Gender.class);
        for (Gender gender : Gender.values()) {
            counts.put(gender, b.participantsByGender.getOrDefault(gender, 0));
        }
        this.participantsByGender = Collections.unmodifiableMap(counts);
    }

    /** Collects the figures while they are computed; not part of the API. */
    static final class Builder {
        private String project;
        private Orientation orientation;
        private Amount budget;
        private Amount totalBudget;
        private Amount outcome;
        private Amount totalOutcome;
        private IntRange plannedParticipants;
        private Map<Gender, Integer> participantsByGender = Map.of();

        Builder project(String value, Orientation kind) {
            this.project = value;
            this.orientation = kind;
            return this;
        }

        Builder budget(Amount own, Amount total) {
            this.budget = own;
            this.totalBudget = total;
            return this;
        }

        Builder outcome(Amount own, Amount total) {
            this.outcome = own;
            this.totalOutcome = total;
            return this;
        }

        Builder plannedParticipants(IntRange value) {
            this.plannedParticipants = value;
            return this;
        }

        Builder participantsByGender(Map<Gender, Integer> value) {
            this.participantsByGender = value;
            return this;
        }

        ProjectFollowUp build() {
            return new ProjectFollowUp(this);
        }
    }

    /**
     * The insats.
     *
     * @return the project's id, never null
     */
    public String project() {
        return project;
    }

    /**
     * The bean-style name of {@link #project()}.
     *
     * @return the same as {@link #project()}
     * @deprecated use {@link #project()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public String getProject() {
        return project();
    }

    /**
     * Whether the insats is aimed at individuals (<i>individinriktad</i>) or at structures
     * (<i>strukturövergripande</i>).
     *
     * @return the orientation, never null
     */
    public Orientation orientation() {
        return orientation;
    }

    /**
     * The bean-style name of {@link #orientation()}.
     *
     * @return the same as {@link #orientation()}
     * @deprecated use {@link #orientation()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Orientation getOrientation() {
        return orientation();
    }

    /**
     * The förbund's budget for the insats in the year: the year's budget lines the förbund pays
     * ({@code fundedBy} the förbund, or no {@code fundedBy} when the förbund is the insats's single
     * financier).
     *
     * @return the exact amount, never null
     */
    public Amount budget() {
        return budget;
    }

    /**
     * The bean-style name of {@link #budget()}.
     *
     * @return the same as {@link #budget()}
     * @deprecated use {@link #budget()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getBudget() {
        return budget();
    }

    /**
     * The insats's whole budget in the year, whoever pays it.
     *
     * @return the exact amount, never null
     */
    public Amount totalBudget() {
        return totalBudget;
    }

    /**
     * The bean-style name of {@link #totalBudget()}.
     *
     * @return the same as {@link #totalBudget()}
     * @deprecated use {@link #totalBudget()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getTotalBudget() {
        return totalBudget();
    }

    /**
     * The förbund's outcome (<i>utfall</i>) for the insats in the year, counted like
     * {@link #budget()}.
     *
     * @return the exact amount, or empty when the insats has no outcome line of the year
     */
    public Optional<Amount> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * The bean-style name of {@link #outcome()}.
     *
     * @return the same as {@link #outcome()}
     * @deprecated use {@link #outcome()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Amount> getOutcome() {
        return outcome();
    }

    /**
     * The insats's whole outcome in the year, whoever pays it.
     *
     * @return the exact amount, or empty when the insats has no outcome line of the year
     */
    public Optional<Amount> totalOutcome() {
        return Optional.ofNullable(totalOutcome);
    }

    /**
     * The bean-style name of {@link #totalOutcome()}.
     *
     * @return the same as {@link #totalOutcome()}
     * @deprecated use {@link #totalOutcome()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Amount> getTotalOutcome() {
        return totalOutcome();
    }

    /**
     * The budgeted number of participants (<i>budgeterat antal deltagare</i>): the target group's
     * planned participants.
     *
     * @return the planned range, or empty when the insats plans none
     */
    public Optional<IntRange> plannedParticipants() {
        return Optional.ofNullable(plannedParticipants);
    }

    /**
     * The bean-style name of {@link #plannedParticipants()}.
     *
     * @return the same as {@link #plannedParticipants()}
     * @deprecated use {@link #plannedParticipants()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<IntRange> getPlannedParticipants() {
        return plannedParticipants();
    }

    /**
     * Participants in the year by sex (<i>antal deltagare per kön</i>), every gender in declaration order,
     * zeros included.
     *
     * <p>For a person-level insats: the distinct participants with a counted participation (not an
     * erroneous registration) in the insats that was active during the year — started on or before
     * 31 December and not ended before 1 January. For a {@code COUNT_ONLY} insats: the sums of its
     * {@code participantCounts} for the year.
     *
     * @return the unmodifiable counts, never null
     */
    public Map<Gender, Integer> participantsByGender() {
        return participantsByGender;
    }

    /**
     * The bean-style name of {@link #participantsByGender()}.
     *
     * @return the same as {@link #participantsByGender()}
     * @deprecated use {@link #participantsByGender()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Map<Gender, Integer> getParticipantsByGender() {
        return participantsByGender();
    }

    /**
     * All participants in the year, the sum of {@link #participantsByGender()}.
     *
     * @return the count, ≥ 0
     */
    public int participants() {
        return participantsByGender.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The bean-style name of {@link #participants()}.
     *
     * @return the same as {@link #participants()}
     * @deprecated use {@link #participants()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public int getParticipants() {
        return participants();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ProjectFollowUp)) {
            return false;
        }
        ProjectFollowUp that = (ProjectFollowUp) other;
        return project.equals(that.project) && orientation == that.orientation && budget.equals(that.budget)
            && totalBudget.equals(that.totalBudget) && Objects.equals(outcome, that.outcome)
            && Objects.equals(totalOutcome, that.totalOutcome)
            && Objects.equals(plannedParticipants, that.plannedParticipants)
            && participantsByGender.equals(that.participantsByGender);
    }

    @Override
    public int hashCode() {
        return Objects.hash(project, orientation, budget, totalBudget, outcome, totalOutcome, plannedParticipants,
            participantsByGender);
    }

    @Override
    public String toString() {
        return "ProjectFollowUp[" + project + ", " + orientation + ", budget=" + budget + "/" + totalBudget
            + ", outcome=" + outcome + "/" + totalOutcome + ", planned=" + plannedParticipants
            + ", participants=" + participantsByGender + "]";
    }
}

package se.samverkan.metrics.costs;

import java.util.Objects;
import java.util.Optional;

/**
 * The financing of an insats (<i>insatsens finansiering</i>): of its budget and, separately, of its
 * outcome (<i>utfall</i>) when it has one, over the same measured years (docs/metrics.md "Project
 * financing").
 *
 * <p>Equal to another when the budgets' and the outcomes' financings are equal (both without outcome
 * included).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectFinancing {

    private final Financing budget;
    private final Financing outcome;

    private ProjectFinancing(Financing budget, Financing outcome) {
        this.budget = budget;
        this.outcome = outcome;
    }

    static ProjectFinancing of(Financing budget, Optional<Financing> outcome) {
        return new ProjectFinancing(Objects.requireNonNull(budget, "budget"), outcome.orElse(null));
    }

    /**
     * The financing of the budget.
     *
     * @return the budget's financing, never null (all zeros for a project without budget lines)
     */
    public Financing budget() {
        return budget;
    }

    /**
     * The bean-style name of {@link #budget()}.
     *
     * @return the same as {@link #budget()}
     * @deprecated use {@link #budget()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Financing getBudget() {
        return budget();
    }

    /**
     * The financing of the outcome.
     *
     * @return the outcome's financing, or empty when the project states no outcome
     */
    public Optional<Financing> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * The bean-style name of {@link #outcome()}.
     *
     * @return the same as {@link #outcome()}
     * @deprecated use {@link #outcome()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Financing> getOutcome() {
        return outcome();
    }

    /**
     * The financing of the outcome as the metrics output shows it: only when at least one outcome line lies
     * in the measured years (see {@code docs/metrics.md}).
     *
     * @return the outcome's financing, or empty when the project states no outcome or none of its lines
     *     lies in the measured years
     */
    public Optional<Financing> measuredOutcome() {
        return outcome().filter(Financing::hasLines);
    }

    /**
     * The bean-style name of {@link #measuredOutcome()}.
     *
     * @return the same as {@link #measuredOutcome()}
     * @deprecated use {@link #measuredOutcome()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Financing> getMeasuredOutcome() {
        return measuredOutcome();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ProjectFinancing)) {
            return false;
        }
        ProjectFinancing that = (ProjectFinancing) other;
        return budget.equals(that.budget) && Objects.equals(outcome, that.outcome);
    }

    @Override
    public int hashCode() {
        return Objects.hash(budget, outcome);
    }

    @Override
    public String toString() {
        return "ProjectFinancing[budget=" + budget + ", outcome=" + outcome + "]";
    }
}

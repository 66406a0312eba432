package se.samverkan.metrics.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.model.money.Amount;

/**
 * Unit costs of an insats (<i>kostnad per deltagare</i>): the budget total divided by the started
 * participations, and by the participations that ended in work or studies (docs/metrics.md "Unit
 * costs"; docs/cli.md {@code perStartedParticipant}, {@code perWorkOrStudies}).
 *
 * <p>Each quotient is the exact quotient rounded half-even to the öre, and absent when its divisor is
 * zero. Gemensamma taget Vuxna: 2 755 000 ÷ 100 started = 27 550.00.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitCosts {

    private final Amount budgetTotal;
    private final long started;
    private final long endedInWorkOrStudies;

    private UnitCosts(Amount budgetTotal, long started, long endedInWorkOrStudies) {
        this.budgetTotal = budgetTotal;
        this.started = started;
        this.endedInWorkOrStudies = endedInWorkOrStudies;
    }

    static UnitCosts of(Amount budgetTotal, long started, long endedInWorkOrStudies) {
        Objects.requireNonNull(budgetTotal, "budgetTotal");
        if (started < 0 || endedInWorkOrStudies < 0) {
            throw new IllegalArgumentException("participation counts must not be negative");
        }
        return new UnitCosts(budgetTotal, started, endedInWorkOrStudies);
    }

    private Optional<Amount> per(long divisor) {
        if (divisor == 0) {
            return Optional.empty();
        }
        return Optional.of(Amount.of(
            budgetTotal.toBigDecimal().divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_EVEN)));
    }

    /**
     * The budget total the unit costs divide.
     *
     * @return the total, never null
     */
    public Amount budgetTotal() {
        return budgetTotal;
    }

    /**
     * The bean-style name of {@link #budgetTotal()}.
     *
     * @return the same as {@link #budgetTotal()}
     * @deprecated use {@link #budgetTotal()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getBudgetTotal() {
        return budgetTotal();
    }

    /**
     * The number of started participations the cost is divided by.
     *
     * @return the count, ≥ 0
     */
    public long started() {
        return started;
    }

    /**
     * The bean-style name of {@link #started()}.
     *
     * @return the same as {@link #started()}
     * @deprecated use {@link #started()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public long getStarted() {
        return started();
    }

    /**
     * The number of participations ended in {@code WORK_OR_STUDIES} the cost is divided by.
     *
     * @return the count, ≥ 0
     */
    public long endedInWorkOrStudies() {
        return endedInWorkOrStudies;
    }

    /**
     * The bean-style name of {@link #endedInWorkOrStudies()}.
     *
     * @return the same as {@link #endedInWorkOrStudies()}
     * @deprecated use {@link #endedInWorkOrStudies()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public long getEndedInWorkOrStudies() {
        return endedInWorkOrStudies();
    }

    /**
     * The cost per started participation, rounded half-even to the öre.
     *
     * @return the cost, or empty when no participation started
     */
    public Optional<Amount> perStartedParticipant() {
        return per(started);
    }

    /**
     * The bean-style name of {@link #perStartedParticipant()}.
     *
     * @return the same as {@link #perStartedParticipant()}
     * @deprecated use {@link #perStartedParticipant()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Amount> getPerStartedParticipant() {
        return perStartedParticipant();
    }

    /**
     * The cost per participation that ended in work or studies, rounded half-even to the öre.
     *
     * @return the cost, or empty when none ended in work or studies
     */
    public Optional<Amount> perWorkOrStudies() {
        return per(endedInWorkOrStudies);
    }

    /**
     * The bean-style name of {@link #perWorkOrStudies()}.
     *
     * @return the same as {@link #perWorkOrStudies()}
     * @deprecated use {@link #perWorkOrStudies()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<Amount> getPerWorkOrStudies() {
        return perWorkOrStudies();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof UnitCosts)) {
            return false;
        }
        UnitCosts that = (UnitCosts) other;
        return budgetTotal.equals(that.budgetTotal) && started == that.started
            && endedInWorkOrStudies == that.endedInWorkOrStudies;
    }

    @Override
    public int hashCode() {
        return Objects.hash(budgetTotal, started, endedInWorkOrStudies);
    }

    @Override
    public String toString() {
        return "UnitCosts[perStarted=" + perStartedParticipant().orElse(null)
            + ", perWorkOrStudies=" + perWorkOrStudies().orElse(null) + "]";
    }
}

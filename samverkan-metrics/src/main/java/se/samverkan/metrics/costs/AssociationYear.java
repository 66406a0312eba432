package se.samverkan.metrics.costs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.model.money.Amount;

/**
 * One funding year of a förbund split by its key (<i>fördelning av årets medel</i>): the year, the
 * total its members allocate, and each paying member's part (docs/metrics.md, docs/cli.md
 * {@code associations[].years[]}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssociationYear {

    private final int year;
    private final Amount total;
    private final List<MemberShare> shares;

    private AssociationYear(int year, Amount total, List<MemberShare> shares) {
        this.year = year;
        this.total = total;
        this.shares = shares;
    }

    static AssociationYear of(int year, Amount total, Optional<List<MemberShare>> shares) {
        return new AssociationYear(year, Objects.requireNonNull(total, "total"), shares.orElse(null));
    }

    /**
     * The calendar year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * The bean-style name of {@link #year()}.
     *
     * @return the same as {@link #year()}
     * @deprecated use {@link #year()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public int getYear() {
        return year();
    }

    /**
     * The year's total as allocated by the members.
     *
     * @return the total, never null
     */
    public Amount total() {
        return total;
    }

    /**
     * The bean-style name of {@link #total()}.
     *
     * @return the same as {@link #total()}
     * @deprecated use {@link #total()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getTotal() {
        return total();
    }

    /**
     * Each paying member's part, in member order: Försäkringskassan with the state half, each region
     * and each municipality (Arbetsförmedlingen pays nothing itself and is not listed). The parts sum
     * to exactly {@link #total()}.
     *
     * @return the unmodifiable parts, or empty when the key cannot be computed
     *     ({@link AssociationKey#problems()} says why), never a partial list
     */
    public Optional<List<MemberShare>> shares() {
        return Optional.ofNullable(shares);
    }

    /**
     * The bean-style name of {@link #shares()}.
     *
     * @return the same as {@link #shares()}
     * @deprecated use {@link #shares()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<List<MemberShare>> getShares() {
        return shares();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AssociationYear)) {
            return false;
        }
        AssociationYear that = (AssociationYear) other;
        return year == that.year && total.equals(that.total) && Objects.equals(shares, that.shares);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, total, shares);
    }

    @Override
    public String toString() {
        return year + ": " + total + " " + (shares == null ? "(not computable)" : shares);
    }
}

package se.samverkan.metrics.costs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.model.money.Amount;

/**
 * A förbund's key (<i>fördelningsnyckel</i>, Finsamlagen §5) applied to its funding years: every
 * year's total split in two levels (docs/metrics.md "Cost sharing").
 *
 * <p>Level 1, in this order: Försäkringskassan ½ (the whole state share, Arbetsförmedlingen's part
 * included, which is why Arbetsförmedlingen pays nothing itself), the regions ¼, the municipalities ¼.
 * Level 2: each quarter among the regions (or municipalities) by population or by the agreed shares,
 * in member order. Members count as their top-most ancestor's type. Both levels allocate whole öre by
 * the {@link LargestRemainder largest-remainder method}, so the parts sum to exactly each year's total.
 *
 * <p>The key is <i>computable</i> when the förbund has exactly one member counting as
 * Försäkringskassan, at least one region and one municipality, every member's type is known, and each
 * quarter's key is complete: a population key needs a population for every member of its type when
 * there are several (a sole member bears the whole quarter whatever its population), not all zero; an
 * agreed key lists every member of its type exactly once, no other party, with shares summing to exactly
 * 1. Otherwise no year carries shares and {@link #problems()} says why: the key never gives a
 * partial split that looks complete. A missing Arbetsförmedlingen does not prevent the split.
 *
 * <p>Two keys are equal when they belong to the same förbund, split alike (the same members with numerically
 * equal weights, or the same problems) and carry equal years.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssociationKey {

    private final String association;
    private final ResolvedKey key;
    private final List<AssociationYear> years;

    private AssociationKey(String association, ResolvedKey key, List<AssociationYear> years) {
        this.association = association;
        this.key = key;
        this.years = years;
    }

    static AssociationKey of(String association, ResolvedKey key, List<AssociationYear> years) {
        return new AssociationKey(Objects.requireNonNull(association, "association"),
            Objects.requireNonNull(key, "key"), List.copyOf(years));
    }

    /**
     * The förbund.
     *
     * @return the förbund's id, never null
     */
    public String association() {
        return association;
    }

    /**
     * The bean-style name of {@link #association()}.
     *
     * @return the same as {@link #association()}
     * @deprecated use {@link #association()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public String getAssociation() {
        return association();
    }

    /**
     * Whether the key can be computed; then every year carries its shares.
     *
     * @return true when {@link #problems()} is empty
     */
    public boolean isComputable() {
        return key.isComputable();
    }

    /**
     * Why the key cannot be computed, each with the place in the document.
     *
     * @return the unmodifiable problems, empty when computable, never null
     */
    public List<KeyProblem> problems() {
        return key.problems();
    }

    /**
     * The bean-style name of {@link #problems()}.
     *
     * @return the same as {@link #problems()}
     * @deprecated use {@link #problems()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public List<KeyProblem> getProblems() {
        return problems();
    }

    /**
     * The funding years in document order, each split by the key.
     *
     * @return the unmodifiable years, never null
     */
    public List<AssociationYear> years() {
        return years;
    }

    /**
     * The bean-style name of {@link #years()}.
     *
     * @return the same as {@link #years()}
     * @deprecated use {@link #years()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public List<AssociationYear> getYears() {
        return years();
    }

    /**
     * The year's split, if the förbund has funding for it (the first entry for the year when there are
     * several).
     *
     * @param year the calendar year
     * @return the year, or empty when the förbund has no funding for it
     */
    public Optional<AssociationYear> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    /**
     * Splits any amount by this key exactly as the förbund's funds are split: the same two levels, the
     * same order, the same largest-remainder rounding. Used to attribute the money a förbund puts into
     * an insats back to its members.
     *
     * @param amount the amount to split, not null; may be negative (split symmetrically)
     * @return the paying members' parts in member order, summing to exactly {@code amount}; empty when
     *     the key is not computable
     * @throws NullPointerException if {@code amount} is null
     */
    public Optional<List<MemberShare>> split(Amount amount) {
        Objects.requireNonNull(amount, "amount");
        return key.split(amount);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AssociationKey)) {
            return false;
        }
        AssociationKey that = (AssociationKey) other;
        return association.equals(that.association) && key.equals(that.key) && years.equals(that.years);
    }

    @Override
    public int hashCode() {
        return Objects.hash(association, key, years);
    }

    @Override
    public String toString() {
        return "AssociationKey[" + association + (isComputable() ? "" : ", problems=" + problems())
            + ", years=" + years + "]";
    }
}

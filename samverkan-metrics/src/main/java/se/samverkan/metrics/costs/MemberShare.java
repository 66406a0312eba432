package se.samverkan.metrics.costs;

import java.util.Objects;
import se.samverkan.model.money.Amount;

/**
 * One member's part of a förbund's funds (<i>medlemsavgift, tilldelade medel per medlem</i>) as the
 * förbund key allocates it: the member's party id and its exact amount.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MemberShare {

    private final String party;
    private final Amount amount;

    private MemberShare(String party, Amount amount) {
        this.party = party;
        this.amount = amount;
    }

    static MemberShare of(String party, Amount amount) {
        return new MemberShare(Objects.requireNonNull(party, "party"), Objects.requireNonNull(amount, "amount"));
    }

    /**
     * The member.
     *
     * @return the member's party id, never null
     */
    public String party() {
        return party;
    }

    /**
     * The bean-style name of {@link #party()}.
     *
     * @return the same as {@link #party()}
     * @deprecated use {@link #party()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public String getParty() {
        return party();
    }

    /**
     * The member's part, in whole öre.
     *
     * @return the amount, never null
     */
    public Amount amount() {
        return amount;
    }

    /**
     * The bean-style name of {@link #amount()}.
     *
     * @return the same as {@link #amount()}
     * @deprecated use {@link #amount()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getAmount() {
        return amount();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberShare && party.equals(((MemberShare) other).party)
            && amount.equals(((MemberShare) other).amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(party, amount);
    }

    @Override
    public String toString() {
        return party + "=" + amount;
    }
}

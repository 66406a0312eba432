package se.samverkan.metrics.costs;

import java.util.Objects;
import se.samverkan.model.money.Amount;
import se.samverkan.model.party.PartyType;

/**
 * The cost one party really bears for an insats (<i>faktisk kostnad per part</i>): its own funding and
 * resources in kind, plus its part, by the förbund key, of the money its förbund puts in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BorneCost {

    private final String party;
    private final PartyType type;
    private final Amount amount;

    private BorneCost(String party, PartyType type, Amount amount) {
        this.party = party;
        this.type = type;
        this.amount = amount;
    }

    static BorneCost of(String party, PartyType type, Amount amount) {
        return new BorneCost(Objects.requireNonNull(party, "party"), Objects.requireNonNull(type, "type"),
            Objects.requireNonNull(amount, "amount"));
    }

    /**
     * The party, as named in the document (a unit stays itself).
     *
     * @return the party id, never null
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
     * The type the party counts as: its top-most ancestor's.
     *
     * @return the type, never null
     */
    public PartyType type() {
        return type;
    }

    /**
     * The bean-style name of {@link #type()}.
     *
     * @return the same as {@link #type()}
     * @deprecated use {@link #type()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public PartyType getType() {
        return type();
    }

    /**
     * The cost the party bears.
     *
     * @return the exact amount, never null
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
        if (!(other instanceof BorneCost)) {
            return false;
        }
        BorneCost that = (BorneCost) other;
        return party.equals(that.party) && type == that.type && amount.equals(that.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(party, type, amount);
    }

    @Override
    public String toString() {
        return party + " (" + type + ")=" + amount;
    }
}

package se.samverkan.metrics.costs;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.model.money.Amount;

/**
 * One funder's part of an insats's budget or outcome (<i>finansiärens andel</i>): the funder, the
 * exact amount of the lines it pays and its percent of the total (docs/metrics.md "Project financing";
 * docs/cli.md {@code byFunder}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FunderShare {

    private final String party;
    private final Amount amount;
    private final BigDecimal percent;

    private FunderShare(String party, Amount amount, BigDecimal percent) {
        this.party = party;
        this.amount = amount;
        this.percent = percent;
    }

    static FunderShare of(String party, Amount amount, Amount total) {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(amount, "amount");
        BigDecimal percent = total.isZero() ? null : Percent.of(amount.toBigDecimal(), total.toBigDecimal());
        return new FunderShare(party, amount, percent);
    }

    /**
     * The funder.
     *
     * @return the funder's party id, never null
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
     * The sum of the lines the funder pays.
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

    /**
     * The funder's percent of the total, {@code 100 × amount ÷ total} rounded half-even to one decimal
     * on its own (so the percents of all funders need not add up to 100.0).
     *
     * @return the percent with scale 1, or empty when the total is zero
     */
    public Optional<BigDecimal> percent() {
        return Optional.ofNullable(percent);
    }

    /**
     * The bean-style name of {@link #percent()}.
     *
     * @return the same as {@link #percent()}
     * @deprecated use {@link #percent()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Optional<BigDecimal> getPercent() {
        return percent();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FunderShare)) {
            return false;
        }
        FunderShare that = (FunderShare) other;
        return party.equals(that.party) && amount.equals(that.amount) && Objects.equals(percent, that.percent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(party, amount, percent);
    }

    @Override
    public String toString() {
        return party + "=" + amount + (percent == null ? "" : " (" + percent.toPlainString() + " %)");
    }
}

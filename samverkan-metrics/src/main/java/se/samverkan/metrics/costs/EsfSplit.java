package se.samverkan.metrics.costs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.model.money.Amount;
import se.samverkan.model.project.Esf;

/**
 * The granted ESF+ support of an insats split into the union part (<i>EU-andel</i>, granted support ×
 * the union co-financing rate) and the national part (<i>nationell medfinansiering</i>, the rest), by
 * the {@link LargestRemainder largest-remainder method} with the union part listed first, so the parts
 * sum to exactly the granted support (docs/metrics.md; docs/cli.md {@code esf}).
 *
 * <p>Förstudien Gränsgångare: 399 909 at 50 % gives 199 954.50 + 199 954.50.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EsfSplit {

    private final Amount grantedSupport;
    private final BigDecimal unionCoFinancingRate;
    private final Amount unionPart;
    private final Amount nationalPart;

    private EsfSplit(Amount grantedSupport, BigDecimal rate, Amount unionPart, Amount nationalPart) {
        this.grantedSupport = grantedSupport;
        this.unionCoFinancingRate = rate;
        this.unionPart = unionPart;
        this.nationalPart = nationalPart;
    }

    /**
     * The split, or empty when the rate is not in (0, 1] or has more than
     * {@value LargestRemainder#MAX_WEIGHT_SCALE} decimals (validation reports such a rate).
     */
    static Optional<EsfSplit> of(Esf esf) {
        BigDecimal rate = esf.getUnionCoFinancingRate();
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0
            || rate.stripTrailingZeros().scale() > LargestRemainder.MAX_WEIGHT_SCALE) {
            return Optional.empty();
        }
        List<Amount> parts =
            LargestRemainder.allocate(esf.getGrantedSupport(), List.of(rate, BigDecimal.ONE.subtract(rate)));
        return Optional.of(new EsfSplit(esf.getGrantedSupport(), rate, parts.get(0), parts.get(1)));
    }

    /**
     * The granted ESF+ support (<i>beviljat ESF-stöd</i>).
     *
     * @return the support, never null
     */
    public Amount grantedSupport() {
        return grantedSupport;
    }

    /**
     * The bean-style name of {@link #grantedSupport()}.
     *
     * @return the same as {@link #grantedSupport()}
     * @deprecated use {@link #grantedSupport()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getGrantedSupport() {
        return grantedSupport();
    }

    /**
     * The union co-financing rate the split used (<i>unionens medfinansieringsgrad</i>).
     *
     * @return the rate, 0 &lt; rate ≤ 1, never null
     */
    public BigDecimal unionCoFinancingRate() {
        return unionCoFinancingRate;
    }

    /**
     * The bean-style name of {@link #unionCoFinancingRate()}.
     *
     * @return the same as {@link #unionCoFinancingRate()}
     * @deprecated use {@link #unionCoFinancingRate()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public BigDecimal getUnionCoFinancingRate() {
        return unionCoFinancingRate();
    }

    /**
     * The union part: granted support × rate, in whole öre.
     *
     * @return the union part, never null
     */
    public Amount unionPart() {
        return unionPart;
    }

    /**
     * The bean-style name of {@link #unionPart()}.
     *
     * @return the same as {@link #unionPart()}
     * @deprecated use {@link #unionPart()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getUnionPart() {
        return unionPart();
    }

    /**
     * The national part: the rest of the granted support.
     *
     * @return the national part, never null; {@code unionPart + nationalPart = grantedSupport} exactly
     */
    public Amount nationalPart() {
        return nationalPart;
    }

    /**
     * The bean-style name of {@link #nationalPart()}.
     *
     * @return the same as {@link #nationalPart()}
     * @deprecated use {@link #nationalPart()}: results name their accessors without {@code get}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public Amount getNationalPart() {
        return nationalPart();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof EsfSplit)) {
            return false;
        }
        EsfSplit that = (EsfSplit) other;
        return grantedSupport.equals(that.grantedSupport)
            && unionCoFinancingRate.compareTo(that.unionCoFinancingRate) == 0
            && unionPart.equals(that.unionPart) && nationalPart.equals(that.nationalPart);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grantedSupport, unionPart, nationalPart);
    }

    @Override
    public String toString() {
        return "EsfSplit[granted=" + grantedSupport + ", union=" + unionPart + ", national=" + nationalPart + "]";
    }
}

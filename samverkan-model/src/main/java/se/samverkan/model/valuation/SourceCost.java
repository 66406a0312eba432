package se.samverkan.model.valuation;

import org.immutables.value.Value;
import se.samverkan.model.money.Amount;
import se.samverkan.model.validation.NonNegative;

/**
 * What one person-year on an income source costs the public, and who pays it (<i>årskostnad per
 * försörjningskälla</i>), as the user of a valuation states it.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SourceCost {

    SourceCost() {
    }

    /** The annual cost in kronor of one person-year on the source (≥ 0, at most two decimals), never null. */
    @NonNegative
    public abstract Amount getAnnualCost();

    /** The public payer of the source, never null. */
    public abstract Payer getPayer();

    /**
     * The cost of a source.
     *
     * @param annualCost the cost of one person-year, not null
     * @param payer the payer, not null
     * @return the source cost, never null
     * @throws NullPointerException if an argument is null
     */
    public static SourceCost of(Amount annualCost, Payer payer) {
        return ImmutableSourceCost.builder().annualCost(annualCost).payer(payer).build();
    }
}

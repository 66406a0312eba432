package se.samverkan.metrics.valuation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The public payers together (<i>totalt för det offentliga</i>): each amount rounded half-even to the öre
 * from the unrounded sum over the five payers (so it may differ by an öre from the sum of the rounded
 * {@link PayerValue}s). The production gain to society is not included.
 *
 * @param annualChange the total annual change
 * @param horizonValue the total value over the horizon
 * @param cost the total cost to the five payers
 * @param net {@code horizonValue − cost}
 * @param returnRatio {@code horizonValue / cost} rounded half-even to two decimals; empty when the cost is 0
 * @param paybackYear the first year t (1 … H) by whose end the discounted value of years 1 … t reaches
 *     the cost; empty when the cost is 0, when the annual change is not positive, or when the horizon is
 *     too short
 */
public record TotalValue(BigDecimal annualChange, BigDecimal horizonValue, BigDecimal cost, BigDecimal net,
        Optional<BigDecimal> returnRatio, OptionalInt paybackYear) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public TotalValue {
        Objects.requireNonNull(annualChange, "annualChange");
        Objects.requireNonNull(horizonValue, "horizonValue");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(returnRatio, "returnRatio");
        Objects.requireNonNull(paybackYear, "paybackYear");
    }
}

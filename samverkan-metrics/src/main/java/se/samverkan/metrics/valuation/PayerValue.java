package se.samverkan.metrics.valuation;

import java.math.BigDecimal;
import java.util.Objects;
import se.samverkan.model.valuation.Payer;

/**
 * What the change in support is worth to one public payer, next to what the insats cost it
 * (<i>värde och kostnad per betalare</i>). Every amount is in kronor, rounded half-even to the öre from
 * its own unrounded value (so {@code net} need not equal {@code horizonValue − cost} of the rounded
 * figures by an öre).
 *
 * @param payer the payer
 * @param annualChange the payer's support cost at start minus at end over the valued participations, less
 *     deadweight: positive when the payer pays less after the insats
 * @param horizonValue {@code annualChange} times the horizon factor
 * @param cost what parties of the payer's type bear for the insats
 * @param net {@code horizonValue − cost}
 */
public record PayerValue(Payer payer, BigDecimal annualChange, BigDecimal horizonValue, BigDecimal cost,
        BigDecimal net) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public PayerValue {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(annualChange, "annualChange");
        Objects.requireNonNull(horizonValue, "horizonValue");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(net, "net");
    }
}

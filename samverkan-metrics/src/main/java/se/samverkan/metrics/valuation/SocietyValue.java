package se.samverkan.metrics.valuation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The production gain to society (<i>produktionsvärde</i>): the change in the participants' share of a
 * year in work, valued at the user's production value of a person-year, less deadweight; reported apart
 * from the public payers' figures. Amounts in kronor, rounded half-even to the öre.
 *
 * @param annualProductionGain the gain in the first year
 * @param horizonValue the gain times the horizon factor
 */
public record SocietyValue(BigDecimal annualProductionGain, BigDecimal horizonValue) {

    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public SocietyValue {
        Objects.requireNonNull(annualProductionGain, "annualProductionGain");
        Objects.requireNonNull(horizonValue, "horizonValue");
    }
}

package se.samverkan.model.valuation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.IncomeSource;
import se.samverkan.model.validation.NonNegative;

/**
 * The parameters of a socio-economic valuation (<i>samhällsekonomisk kalkyl</i>), all supplied by the
 * user: the annual cost and payer of each income source, the production value of a person-year in work,
 * the horizon in years H ≥ 1, the discount rate r ≥ 0, the persistence p (the share of a change still
 * there the following year, 0–1), the deadweight d (the share that would have happened anyway, 0 ≤ d &lt; 1,
 * default 0) and the price year the amounts are stated in.
 *
 * <p>An income source not listed costs nothing. Building checks only that the mandatory values are
 * present; ranges are checked by validation ({@code SamverkanValidator.validateObject}), which reports
 * every violation with its JSON Pointer.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValuationParameters {

    /** The largest horizon accepted, in years. */
    public static final int MAX_HORIZON_YEARS = 100;

    ValuationParameters() {
    }

    /** The year the amounts are priced in (documentation only; 1900–2100). */
    @Min(1900)
    @Max(2100)
    public abstract OptionalInt getPriceYear();

    /** The number of years H the change is followed, the first year included (1–{@value #MAX_HORIZON_YEARS}). */
    @Min(1)
    @Max(MAX_HORIZON_YEARS)
    public abstract int getHorizonYears();

    /** The discount rate r per year (≥ 0), never null. */
    @DecimalMin(value = "0", message = "{se.samverkan.validation.DecimalMin.atLeast}")
    public abstract BigDecimal getDiscountRate();

    /** The persistence p: the share of a year's change that remains the following year (0–1), never null. */
    @DecimalMin(value = "0", message = "{se.samverkan.validation.DecimalMin.atLeast}")
    @DecimalMax(value = "1", message = "{se.samverkan.validation.DecimalMax.atMost}")
    public abstract BigDecimal getPersistence();

    /** The deadweight d: the share of the change that would have happened anyway (0 ≤ d &lt; 1); 0 by default. */
    @Value.Default
    @DecimalMin(value = "0", message = "{se.samverkan.validation.DecimalMin.atLeast}")
    @DecimalMax(value = "1", inclusive = false, message = "{se.samverkan.validation.DecimalMax.below}")
    public BigDecimal getDeadweight() {
        return BigDecimal.ZERO;
    }

    /** The production value to society of one person-year in work (≥ 0), if the user gives one. */
    public abstract Optional<@NonNegative Amount> getEmploymentAnnualValue();

    /** The annual cost and payer of each income source; a source not listed costs nothing. Never null. */
    public abstract Map<IncomeSource, @Valid SourceCost> getIncomeSources();

    /**
     * A builder; {@code horizonYears}, {@code discountRate} and {@code persistence} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableValuationParameters.Builder builder() {
        return ImmutableValuationParameters.builder();
    }
}

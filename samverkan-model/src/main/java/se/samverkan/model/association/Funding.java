package se.samverkan.model.association;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.money.Amount;
import se.samverkan.model.validation.NonNegative;
import se.samverkan.model.validation.StatedAmount;

/**
 * A förbund's funds for one calendar year (<i>tilldelade medel</i>): the total its members allocate,
 * the equity carried over (<i>eget kapital</i>) and the administrative budget and outcome, as the
 * national follow-up (<i>Uppföljning Finsam</i>) asks for them.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Funding {

    Funding() {
    }

    /** The calendar year. */
    @Min(1990)
    @Max(2100)
    public abstract int getYear();

    /** The total allocated by the members for the year (≥ 0), never null. */
    @NonNegative
    @StatedAmount
    public abstract Amount getTotal();

    /** The equity carried over into the year; may be negative. */
    public abstract Optional<@StatedAmount Amount> getEquity();

    /** The budget for administration (≥ 0). */
    public abstract Optional<@NonNegative @StatedAmount Amount> getAdministrationBudget();

    /** The outcome for administration (≥ 0). */
    public abstract Optional<@NonNegative @StatedAmount Amount> getAdministrationOutcome();

    /**
     * A builder for a year's funding; {@code year} and {@code total} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableFunding.Builder builder() {
        return ImmutableFunding.builder();
    }
}

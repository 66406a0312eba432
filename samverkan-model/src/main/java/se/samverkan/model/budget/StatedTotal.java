package se.samverkan.model.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;
import se.samverkan.model.money.Amount;
import se.samverkan.model.validation.StatedAmount;

/**
 * A year's total as printed in the application (<i>summa per år</i>); reporting rules compare it
 * with the sum of that year's lines ({@code BUDGET_TOTAL_MISMATCH}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatedTotal {

    StatedTotal() {
    }

    /** The calendar year. */
    @Min(1990)
    @Max(2100)
    public abstract int getYear();

    /** The stated total, never null. */
    @StatedAmount
    public abstract Amount getAmount();

    /**
     * A stated total.
     *
     * @param year the year
     * @param amount the stated amount, not null
     * @return the stated total, never null
     * @throws NullPointerException if {@code amount} is null
     */
    public static StatedTotal of(int year, Amount amount) {
        return ImmutableStatedTotal.builder().year(year).amount(amount).build();
    }
}

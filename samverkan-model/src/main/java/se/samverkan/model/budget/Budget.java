package se.samverkan.model.budget;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.money.Amount;
import se.samverkan.model.validation.StatedAmount;

/**
 * A budget (<i>budget</i>) or outcome (<i>utfall</i>) of an intervention: its lines and, optionally,
 * the totals as printed in the application.
 *
 * <p>The model keeps stated totals as given; the reporting rules compare them with the lines. Instances
 * are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Budget {

    Budget() {
    }

    /** The lines, in document order. */
    public abstract List<@Valid BudgetLine> getLines();

    /** The per-year totals as stated in the application. */
    public abstract List<@Valid StatedTotal> getStatedTotals();

    /** The grand total as stated in the application. */
    public abstract Optional<@StatedAmount Amount> getStatedGrandTotal();

    /**
     * The sum of all lines.
     *
     * @return the exact total, however large (it is not bounded like a stated amount), never null
     */
    public Amount total() {
        Amount sum = Amount.zero();
        for (BudgetLine line : getLines()) {
            sum = sum.plus(line.getAmount());
        }
        return sum;
    }

    /**
     * The empty budget.
     *
     * @return a budget without lines, never null
     */
    public static Budget empty() {
        return ImmutableBudget.builder().build();
    }

    /**
     * A builder for a budget.
     *
     * @return a new builder, never null
     */
    public static ImmutableBudget.Builder builder() {
        return ImmutableBudget.builder();
    }
}

package se.samverkan.model.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.money.Amount;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.NonNegative;
import se.samverkan.model.validation.Text;
import se.samverkan.model.validation.StatedAmount;

/**
 * One line of a budget or outcome (<i>budgetpost</i>): a year, a category, the item as written, an
 * amount (≥ 0) and the funder. A line without {@code fundedBy} belongs to the project's single
 * financier (reporting rule {@code AMBIGUOUS_FUNDER} when there is not exactly one).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetLine {

    BudgetLine() {
    }

    /** The calendar year. */
    @Min(1990)
    @Max(2100)
    public abstract int getYear();

    /** The category, never null. */
    public abstract CostCategory getCategory();

    /** The item as written in the application, such as "Koordinator", never null. */
    @Text(max = 300)
    public abstract String getItem();

    /** The amount (≥ 0), never null. */
    @NonNegative
    @StatedAmount
    public abstract Amount getAmount();

    /** The id of the party that pays this line, if not the project's single financier. */
    public abstract Optional<@Id String> getFundedBy();

    /**
     * A builder for a line; {@code year}, {@code category}, {@code item} and {@code amount} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableBudgetLine.Builder builder() {
        return ImmutableBudgetLine.builder();
    }
}

package se.samverkan.model.goal;

import jakarta.validation.Valid;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.validation.CellsWithinBands;
import se.samverkan.model.validation.IntRangeWithin;

/**
 * An expected table (<i>förväntat antal</i>, docs/format.md): expected counts by gender × age band,
 * with the row, column and grand totals as printed in the application.
 *
 * <p>Every cell and column total must name an existing age band ({@link CellsWithinBands}); whether the
 * stated totals equal the sums of the cells is a reporting rule ({@code BREAKDOWN_TOTAL_MISMATCH}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@CellsWithinBands
public abstract class Breakdown {

    Breakdown() {
    }

    /** The table's age bands (its columns), such as 18–30 and 31–64. */
    public abstract List<@Valid @IntRangeWithin(min = 0, max = 120) IntRange> getAgeBands();

    /** The table's cells. */
    public abstract List<@Valid BreakdownCell> getCells();

    /** The row totals as stated. */
    public abstract List<@Valid GenderTotal> getRowTotals();

    /** The column totals as stated. */
    public abstract List<@Valid AgeBandTotal> getColumnTotals();

    /** The grand total as stated, or empty when the table states none. */
    public abstract OptionalInt getTotal();

    /**
     * A builder for an expected table.
     *
     * @return a new builder, never null
     */
    public static ImmutableBreakdown.Builder builder() {
        return ImmutableBreakdown.builder();
    }
}

package se.samverkan.model.goal;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * A column total of an expected table as stated in the application (<i>summa per åldersgrupp</i>);
 * reporting rules compare it with the sum of the column's cells.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgeBandTotal {

    AgeBandTotal() {
    }

    /** The column: the index of the age band in the table's {@code ageBands}. */
    @PositiveOrZero
    public abstract int getAgeBand();

    /** The stated total. */
    public abstract int getValue();

    /**
     * A stated column total.
     *
     * @param ageBand the column index
     * @param value the stated total
     * @return the total, never null
     */
    public static AgeBandTotal of(int ageBand, int value) {
        return ImmutableAgeBandTotal.builder().ageBand(ageBand).value(value).build();
    }
}

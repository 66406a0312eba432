package se.samverkan.model.goal;

import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import se.samverkan.model.participant.Gender;

/**
 * One cell of an expected table (<i>förväntat antal</i>): the expected count for a gender in an age band.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class BreakdownCell {

    BreakdownCell() {
    }

    /** The row: a gender, never null. */
    public abstract Gender getGender();

    /** The column: the index of the age band in the table's {@code ageBands}. */
    @PositiveOrZero
    public abstract int getAgeBand();

    /** The expected count (≥ 0). */
    @PositiveOrZero
    public abstract int getValue();

    /**
     * A cell.
     *
     * @param gender the row, not null
     * @param ageBand the column index
     * @param value the expected count
     * @return the cell, never null
     * @throws NullPointerException if {@code gender} is null
     */
    public static BreakdownCell of(Gender gender, int ageBand, int value) {
        return ImmutableBreakdownCell.builder().gender(gender).ageBand(ageBand).value(value).build();
    }
}

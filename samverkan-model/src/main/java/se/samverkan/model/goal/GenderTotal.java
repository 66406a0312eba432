package se.samverkan.model.goal;

import org.immutables.value.Value;
import se.samverkan.model.participant.Gender;

/**
 * A row total of an expected table as stated in the application (<i>summa per kön</i>); reporting
 * rules compare it with the sum of the row's cells.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class GenderTotal {

    GenderTotal() {
    }

    /** The row's gender, never null. */
    public abstract Gender getGender();

    /** The stated total. */
    public abstract int getValue();

    /**
     * A stated row total.
     *
     * @param gender the row, not null
     * @param value the stated total
     * @return the total, never null
     * @throws NullPointerException if {@code gender} is null
     */
    public static GenderTotal of(Gender gender, int value) {
        return ImmutableGenderTotal.builder().gender(gender).value(value).build();
    }
}

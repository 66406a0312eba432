package se.samverkan.metrics.goals;

import java.util.Objects;
import se.samverkan.metrics.participants.AgeBand;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.range.IntRange;

/**
 * One cell of a goal's expected table (<i>förväntat antal</i>, docs/format.md) next to the
 * actual count of the goal's numerator events for that gender and age band.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param gender the cell's gender (its row)
 * @param ageBand the cell's age band, one of the table's own bands (its column)
 * @param expected the expected count as written in the application, kept as written even when the field
 *     rules refuse it (a negative count is a problem {@code validate} reports, not one the metrics hide)
 * @param actual the numerator events of participants of that gender whose age at start lies in the band
 */
public record CellResult(Gender gender, IntRange ageBand, int expected, int actual) {

    /**
     * A cell result.
     *
     * @throws NullPointerException if {@code gender} or {@code ageBand} is null
     * @throws IllegalArgumentException if {@code actual}, a count of participants, is negative
     */
    public CellResult {
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ageBand, "ageBand");
        if (actual < 0) {
            throw new IllegalArgumentException("a breakdown cell's actual count must not be negative, got "
                + actual);
        }
    }

    /**
     * The age band's key as written in the metrics output: {@code MIN-MAX}, as {@link AgeBand#key(Integer,
     * Integer)} forms every age band's key.
     *
     * @return the key, such as {@code "18-30"}, never null
     */
    public String ageBandKey() {
        return AgeBand.key(ageBand.getMin(), ageBand.getMax());
    }
}

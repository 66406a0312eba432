package se.samverkan.metrics.disclosure;

import java.util.Objects;

import se.samverkan.metrics.participants.AgeBand;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.range.IntRange;

/**
 * One cell of a goal's expected table (<i>förväntat antal</i>) as published: the expected count as
 * written and the actual count after the table's disclosure control.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param gender the cell's gender (its row)
 * @param ageBand the cell's age band (its column)
 * @param expected the expected count as written in the application, never withheld
 * @param actual the actual count, shown or hidden
 */
public record PublishedBreakdownCell(Gender gender, IntRange ageBand, int expected, DisclosedCell actual) {

    /**
     * A published cell.
     *
     * @throws NullPointerException if {@code gender}, {@code ageBand} or {@code actual} is null
     */
    public PublishedBreakdownCell {
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ageBand, "ageBand");
        Objects.requireNonNull(actual, "actual");
    }

    /**
     * The key of the cell's age band as the metrics output writes it ({@code 18-30}, {@code -17},
     * {@code 55-}).
     *
     * @return the key, never null
     */
    public String ageBandKey() {
        return AgeBand.key(ageBand.getMin(), ageBand.getMax());
    }
}

package se.samverkan.model.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import se.samverkan.model.participant.Gender;

/**
 * An aggregate participant count (<i>antal deltagare</i>) of a {@code COUNT_ONLY} intervention: how
 * many participants of one gender started in one year.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParticipantCount {

    ParticipantCount() {
    }

    /** The calendar year. */
    @Min(1990)
    @Max(2100)
    public abstract int getYear();

    /** The gender, never null. */
    public abstract Gender getGender();

    /** The count (≥ 0). */
    @PositiveOrZero
    public abstract int getCount();

    /**
     * A count.
     *
     * @param year the year
     * @param gender the gender, not null
     * @param count the number of participants
     * @return the count, never null
     * @throws NullPointerException if {@code gender} is null
     */
    public static ParticipantCount of(int year, Gender gender, int count) {
        return ImmutableParticipantCount.builder().year(year).gender(gender).count(count).build();
    }
}

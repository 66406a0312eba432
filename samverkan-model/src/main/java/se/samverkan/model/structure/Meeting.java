package se.samverkan.model.structure;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import se.samverkan.model.validation.Id;

/**
 * A held meeting of a cooperation group (<i>möte</i>): its date and the parties present.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Meeting {

    Meeting() {
    }

    /** The date of the meeting, never null. */
    public abstract LocalDate getDate();

    /** The ids of the parties present. */
    public abstract List<@Id String> getAttending();

    /**
     * A builder for a meeting; {@code date} is mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableMeeting.Builder builder() {
        return ImmutableMeeting.builder();
    }
}

package se.samverkan.model.association;

import org.immutables.value.Value;
import se.samverkan.model.money.Share;
import se.samverkan.model.validation.Id;

/**
 * One member's share of an agreed key (<i>andel i fördelningsnyckel</i>).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyShare {

    KeyShare() {
    }

    /** The id of the member party, never null. */
    @Id
    public abstract String getParty();

    /** The member's share of its quarter, never null. */
    public abstract Share getShare();

    /**
     * A member's share.
     *
     * @param party the member's id, not null
     * @param share the share, not null
     * @return the key share, never null
     * @throws NullPointerException if an argument is null
     */
    public static KeyShare of(String party, Share share) {
        return ImmutableKeyShare.builder().party(party).share(share).build();
    }

    /**
     * A builder for a key share.
     *
     * @return a new builder, never null
     */
    public static ImmutableKeyShare.Builder builder() {
        return ImmutableKeyShare.builder();
    }
}

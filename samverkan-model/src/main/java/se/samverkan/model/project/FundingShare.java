package se.samverkan.model.project;

import org.immutables.value.Value;
import se.samverkan.model.money.Share;
import se.samverkan.model.validation.Id;

/**
 * One funder's share of a resource in kind (<i>finansieringsandel</i>).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundingShare {

    FundingShare() {
    }

    /** The id of the funding party, never null. */
    @Id
    public abstract String getParty();

    /** The funder's share, never null. */
    public abstract Share getShare();

    /**
     * A funder's share.
     *
     * @param party the funder's id, not null
     * @param share the share, not null
     * @return the funding share, never null
     * @throws NullPointerException if an argument is null
     */
    public static FundingShare of(String party, Share share) {
        return ImmutableFundingShare.builder().party(party).share(share).build();
    }
}

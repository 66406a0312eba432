package se.samverkan.model.structure;

import java.util.Optional;
import org.immutables.value.Value;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.Text;

/**
 * A party's seat in a cooperation group (<i>deltagande part</i>): which party, in which role, with an
 * optional note on who attends (such as "IFO/HO/AME" or "1:a linjens chefer").
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupMember {

    GroupMember() {
    }

    /** The id of the party, never null. */
    @Id
    public abstract String getParty();

    /** The role in the group, never null. */
    public abstract MemberRole getRole();

    /** A note on who represents the party, if any. */
    public abstract Optional<@Text(max = 300) String> getNote();

    /**
     * A builder for a member; {@code party} and {@code role} are mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableGroupMember.Builder builder() {
        return ImmutableGroupMember.builder();
    }
}

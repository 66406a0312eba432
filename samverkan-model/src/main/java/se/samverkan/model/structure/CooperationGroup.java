package se.samverkan.model.structure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.samverkan.model.validation.EndNotBeforeStart;
import se.samverkan.model.validation.Id;
import se.samverkan.model.validation.Text;

/**
 * A cooperation group (<i>samverkansgrupp</i>) of a coordination association's structure: its level,
 * the area it covers, the group it reports to, its members and conveners, its planned cadence and
 * validity, and the meetings it held.
 *
 * <p>References to parties, the association, another group and an intervention are ids within the
 * document; the reporting rules check them. A validity ending before it starts can be built and is
 * reported by validation on {@code validTo} ({@link EndNotBeforeStart}). Instances are immutable and
 * thread-safe.
 */
@Value.Immutable
@EndNotBeforeStart
public abstract class CooperationGroup {

    CooperationGroup() {
    }

    /** The group's id, never null. */
    @Id
    public abstract String getId();

    /** The name, such as "Mysam Gävle", never null. */
    @Text(max = 300)
    public abstract String getName();

    /** The level of the group, never null. */
    public abstract GroupLevel getLevel();

    /** The id of the coordination association whose structure the group belongs to, if any. */
    public abstract Optional<@Id String> getAssociation();

    /** The ids of the municipalities the group covers; empty = the association's whole area. */
    public abstract List<@Id String> getArea();

    /** The id of the group one level up that this group reports to, if any. */
    public abstract Optional<@Id String> getReportsTo();

    /** The parties in the group and their roles. */
    public abstract List<@Valid GroupMember> getMembers();

    /** The conveners over time. */
    public abstract List<@Valid Convener> getConveners();

    /** The planned number of meetings a year (quarterly = 4). */
    @PositiveOrZero
    @Max(366)
    public abstract int getMeetingsPerYear();

    /** The date the structure was decided, if known. */
    public abstract Optional<LocalDate> getDecided();

    /** The first day the group is in force, if known. */
    public abstract Optional<LocalDate> getValidFrom();

    /** The last day the group is in force; empty = until further notice. */
    public abstract Optional<LocalDate> getValidTo();

    /** The planned number of reviews (<i>avstämningar</i>) of the structure a year, if any. */
    @PositiveOrZero
    @Max(366)
    public abstract OptionalInt getReviewsPerYear();

    /** Standing items of the agenda, such as "Behövs SIP / gemensam kartläggning?". */
    public abstract List<@Text(max = 300) String> getStandingItems();

    /** The meetings held. */
    public abstract List<@Valid Meeting> getMeetings();

    /**
     * Each party of the group once, with the role it has in the group: a party listed more than once in
     * {@link #getMembers()} keeps the role of its first listing, and its later listings count for nothing
     * (the reporting rules flag them as duplicate references).
     *
     * @return the party ids in the order of their first listing, each with its role; never null,
     *     unmodifiable
     */
    public final Map<String, MemberRole> roles() {
        Map<String, MemberRole> roles = new LinkedHashMap<>();
        for (GroupMember member : getMembers()) {
            roles.putIfAbsent(member.getParty(), member.getRole());
        }
        return Collections.unmodifiableMap(roles);
    }

    /**
     * A builder for a group; {@code id}, {@code name}, {@code level} and {@code meetingsPerYear} are
     * mandatory.
     *
     * @return a new builder, never null
     */
    public static ImmutableCooperationGroup.Builder builder() {
        return ImmutableCooperationGroup.builder();
    }
}

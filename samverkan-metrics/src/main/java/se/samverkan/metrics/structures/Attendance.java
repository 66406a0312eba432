package se.samverkan.metrics.structures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverkan.metrics.internal.PartyTree;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.Meeting;
import se.samverkan.model.structure.MemberRole;

/**
 * The attendance rates of one group's meetings. The members counted are the parties whose first listing
 * in the group has role {@code MEMBER} (a party listed again keeps its first role); an attending id counts
 * once, and only when it is exactly such a member's id. Because every meeting has the same members, the
 * mean of the meetings' shares is the exact quotient {@code 100 × Σ attending members ÷ (meetings ×
 * members)}, rounded once. Not thread-safe: one per group.
 */
final class Attendance {

    /** The four member types of Finsamlagen §3, in the order the figures list them. */
    static final List<PartyType> MEMBER_TYPES = List.of(PartyType.SOCIAL_INSURANCE_AGENCY,
        PartyType.PUBLIC_EMPLOYMENT_SERVICE, PartyType.REGION, PartyType.MUNICIPALITY);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Set<String> members;
    private final Map<PartyType, Set<String>> membersByType = new EnumMap<>(PartyType.class);

    Attendance(CooperationGroup group, PartyTree parties) {
        members = new HashSet<>();
        group.roles().forEach((party, role) -> {
            if (role == MemberRole.MEMBER) {
                members.add(party);
                parties.effectiveType(party).filter(MEMBER_TYPES::contains)
                    .ifPresent(type -> membersByType.computeIfAbsent(type, t -> new HashSet<>()).add(party));
            }
        });
    }

    /** The rate over all {@code MEMBER}s; empty without meetings or members. */
    Optional<BigDecimal> rate(List<Meeting> meetings) {
        return rate(meetings, members);
    }

    /** The rate over each member type's {@code MEMBER}s, the four types in order. */
    Map<PartyType, Optional<BigDecimal>> rateByType(List<Meeting> meetings) {
        Map<PartyType, Optional<BigDecimal>> rates = new EnumMap<>(PartyType.class);
        for (PartyType type : MEMBER_TYPES) {
            rates.put(type, rate(meetings, membersByType.getOrDefault(type, Set.of())));
        }
        return rates;
    }

    private static Optional<BigDecimal> rate(List<Meeting> meetings, Set<String> counted) {
        if (meetings.isEmpty() || counted.isEmpty()) {
            return Optional.empty();
        }
        long present = 0;
        for (Meeting meeting : meetings) {
            List<String> seen = new ArrayList<>();
            for (String id : meeting.getAttending()) {
                if (counted.contains(id) && !seen.contains(id)) {
                    seen.add(id);
                }
            }
            present += seen.size();
        }
        BigDecimal possible = BigDecimal.valueOf((long) meetings.size() * counted.size());
        return Optional.of(BigDecimal.valueOf(present).multiply(HUNDRED).divide(possible, 1, RoundingMode.HALF_EVEN));
    }
}

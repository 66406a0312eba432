package se.samverkan.metrics.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupLevel;
import se.samverkan.model.structure.MemberRole;

/**
 * {@link Rule#GROUP_MISSING_MEMBER_TYPE}: a Mysam or Trisam group has Försäkringskassan,
 * Arbetsförmedlingen, a region and a municipality among its members and adjuncts, each counted as its
 * top-most ancestor's type. A party listed twice has the role of its first listing.
 */
final class GroupMemberTypesCheck implements Check {

    private static final Set<GroupLevel> CHECKED = EnumSet.of(GroupLevel.FIRST_LINE_MANAGERS, GroupLevel.CASE_OFFICERS);

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CooperationGroup> groups = index.document().getStructures();
        for (int i = 0; i < groups.size(); i++) {
            CooperationGroup group = groups.get(i);
            if (!CHECKED.contains(group.getLevel())) {
                continue;
            }
            Set<PartyType> present = EnumSet.noneOf(PartyType.class);
            group.roles().forEach((party, role) -> {
                if (role != MemberRole.GUEST) {
                    index.topType(party).ifPresent(present::add);
                }
            });
            List<PartyType> missing = AssociationMembersCheck.REQUIRED.stream()
                .filter(type -> !present.contains(type)).toList();
            if (!missing.isEmpty()) {
                findings.add(Rule.GROUP_MISSING_MEMBER_TYPE, Pointer.group(i).property("members"), "missing",
                    Labels.swedish(missing), Labels.english(missing));
            }
        }
    }
}

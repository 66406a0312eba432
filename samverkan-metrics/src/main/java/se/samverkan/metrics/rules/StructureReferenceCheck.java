package se.samverkan.metrics.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.samverkan.model.structure.Convener;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupMember;
import se.samverkan.model.structure.Meeting;

/**
 * {@link Rule#UNKNOWN_REFERENCE} for the cooperation groups: their association, area, members,
 * conveners and attendants name parties of the document, {@code reportsTo} a group, and a convening's
 * {@code financedBy} a project. A party named again in a group's members or area is checked at its
 * first mention only.
 */
final class StructureReferenceCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CooperationGroup> groups = index.document().getStructures();
        for (int i = 0; i < groups.size(); i++) {
            CooperationGroup group = groups.get(i);
            Pointer at = Pointer.group(i);
            group.getAssociation().ifPresent(id -> ReferenceCheck.party(index, findings, at.property("association"), id));
            ReferenceCheck.parties(index, findings, at.property("area"), group.getArea());
            group.getReportsTo().ifPresent(id -> {
                if (index.groupIndex(id) == DocumentIndex.UNKNOWN) {
                    findings.add(Rule.UNKNOWN_REFERENCE, at.property("reportsTo"), "group", id);
                }
            });
            // A party listed again is a DUPLICATE_REFERENCE: only its first listing is checked here.
            Set<String> listed = new HashSet<>();
            List<GroupMember> members = group.getMembers();
            for (int j = 0; j < members.size(); j++) {
                if (listed.add(members.get(j).getParty())) {
                    ReferenceCheck.party(index, findings, at.property("members").index(j).property("party"),
                        members.get(j).getParty());
                }
            }
            List<Convener> conveners = group.getConveners();
            for (int j = 0; j < conveners.size(); j++) {
                Pointer convenerAt = at.property("conveners").index(j);
                ReferenceCheck.party(index, findings, convenerAt.property("party"), conveners.get(j).getParty());
                conveners.get(j).getFinancedBy().ifPresent(project -> {
                    if (index.projectIndex(project) == DocumentIndex.UNKNOWN) {
                        findings.add(Rule.UNKNOWN_REFERENCE, convenerAt.property("financedBy"), "project", project);
                    }
                });
            }
            List<Meeting> meetings = group.getMeetings();
            for (int j = 0; j < meetings.size(); j++) {
                ReferenceCheck.parties(index, findings, at.property("meetings").index(j).property("attending"),
                    meetings.get(j).getAttending());
            }
        }
    }
}

package se.samverkan.metrics.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.party.Party;
import se.samverkan.model.structure.CooperationGroup;

/**
 * {@link Rule#AREA_OUTSIDE_ASSOCIATION}: the municipalities a group covers are members of its
 * association, or units under one.
 */
final class AreaCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CooperationGroup> groups = index.document().getStructures();
        for (int i = 0; i < groups.size(); i++) {
            CooperationGroup group = groups.get(i);
            Optional<CoordinationAssociation> association = group.getAssociation().flatMap(index::association);
            if (association.isEmpty()) {
                continue;
            }
            Set<String> members = new HashSet<>(association.get().getMembers());
            List<String> area = group.getArea();
            Set<String> named = new HashSet<>();
            for (int j = 0; j < area.size(); j++) {
                String id = area.get(j);
                // A municipality named again is a DUPLICATE_REFERENCE, reported at its first mention only.
                if (named.add(id) && index.isParty(id) && !withinMembers(index, id, members)) {
                    findings.add(Rule.AREA_OUTSIDE_ASSOCIATION, Pointer.group(i).property("area").index(j), "area",
                        id, association.get().getId());
                }
            }
        }
    }

    /** Whether the party or one of its ancestors (through known parties, stopping at a loop) is a member. */
    private static boolean withinMembers(DocumentIndex index, String id, Set<String> members) {
        Set<String> seen = new HashSet<>();
        Optional<Party> current = index.party(id);
        while (current.isPresent() && seen.add(current.get().getId())) {
            if (members.contains(current.get().getId())) {
                return true;
            }
            current = current.get().getParent().flatMap(index::party);
        }
        return false;
    }
}

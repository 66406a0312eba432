package se.samverkan.metrics.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Project;

/**
 * {@link Rule#PROJECT_TOO_FEW_PARTIES}: an intervention is run by at least two of the parties — its owner
 * and partners cover at least two distinct member types, units counted as their top-most ancestor, and a
 * förbund as the member types of its members (all four when the document does not hold it).
 */
final class ProjectPartiesCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            Set<PartyType> types = EnumSet.noneOf(PartyType.class);
            types.addAll(types(index, project.getOwner()));
            for (String partner : project.getPartners()) {
                types.addAll(types(index, partner));
            }
            types.removeIf(type -> !type.isMemberType());
            if (types.size() < 2) {
                findings.add(Rule.PROJECT_TOO_FEW_PARTIES, Pointer.project(i).property("partners"), "types",
                    Integer.toString(types.size()));
            }
        }
    }

    /** The types a party stands for: its top-most ancestor's, or a förbund's members' types. */
    private static Set<PartyType> types(DocumentIndex index, String id) {
        Optional<Party> top = index.top(id);
        if (top.isEmpty()) {
            return Set.of();
        }
        if (top.get().getType() != PartyType.COORDINATION_ASSOCIATION) {
            return Set.of(top.get().getType());
        }
        Optional<CoordinationAssociation> association = index.association(top.get().getId());
        if (association.isEmpty()) {
            return EnumSet.copyOf(AssociationMembersCheck.REQUIRED);
        }
        Set<PartyType> types = EnumSet.noneOf(PartyType.class);
        for (String member : association.get().getMembers()) {
            index.topType(member).ifPresent(types::add);
        }
        return types;
    }
}

package se.samverkan.metrics.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.samverkan.model.party.PartyType;
import se.samverkan.model.project.Project;

/**
 * {@link Rule#PROJECT_TOO_FEW_PARTIES}: an intervention is run by at least two of the parties — its owner
 * and partners cover at least two distinct member types, units counted as their top-most ancestor.
 */
final class ProjectPartiesCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            Set<PartyType> types = EnumSet.noneOf(PartyType.class);
            index.topType(project.getOwner()).ifPresent(types::add);
            for (String partner : project.getPartners()) {
                index.topType(partner).ifPresent(types::add);
            }
            types.removeIf(type -> !type.isMemberType());
            if (types.size() < 2) {
                findings.add(Rule.PROJECT_TOO_FEW_PARTIES, Pointer.project(i).property("partners"), "types",
                    Integer.toString(types.size()));
            }
        }
    }
}

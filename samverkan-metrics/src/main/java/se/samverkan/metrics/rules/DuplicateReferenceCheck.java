package se.samverkan.metrics.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.project.Project;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.structure.GroupMember;

/**
 * {@link Rule#DUPLICATE_REFERENCE}: a list of party references — a förbund's members, a project's
 * financiers, partners and target-group municipalities, a cooperation group's members and area — names
 * each party once. Every later mention is reported; the rules and metrics count the party once, as its
 * first mention (in a group's members, with the role of its first listing: {@link CooperationGroup#roles()}).
 */
final class DuplicateReferenceCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CoordinationAssociation> associations = index.document().getAssociations();
        for (int i = 0; i < associations.size(); i++) {
            once(findings, Pointer.association(i).property("members"), associations.get(i).getMembers());
        }
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            Pointer at = Pointer.project(i);
            once(findings, at.property("financiers"), project.getFinanciers());
            once(findings, at.property("partners"), project.getPartners());
            once(findings, at.property("targetGroup").property("municipalities"),
                project.getTargetGroup().getMunicipalities());
        }
        List<CooperationGroup> groups = index.document().getStructures();
        for (int i = 0; i < groups.size(); i++) {
            CooperationGroup group = groups.get(i);
            Pointer members = Pointer.group(i).property("members");
            once(findings, j -> members.index(j).property("party"),
                group.getMembers().stream().map(GroupMember::getParty).toList());
            once(findings, Pointer.group(i).property("area"), group.getArea());
        }
    }

    private static void once(Findings findings, Pointer list, List<String> ids) {
        once(findings, list::index, ids);
    }

    /** Reports each id of {@code ids} mentioned earlier, at {@code place(j)}, naming the first mention. */
    private static void once(Findings findings, IntFunction<Pointer> place, List<String> ids) {
        Map<String, Integer> first = new HashMap<>();
        for (int j = 0; j < ids.size(); j++) {
            Integer earlier = first.putIfAbsent(ids.get(j), j);
            if (earlier != null) {
                findings.add(Rule.DUPLICATE_REFERENCE, place.apply(j), "again", ids.get(j), place.apply(earlier).text());
            }
        }
    }
}

package se.samverkan.metrics.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.party.PartyType;

/**
 * {@link Rule#ASSOCIATION_MEMBERS_INCOMPLETE}: a förbund has Försäkringskassan, Arbetsförmedlingen, a
 * region and a municipality among its members (Finsamlagen §3), each member counted as its top-most
 * ancestor's type.
 */
final class AssociationMembersCheck implements Check {

    /** The four member types of Finsamlagen §3, in the order findings name them. */
    static final List<PartyType> REQUIRED = List.of(PartyType.SOCIAL_INSURANCE_AGENCY,
        PartyType.PUBLIC_EMPLOYMENT_SERVICE, PartyType.REGION, PartyType.MUNICIPALITY);

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CoordinationAssociation> associations = index.document().getAssociations();
        for (int i = 0; i < associations.size(); i++) {
            Set<PartyType> present = EnumSet.noneOf(PartyType.class);
            for (String member : associations.get(i).getMembers()) {
                index.topType(member).ifPresent(present::add);
            }
            List<PartyType> missing = REQUIRED.stream().filter(type -> !present.contains(type)).toList();
            if (!missing.isEmpty()) {
                findings.add(Rule.ASSOCIATION_MEMBERS_INCOMPLETE, Pointer.association(i).property("members"), "missing",
                    Labels.swedish(missing), Labels.english(missing));
            }
        }
    }
}

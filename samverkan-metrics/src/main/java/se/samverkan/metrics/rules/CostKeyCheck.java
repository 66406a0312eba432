package se.samverkan.metrics.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.KeyMethod;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;

/**
 * {@link Rule#KEY_INCOMPLETE}: a förbund's municipal and regional keys can split their quarter among the
 * members of their type (Finsamlagen §5).
 */
final class CostKeyCheck implements Check {

    private static final Rule RULE = Rule.KEY_INCOMPLETE;

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CoordinationAssociation> associations = index.document().getAssociations();
        for (int i = 0; i < associations.size(); i++) {
            CoordinationAssociation association = associations.get(i);
            Pointer at = Pointer.association(i);
            check(index, findings, at, association, "municipalKey", association.getMunicipalKey(),
                PartyType.MUNICIPALITY);
            check(index, findings, at, association, "regionalKey", association.getRegionalKey(), PartyType.REGION);
        }
    }

    private static void check(DocumentIndex index, Findings findings, Pointer at,
        CoordinationAssociation association, String keyName, CostKey key, PartyType type) {
        // The members the key applies to: member id -> position in the member list (first occurrence).
        Map<String, Integer> members = new LinkedHashMap<>();
        List<String> memberIds = association.getMembers();
        for (int j = 0; j < memberIds.size(); j++) {
            String member = memberIds.get(j);
            if (index.topType(member).filter(type::equals).isPresent()) {
                members.putIfAbsent(member, j);
            }
        }
        if (key.getMethod() == KeyMethod.POPULATION) {
            if (members.size() < 2) {
                return;
            }
            for (Map.Entry<String, Integer> member : members.entrySet()) {
                boolean counted = index.party(member.getKey()).flatMap(Party::getPopulation).isPresent();
                if (!counted) {
                    findings.add(RULE, at.property("members").index(member.getValue()), "population",
                        member.getKey(), type.swedishLabel(), type.englishLabel());
                }
            }
            return;
        }
        Pointer shares = at.property(keyName).property("shares");
        Set<String> listed = new HashSet<>();
        List<KeyShare> keyShares = key.getShares();
        for (int j = 0; j < keyShares.size(); j++) {
            String party = keyShares.get(j).getParty();
            if (!index.isParty(party)) {
                continue; // UNKNOWN_REFERENCE
            }
            if (!members.containsKey(party)) {
                findings.add(RULE, shares.index(j).property("party"), "notMember", party,
                    type.swedishLabel(), type.englishLabel());
            } else if (!listed.add(party)) {
                findings.add(RULE, shares.index(j).property("party"), "duplicate", party);
            }
        }
        List<String> missing = new ArrayList<>(members.keySet());
        missing.removeAll(listed);
        if (!missing.isEmpty()) {
            findings.add(RULE, shares, "missing",
                missing.stream().map(id -> '"' + id + '"').collect(Collectors.joining(", ")),
                type.swedishLabel(), type.englishLabel());
        }
    }
}

package se.samverkan.metrics.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samverkan.metrics.internal.KeyResolution;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;

/**
 * {@link Rule#KEY_INCOMPLETE}: each förbund's key can be computed (Finsamlagen §5). Whether it can is
 * {@link KeyResolution}'s decision, the one the cost sharing splits by; this check reports each of its
 * issues that no other rule owns, at the issue's own pointer. Issues owned elsewhere: a member or share
 * naming no party, or a member under an unknown parent ({@link Rule#UNKNOWN_REFERENCE}), a missing member
 * type ({@link Rule#ASSOCIATION_MEMBERS_INCOMPLETE}), shares not summing to 1
 * ({@link Rule#FUNDING_SHARES_NOT_WHOLE}).
 */
final class CostKeyCheck implements Check {

    private static final Rule RULE = Rule.KEY_INCOMPLETE;

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CoordinationAssociation> associations = index.document().getAssociations();
        for (int i = 0; i < associations.size(); i++) {
            KeyResolution key = KeyResolution.of(associations.get(i), i, index.parties());
            Map<String, KeyResolution.Issue> missingAt = new LinkedHashMap<>();
            Map<String, String> missing = new LinkedHashMap<>();
            for (KeyResolution.Issue issue : key.issues()) {
                Pointer at = Pointer.parse(issue.path());
                String party = issue.party() == null ? "" : issue.party();
                PartyType quarter = issue.quarter();
                switch (issue.type()) {
                    case MISSING_POPULATION -> add(findings, at, "population", party, quarter);
                    case ZERO_POPULATION -> add(findings, at, "zeroPopulation", party, quarter);
                    case DUPLICATE_SHARE -> add(findings, at, "duplicate", party, quarter);
                    case SEVERAL_SOCIAL_INSURANCE_AGENCIES -> findings.add(RULE, at, "severalAgencies", party);
                    case SHARE_FOR_NON_MEMBER -> {
                        if (index.isParty(party)) { // else UNKNOWN_REFERENCE
                            add(findings, at, "notMember", party, quarter);
                        }
                    }
                    case UNKNOWN_MEMBER -> {
                        if (isInLoop(index, party)) { // else UNKNOWN_REFERENCE, at the member or its parent
                            findings.add(RULE, at, "unknownType", party);
                        }
                    }
                    case SHARE_MISSING -> {
                        missingAt.putIfAbsent(issue.path(), issue);
                        missing.merge(issue.path(), '"' + party + '"', (a, b) -> a + ", " + b);
                    }
                    default -> {
                        // a missing member type or shares not summing to 1: the rules that own them report
                    }
                }
            }
            missingAt.forEach((path, issue) ->
                add(findings, Pointer.parse(path), "missing", missing.get(path), issue.quarter()));
        }
    }

    private static void add(Findings findings, Pointer at, String variant, String party, PartyType quarter) {
        findings.add(RULE, at, variant, party, quarter.swedishLabel(), quarter.englishLabel());
    }

    /** Whether a known party's chain of parents comes back on itself (no rule but this one reports it). */
    private static boolean isInLoop(DocumentIndex index, String party) {
        Optional<Party> reached = index.top(party);
        return reached.flatMap(Party::getParent).filter(index::isParty).isPresent();
    }
}

package se.samverkan.metrics.costs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.samverkan.metrics.internal.PartyTree;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.KeyMethod;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.money.Amount;
import se.samverkan.model.party.PartyType;

/**
 * A förbund's key resolved against the document's parties: who pays the state half, which members
 * share the regions' and the municipalities' quarters by which weights — or why that cannot be known.
 */
final class ResolvedKey {

    private static final long[] LEVEL_ONE = {2, 1, 1};

    private final List<KeyProblem> problems;
    private final String agency;
    private final List<String> regions;
    private final List<BigDecimal> regionWeights;
    private final List<String> municipalities;
    private final List<BigDecimal> municipalWeights;
    private final List<String> paying;

    private ResolvedKey(List<KeyProblem> problems, String agency, List<String> regions,
            List<BigDecimal> regionWeights, List<String> municipalities, List<BigDecimal> municipalWeights,
            List<String> paying) {
        this.problems = List.copyOf(problems);
        this.agency = agency;
        this.regions = regions;
        this.regionWeights = regionWeights;
        this.municipalities = municipalities;
        this.municipalWeights = municipalWeights;
        this.paying = paying;
    }

    static ResolvedKey resolve(CoordinationAssociation association, int index, PartyTree parties) {
        String base = "/associations/" + index;
        List<KeyProblem> problems = new ArrayList<>();
        // A member listed twice is one member; its first position names it.
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> members = association.getMembers();
        for (int j = 0; j < members.size(); j++) {
            positions.putIfAbsent(members.get(j), j);
        }
        List<String> agencies = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        List<String> municipalities = new ArrayList<>();
        for (Map.Entry<String, Integer> member : positions.entrySet()) {
            Optional<PartyType> type = parties.effectiveType(member.getKey());
            if (type.isEmpty()) {
                problems.add(KeyProblem.of(KeyProblemType.UNKNOWN_MEMBER, member.getKey(),
                    base + "/members/" + member.getValue()));
            } else if (type.get() == PartyType.SOCIAL_INSURANCE_AGENCY) {
                agencies.add(member.getKey());
            } else if (type.get() == PartyType.REGION) {
                regions.add(member.getKey());
            } else if (type.get() == PartyType.MUNICIPALITY) {
                municipalities.add(member.getKey());
            }
        }
        if (agencies.isEmpty()) {
            problems.add(KeyProblem.of(KeyProblemType.MISSING_SOCIAL_INSURANCE_AGENCY, null, base + "/members"));
        }
        for (String extra : agencies.subList(Math.min(1, agencies.size()), agencies.size())) {
            problems.add(KeyProblem.of(KeyProblemType.SEVERAL_SOCIAL_INSURANCE_AGENCIES, extra,
                base + "/members/" + positions.get(extra)));
        }
        if (regions.isEmpty()) {
            problems.add(KeyProblem.of(KeyProblemType.MISSING_REGION, null, base + "/members"));
        }
        if (municipalities.isEmpty()) {
            problems.add(KeyProblem.of(KeyProblemType.MISSING_MUNICIPALITY, null, base + "/members"));
        }
        List<BigDecimal> regionWeights =
            weights(association.getRegionalKey(), regions, base + "/regionalKey", parties, positions, base, problems);
        List<BigDecimal> municipalWeights = weights(association.getMunicipalKey(), municipalities,
            base + "/municipalKey", parties, positions, base, problems);
        List<String> paying = new ArrayList<>();
        for (String member : positions.keySet()) {
            if ((!agencies.isEmpty() && agencies.get(0).equals(member)) || regions.contains(member)
                || municipalities.contains(member)) {
                paying.add(member);
            }
        }
        return new ResolvedKey(problems, agencies.isEmpty() ? null : agencies.get(0), List.copyOf(regions),
            regionWeights, List.copyOf(municipalities), municipalWeights, List.copyOf(paying));
    }

    private static List<BigDecimal> weights(CostKey key, List<String> ids, String keyPath, PartyTree parties,
            Map<String, Integer> positions, String base, List<KeyProblem> problems) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return key.getMethod() == KeyMethod.AGREED
            ? agreedWeights(key, ids, keyPath, problems)
            : populationWeights(ids, keyPath, parties, positions, base, problems);
    }

    private static List<BigDecimal> populationWeights(List<String> ids, String keyPath, PartyTree parties,
            Map<String, Integer> positions, String base, List<KeyProblem> problems) {
        if (ids.size() == 1) {
            // A sole member bears the whole quarter whatever its population: the ratio is 1.
            return List.of(BigDecimal.ONE);
        }
        List<BigDecimal> weights = new ArrayList<>();
        boolean complete = true;
        for (String id : ids) {
            Optional<Long> population = parties.party(id).flatMap(p -> p.getPopulation());
            if (population.isEmpty()) {
                complete = false;
                OptionalInt partyIndex = parties.index(id);
                String path = partyIndex.isPresent()
                    ? "/parties/" + partyIndex.getAsInt()
                    : base + "/members/" + positions.get(id);
                problems.add(KeyProblem.of(KeyProblemType.MISSING_POPULATION, id, path));
            } else {
                weights.add(BigDecimal.valueOf(population.get()));
            }
        }
        if (complete && weights.stream().allMatch(w -> w.signum() == 0)) {
            problems.add(KeyProblem.of(KeyProblemType.ZERO_POPULATION, null, keyPath));
        }
        return List.copyOf(weights);
    }

    private static List<BigDecimal> agreedWeights(CostKey key, List<String> ids, String keyPath,
            List<KeyProblem> problems) {
        Map<String, BigDecimal> byMember = new HashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        List<KeyShare> shares = key.getShares();
        for (int j = 0; j < shares.size(); j++) {
            KeyShare share = shares.get(j);
            sum = sum.add(share.getShare().toBigDecimal());
            if (!ids.contains(share.getParty())) {
                problems.add(KeyProblem.of(KeyProblemType.SHARE_FOR_NON_MEMBER, share.getParty(),
                    keyPath + "/shares/" + j));
            } else if (byMember.putIfAbsent(share.getParty(), share.getShare().toBigDecimal()) != null) {
                problems.add(KeyProblem.of(KeyProblemType.DUPLICATE_SHARE, share.getParty(),
                    keyPath + "/shares/" + j));
            }
        }
        List<BigDecimal> weights = new ArrayList<>();
        for (String id : ids) {
            BigDecimal weight = byMember.get(id);
            if (weight == null) {
                problems.add(KeyProblem.of(KeyProblemType.SHARE_MISSING, id, keyPath + "/shares"));
            } else {
                weights.add(weight);
            }
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            problems.add(KeyProblem.of(KeyProblemType.SHARES_NOT_WHOLE, null, keyPath + "/shares"));
        }
        return List.copyOf(weights);
    }

    List<KeyProblem> problems() {
        return problems;
    }

    boolean isComputable() {
        return problems.isEmpty();
    }

    /**
     * Splits an amount by the key: level 1 Försäkringskassan ½, the regions ¼, the municipalities ¼ (in
     * that order for ties); level 2 each quarter by its weights in member order; both by the largest
     * remainder method. The result lists the paying members in member order.
     */
    Optional<List<MemberShare>> split(Amount whole) {
        if (!isComputable()) {
            return Optional.empty();
        }
        List<Amount> levelOne = LargestRemainder.allocate(whole, LEVEL_ONE);
        Map<String, Amount> byMember = new HashMap<>();
        byMember.put(agency, levelOne.get(0));
        distribute(levelOne.get(1), regions, regionWeights, byMember);
        distribute(levelOne.get(2), municipalities, municipalWeights, byMember);
        List<MemberShare> shares = new ArrayList<>(paying.size());
        for (String member : paying) {
            shares.add(MemberShare.of(member, byMember.get(member)));
        }
        return Optional.of(Collections.unmodifiableList(shares));
    }

    private static void distribute(Amount quarter, List<String> ids, List<BigDecimal> weights,
            Map<String, Amount> byMember) {
        List<Amount> parts = LargestRemainder.allocate(quarter, weights);
        for (int i = 0; i < ids.size(); i++) {
            byMember.put(ids.get(i), parts.get(i));
        }
    }
}

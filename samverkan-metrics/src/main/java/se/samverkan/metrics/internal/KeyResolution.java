package se.samverkan.metrics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samverkan.metrics.costs.KeyProblemType;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.KeyMethod;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.party.PartyType;

/**
 * A förbund's key (<i>fördelningsnyckel</i>) resolved against the document's parties: who pays the state
 * half, which members share the regions' and the municipalities' quarters by which weights — or every
 * reason why the key cannot be computed, each at one JSON Pointer. The one place this is decided: the cost
 * sharing splits by it exactly when it lists no {@link #issues() issue}, and the reporting rules report
 * every issue (as {@code KEY_INCOMPLETE}, or under the rule that owns it: an unknown member, a missing
 * member type, shares that do not sum to 1).
 *
 * <p>A member named twice is one member, at its first position. Members count as their top-most
 * ancestor's type; a member whose chain of parents is broken or loops has no known type. Immutable.
 */
public final class KeyResolution {

    /**
     * A reason why the key cannot be computed.
     *
     * @param type what is wrong, not null
     * @param party the member or party concerned, or null
     * @param path the JSON Pointer of the place, not null
     * @param quarter the member type whose quarter the problem concerns ({@code REGION} or
     *     {@code MUNICIPALITY}), or null when it concerns the whole key
     */
    public record Issue(KeyProblemType type, String party, String path, PartyType quarter) {
    }

    private final List<Issue> issues;
    private final String agency;
    private final List<String> regions;
    private final List<BigDecimal> regionWeights;
    private final List<String> municipalities;
    private final List<BigDecimal> municipalWeights;
    private final List<String> paying;

    private KeyResolution(Builder b) {
        this.issues = List.copyOf(b.issues);
        this.agency = b.agencies.isEmpty() ? null : b.agencies.get(0);
        this.regions = List.copyOf(b.regions);
        this.regionWeights = List.copyOf(b.regionWeights);
        this.municipalities = List.copyOf(b.municipalities);
        this.municipalWeights = List.copyOf(b.municipalWeights);
        List<String> payers = new ArrayList<>();
        for (String member : b.positions.keySet()) {
            if (member.equals(agency) || regions.contains(member) || municipalities.contains(member)) {
                payers.add(member);
            }
        }
        this.paying = List.copyOf(payers);
    }

    /**
     * Resolves the key of the association at {@code index} of the document's {@code associations}.
     *
     * @param association the association, not null
     * @param index its index in the document, for pointers
     * @param parties the document's parties, not null
     * @return the resolution, never null
     * @throws NullPointerException if an argument is null
     */
    public static KeyResolution of(CoordinationAssociation association, int index, PartyTree parties) {
        Builder b = new Builder("/associations/" + index);
        List<String> members = association.getMembers();
        for (int j = 0; j < members.size(); j++) {
            b.positions.putIfAbsent(members.get(j), j);
        }
        for (Map.Entry<String, Integer> member : b.positions.entrySet()) {
            Optional<PartyType> type = parties.effectiveType(member.getKey());
            if (type.isEmpty()) {
                b.issue(KeyProblemType.UNKNOWN_MEMBER, member.getKey(), b.member(member.getKey()), null);
            } else if (type.get() == PartyType.SOCIAL_INSURANCE_AGENCY) {
                b.agencies.add(member.getKey());
            } else if (type.get() == PartyType.REGION) {
                b.regions.add(member.getKey());
            } else if (type.get() == PartyType.MUNICIPALITY) {
                b.municipalities.add(member.getKey());
            }
        }
        if (b.agencies.isEmpty()) {
            b.issue(KeyProblemType.MISSING_SOCIAL_INSURANCE_AGENCY, null, b.base + "/members", null);
        }
        for (String extra : b.agencies.subList(Math.min(1, b.agencies.size()), b.agencies.size())) {
            b.issue(KeyProblemType.SEVERAL_SOCIAL_INSURANCE_AGENCIES, extra, b.member(extra), null);
        }
        if (b.regions.isEmpty()) {
            b.issue(KeyProblemType.MISSING_REGION, null, b.base + "/members", null);
        }
        if (b.municipalities.isEmpty()) {
            b.issue(KeyProblemType.MISSING_MUNICIPALITY, null, b.base + "/members", null);
        }
        b.weights(association.getRegionalKey(), "regionalKey", PartyType.REGION, b.regions, b.regionWeights,
            parties);
        b.weights(association.getMunicipalKey(), "municipalKey", PartyType.MUNICIPALITY, b.municipalities,
            b.municipalWeights, parties);
        return new KeyResolution(b);
    }

    /** Every reason why the key cannot be computed, in the order found; empty when it can. */
    public List<Issue> issues() {
        return issues;
    }

    /** Whether the key can be computed: no issue. */
    public boolean isComputable() {
        return issues.isEmpty();
    }

    /** The member that pays the state half; null when {@link #isComputable()} is false for lack of one. */
    public String agency() {
        return agency;
    }

    /** The regions sharing the regions' quarter, in member order. */
    public List<String> regions() {
        return regions;
    }

    /** The regions' weights, in the order of {@link #regions()} (when computable). */
    public List<BigDecimal> regionWeights() {
        return regionWeights;
    }

    /** The municipalities sharing the municipalities' quarter, in member order. */
    public List<String> municipalities() {
        return municipalities;
    }

    /** The municipalities' weights, in the order of {@link #municipalities()} (when computable). */
    public List<BigDecimal> municipalWeights() {
        return municipalWeights;
    }

    /** The paying members (Försäkringskassan, regions, municipalities) in member order. */
    public List<String> paying() {
        return paying;
    }

    /**
     * Equal when both resolutions split alike and fail alike: the same issues, the same agency, the same
     * members in the same order with numerically equal weights (a weight of 0.5 equals one of 0.50).
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof KeyResolution)) {
            return false;
        }
        KeyResolution that = (KeyResolution) other;
        return issues.equals(that.issues) && Objects.equals(agency, that.agency) && regions.equals(that.regions)
            && numeric(regionWeights).equals(numeric(that.regionWeights))
            && municipalities.equals(that.municipalities)
            && numeric(municipalWeights).equals(numeric(that.municipalWeights)) && paying.equals(that.paying);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issues, agency, regions, numeric(regionWeights), municipalities,
            numeric(municipalWeights), paying);
    }

    private static List<BigDecimal> numeric(List<BigDecimal> weights) {
        return weights.stream().map(BigDecimal::stripTrailingZeros).toList();
    }

    private static final class Builder {
        final String base;
        final Map<String, Integer> positions = new LinkedHashMap<>();
        final List<Issue> issues = new ArrayList<>();
        final List<String> agencies = new ArrayList<>();
        final List<String> regions = new ArrayList<>();
        final List<String> municipalities = new ArrayList<>();
        final List<BigDecimal> regionWeights = new ArrayList<>();
        final List<BigDecimal> municipalWeights = new ArrayList<>();

        Builder(String base) {
            this.base = base;
        }

        String member(String id) {
            return base + "/members/" + positions.get(id);
        }

        void issue(KeyProblemType type, String party, String path, PartyType quarter) {
            issues.add(new Issue(type, party, path, quarter));
        }

        /** The weights of one quarter; a type without members is a missing member type, nothing more. */
        void weights(CostKey key, String keyName, PartyType quarter, List<String> ids, List<BigDecimal> weights,
            PartyTree parties) {
            if (ids.isEmpty()) {
                return;
            }
            String keyPath = base + "/" + keyName;
            if (key.getMethod() == KeyMethod.AGREED) {
                agreed(key, keyPath, quarter, ids, weights);
            } else if (ids.size() == 1) {
                // A sole member bears the whole quarter whatever its population: the ratio is 1.
                weights.add(BigDecimal.ONE);
            } else {
                population(keyPath, quarter, ids, weights, parties);
            }
        }

        private void population(String keyPath, PartyType quarter, List<String> ids, List<BigDecimal> weights,
            PartyTree parties) {
            boolean complete = true;
            for (String id : ids) {
                Optional<Long> population = parties.party(id).flatMap(p -> p.getPopulation());
                if (population.isEmpty()) {
                    complete = false;
                    issue(KeyProblemType.MISSING_POPULATION, id, member(id), quarter);
                } else {
                    weights.add(BigDecimal.valueOf(population.get()));
                }
            }
            if (complete && weights.stream().allMatch(w -> w.signum() == 0)) {
                issue(KeyProblemType.ZERO_POPULATION, null, keyPath, quarter);
            }
        }

        private void agreed(CostKey key, String keyPath, PartyType quarter, List<String> ids,
            List<BigDecimal> weights) {
            Map<String, BigDecimal> byMember = new HashMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            List<KeyShare> shares = key.getShares();
            for (int j = 0; j < shares.size(); j++) {
                KeyShare share = shares.get(j);
                sum = sum.add(share.getShare().toBigDecimal());
                String at = keyPath + "/shares/" + j + "/party";
                if (!ids.contains(share.getParty())) {
                    issue(KeyProblemType.SHARE_FOR_NON_MEMBER, share.getParty(), at, quarter);
                } else if (byMember.putIfAbsent(share.getParty(), share.getShare().toBigDecimal()) != null) {
                    issue(KeyProblemType.DUPLICATE_SHARE, share.getParty(), at, quarter);
                }
            }
            for (String id : ids) {
                BigDecimal weight = byMember.get(id);
                if (weight == null) {
                    issue(KeyProblemType.SHARE_MISSING, id, keyPath + "/shares", quarter);
                } else {
                    weights.add(weight);
                }
            }
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                issue(KeyProblemType.SHARES_NOT_WHOLE, null, keyPath + "/shares", quarter);
            }
        }
    }
}

package se.samverkan.metrics.costs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.metrics.internal.KeyResolution;
import se.samverkan.metrics.internal.PartyTree;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.money.Amount;

/**
 * A förbund's key resolved against the document's parties ({@link KeyResolution}, the decision the
 * reporting rules share), with the split it gives when it can be computed.
 */
final class ResolvedKey {

    private static final long[] LEVEL_ONE = {2, 1, 1};

    private final KeyResolution resolution;
    private final List<KeyProblem> problems;

    private ResolvedKey(KeyResolution resolution) {
        this.resolution = resolution;
        List<KeyProblem> list = new ArrayList<>();
        for (KeyResolution.Issue issue : resolution.issues()) {
            list.add(KeyProblem.of(issue.type(), issue.party(), issue.path()));
        }
        this.problems = List.copyOf(list);
    }

    static ResolvedKey resolve(CoordinationAssociation association, int index, PartyTree parties) {
        return new ResolvedKey(KeyResolution.of(association, index, parties));
    }

    List<KeyProblem> problems() {
        return problems;
    }

    boolean isComputable() {
        return resolution.isComputable();
    }

    /** Equal when resolved alike; the problems follow from the resolution. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ResolvedKey && resolution.equals(((ResolvedKey) other).resolution);
    }

    @Override
    public int hashCode() {
        return resolution.hashCode();
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
        byMember.put(resolution.agency(), levelOne.get(0));
        distribute(levelOne.get(1), resolution.regions(), resolution.regionWeights(), byMember);
        distribute(levelOne.get(2), resolution.municipalities(), resolution.municipalWeights(), byMember);
        List<MemberShare> shares = new ArrayList<>(resolution.paying().size());
        for (String member : resolution.paying()) {
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

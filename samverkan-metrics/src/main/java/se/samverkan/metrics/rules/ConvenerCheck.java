package se.samverkan.metrics.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.samverkan.model.structure.Convener;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.structure.CooperationGroup;

/**
 * {@link Rule#CONVENER_NOT_MEMBER} and {@link Rule#CONVENERS_OVERLAP}: a group's conveners are among its
 * members, and no two of them convene on the same day.
 */
final class ConvenerCheck implements Check {

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CooperationGroup> groups = index.document().getStructures();
        for (int i = 0; i < groups.size(); i++) {
            CooperationGroup group = groups.get(i);
            Pointer at = Pointer.group(i).property("conveners");
            Set<String> members = group.roles().keySet();
            List<Convener> conveners = group.getConveners();
            for (int j = 0; j < conveners.size(); j++) {
                String party = conveners.get(j).getParty();
                if (index.isParty(party) && !members.contains(party)) {
                    findings.add(Rule.CONVENER_NOT_MEMBER, at.index(j).property("party"), "party", party, group.getId());
                }
                overlaps(findings, at, conveners, j);
            }
        }
    }

    /**
     * Reports, at convener {@code j}'s period, every other convener it overlaps and starts after (of two
     * starting on the same day, the later in the list is reported): each overlapping pair is named once,
     * and a convener gets at most one finding, listing all the periods it overlaps.
     */
    private static void overlaps(Findings findings, Pointer at, List<Convener> conveners, int j) {
        ConvenerPeriod own = conveners.get(j).getPeriod();
        List<String> others = new ArrayList<>();
        for (int k = 0; k < conveners.size(); k++) {
            ConvenerPeriod other = conveners.get(k).getPeriod();
            boolean ownIsLater = own.getStart().isAfter(other.getStart())
                || own.getStart().equals(other.getStart()) && j > k;
            if (k != j && ownIsLater && own.overlaps(other)) {
                others.add(at.index(k).text() + " (" + text(other) + ")");
            }
        }
        if (!others.isEmpty()) {
            findings.add(Rule.CONVENERS_OVERLAP, at.index(j).property("period"), "overlap", text(own),
                String.join(", ", others));
        }
    }

    private static String text(ConvenerPeriod period) {
        return period.getStart() + "–" + period.getEnd().map(Object::toString).orElse("");
    }
}

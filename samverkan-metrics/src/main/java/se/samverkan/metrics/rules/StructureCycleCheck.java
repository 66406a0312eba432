package se.samverkan.metrics.rules;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.model.structure.CooperationGroup;

/**
 * {@link Rule#STRUCTURE_CYCLE}: following {@code reportsTo} never comes back to the group it started
 * from. Each group leads to at most one other (the first group with the id), so the groups form chains
 * that either end or run into one cycle; every group on a cycle is reported once, the groups leading
 * into it not at all. Linear in the number of groups.
 */
final class StructureCycleCheck implements Check {

    private static final int UNVISITED = 0;
    private static final int ON_PATH = 1;
    private static final int DONE = 2;

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<CooperationGroup> groups = index.document().getStructures();
        int[] next = new int[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            next[i] = groups.get(i).getReportsTo().map(index::groupIndex).orElse(DocumentIndex.UNKNOWN);
        }
        int[] state = new int[groups.size()];
        for (int start = 0; start < groups.size(); start++) {
            List<Integer> path = new ArrayList<>();
            int current = start;
            while (current != DocumentIndex.UNKNOWN && state[current] == UNVISITED) {
                state[current] = ON_PATH;
                path.add(current);
                current = next[current];
            }
            if (current != DocumentIndex.UNKNOWN && state[current] == ON_PATH) {
                List<Integer> cycle = path.subList(path.indexOf(current), path.size());
                report(groups, cycle, findings);
            }
            path.forEach(i -> state[i] = DONE);
        }
    }

    private static void report(List<CooperationGroup> groups, List<Integer> cycle, Findings findings) {
        for (int k = 0; k < cycle.size(); k++) {
            StringBuilder via = new StringBuilder();
            for (int step = 1; step <= cycle.size(); step++) {
                int member = cycle.get((k + step) % cycle.size());
                via.append(step == 1 ? "" : " → ").append('"').append(groups.get(member).getId()).append('"');
            }
            int group = cycle.get(k);
            findings.add(Rule.STRUCTURE_CYCLE, Pointer.group(group).property("reportsTo"), "cycle",
                groups.get(group).getId(), via.toString());
        }
    }
}

package se.samverkan.metrics.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkan.model.DocumentOrder;

/**
 * The document order of the JSON properties of the model: one rank per property name such that, within
 * every type, the properties rank in the order {@link DocumentOrder} gives them. Findings are
 * sorted by it, so they follow the document.
 *
 * <p>Several types share a name ({@code period}, {@code fundedBy}…); the ranks come from a
 * topological order of all the types' sequences, which exists because no two types order the same
 * pair of names differently (checked when the class loads).
 */
final class PropertyOrder {

    /** Each model type's properties in document order, as the model decides it. */
    static final List<List<String>> TYPES = List.copyOf(DocumentOrder.types().values());

    private static final Map<String, Integer> RANKS = ranks(TYPES);

    private PropertyOrder() {
    }

    /** The rank of a property name; a name of no model type ranks after all known ones. */
    static int rank(String name) {
        return RANKS.getOrDefault(name, RANKS.size());
    }

    /** Kahn's topological sort; ties broken by first appearance, so the result is deterministic. */
    static Map<String, Integer> ranks(List<List<String>> types) {
        Map<String, Set<String>> successors = new LinkedHashMap<>();
        Map<String, Integer> predecessors = new HashMap<>();
        for (List<String> type : types) {
            for (int i = 0; i < type.size(); i++) {
                successors.computeIfAbsent(type.get(i), k -> new LinkedHashSet<>());
                predecessors.putIfAbsent(type.get(i), 0);
                if (i > 0 && successors.get(type.get(i - 1)).add(type.get(i))) {
                    predecessors.merge(type.get(i), 1, Integer::sum);
                }
            }
        }
        List<String> names = new ArrayList<>(successors.keySet());
        Deque<String> ready = new ArrayDeque<>();
        for (String name : names) {
            if (predecessors.get(name) == 0) {
                ready.add(name);
            }
        }
        Map<String, Integer> ranks = new HashMap<>();
        while (!ready.isEmpty()) {
            String name = ready.poll();
            ranks.put(name, ranks.size());
            for (String next : successors.get(name)) {
                if (predecessors.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (ranks.size() != names.size()) {
            throw new IllegalStateException("two model types order the same properties differently");
        }
        return Map.copyOf(ranks);
    }
}

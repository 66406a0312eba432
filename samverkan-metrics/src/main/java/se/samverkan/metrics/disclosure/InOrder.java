package se.samverkan.metrics.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Pairs results with the definitions they measure, both in document order: each id takes the next
 * definition of that id not yet taken, so a repeated id (which the reporting rules report as
 * {@code DUPLICATE_ID}) never makes one definition describe another's result.
 */
final class InOrder {

    private InOrder() {
    }

    /**
     * The definition of each id, in the ids' order.
     *
     * @throws IllegalArgumentException naming {@code kind} when an id has no definition left
     */
    static <T> List<T> pair(List<T> definitions, Function<T, String> idOf, List<String> ids, String kind) {
        boolean[] taken = new boolean[definitions.size()];
        List<T> paired = new ArrayList<>(ids.size());
        for (String id : ids) {
            int match = -1;
            for (int i = 0; i < definitions.size() && match < 0; i++) {
                if (!taken[i] && idOf.apply(definitions.get(i)).equals(id)) {
                    match = i;
                }
            }
            if (match < 0) {
                throw new IllegalArgumentException("no " + kind + " " + id);
            }
            taken[match] = true;
            paired.add(definitions.get(match));
        }
        return List.copyOf(paired);
    }
}

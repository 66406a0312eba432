package se.samverkan.metrics.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;

/**
 * The parties (<i>parter</i>) of one document by id, with their organisational tree: a unit counts, for
 * every legal rule and cost attribution, as its top-most ancestor's type (docs/format.md). The one place
 * the metrics follow {@code parent} chains.
 *
 * <p>Where an id occurs twice, the first party with it is the one meant (the reporting rules report the
 * duplicate). A chain is followed through the document's parties only; it may end early, at a parent
 * the document does not have, or loop. Callers choose what that means to them:
 * {@link #topMostKnownAncestor(String)} gives the party the chain reached (the reporting rules judge with
 * it and report the broken reference once, on its own), {@link #effectiveType(String)} gives a type only
 * when the chain is whole (cost sharing does not guess whose quarter a unit shares).
 *
 * <p>Not thread-safe (it remembers resolved chains); one instance serves one computation.
 */
public final class PartyTree {

    private final List<Party> list;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final Map<String, Party> ancestors = new HashMap<>();
    private final Map<String, Party> cycleEnds = new HashMap<>();

    private PartyTree(List<Party> list) {
        this.list = list;
        for (int i = 0; i < list.size(); i++) {
            indexes.putIfAbsent(list.get(i).getId(), i);
        }
    }

    /**
     * The tree of a document's parties.
     *
     * @param parties the document's parties in document order, not null
     * @return the tree, never null
     * @throws NullPointerException if {@code parties} is null
     */
    public static PartyTree of(List<Party> parties) {
        return new PartyTree(List.copyOf(parties));
    }

    /**
     * Whether a party has the id.
     *
     * @param id the id, not null
     * @return true if the document has a party with the id
     */
    public boolean contains(String id) {
        return indexes.containsKey(id);
    }

    /**
     * The party with the id (its first occurrence).
     *
     * @param id the id, not null
     * @return the party, or empty when no party has the id
     */
    public Optional<Party> party(String id) {
        Integer index = indexes.get(id);
        return index == null ? Optional.empty() : Optional.of(list.get(index));
    }

    /**
     * The index of the party with the id in the document's {@code parties}, for JSON Pointers.
     *
     * @param id the id, not null
     * @return the index of its first occurrence, or empty when no party has the id
     */
    public OptionalInt index(String id) {
        Integer index = indexes.get(id);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * The party the {@code parent} chain from the id reaches: the top-most ancestor when the chain is
     * whole; otherwise the last party before a parent the document does not have, or, in a cycle, the
     * last party not yet seen.
     *
     * @param id the id, not null
     * @return the party reached (the party itself when it has no parent), or empty when no party has the id
     */
    public Optional<Party> topMostKnownAncestor(String id) {
        Party known = ancestors.getOrDefault(id, cycleEnds.get(id));
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Party> start = party(id);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        List<String> walked = new ArrayList<>();
        Party current = start.get();
        while (true) {
            seen.add(current.getId());
            walked.add(current.getId());
            Optional<Party> parent = current.getParent().flatMap(this::party);
            if (parent.isEmpty()) {
                break;
            }
            if (seen.contains(parent.get().getId())) {
                // In a cycle the party reached depends on where the walk began: remember it for the start
                // only, apart from the chains that end, which any walk may reuse.
                cycleEnds.put(id, current);
                return Optional.of(current);
            }
            Party memo = ancestors.get(parent.get().getId());
            if (memo != null) {
                current = memo;
                break;
            }
            current = parent.get();
        }
        for (String walkedId : walked) {
            ancestors.put(walkedId, current);
        }
        return Optional.of(current);
    }

    /**
     * The type the party counts as: its top-most ancestor's (docs/format.md).
     *
     * @param id the id, not null
     * @return the type, or empty when no party has the id, or its chain names a parent the document does
     *     not have or loops: the type is then unknown rather than guessed
     */
    public Optional<PartyType> effectiveType(String id) {
        return topMostKnownAncestor(id).filter(p -> p.getParent().isEmpty()).map(Party::getType);
    }
}

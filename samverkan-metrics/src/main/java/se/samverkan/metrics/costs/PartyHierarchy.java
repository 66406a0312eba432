package se.samverkan.metrics.costs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;

/**
 * The parties of one document by id, with the rule that a unit counts as its top-most ancestor's type
 * (DOMAIN.md §2.1). With duplicate ids the first party wins (the reporting rules flag the duplicate).
 */
final class PartyHierarchy {

    private final Map<String, Party> parties = new HashMap<>();
    private final Map<String, Integer> indexes = new HashMap<>();

    private PartyHierarchy(List<Party> list) {
        for (int i = 0; i < list.size(); i++) {
            Party party = list.get(i);
            if (!parties.containsKey(party.getId())) {
                parties.put(party.getId(), party);
                indexes.put(party.getId(), i);
            }
        }
    }

    static PartyHierarchy of(SamverkanDocument document) {
        return new PartyHierarchy(document.getParties());
    }

    Optional<Party> party(String id) {
        return Optional.ofNullable(parties.get(id));
    }

    /** The index of the party in the document's {@code parties}, for JSON Pointers. */
    OptionalInt index(String id) {
        Integer index = indexes.get(id);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * The type the party counts as: its top-most ancestor's. Empty when the id, or an ancestor named
     * by a {@code parent}, is not a party of the document, or when the parent chain is a cycle: the
     * type is then unknown rather than guessed.
     */
    Optional<PartyType> effectiveType(String id) {
        Set<String> seen = new HashSet<>();
        Party current = parties.get(id);
        while (current != null) {
            if (!seen.add(current.getId())) {
                return Optional.empty();
            }
            Optional<String> parent = current.getParent();
            if (parent.isEmpty()) {
                return Optional.of(current.getType());
            }
            current = parties.get(parent.get());
        }
        return Optional.empty();
    }
}

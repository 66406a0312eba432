package se.samverkan.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.model.party.Party;
import se.samverkan.model.party.PartyType;

class PartyTreeTest {

    private static Party party(String id, PartyType type, String parent) {
        return Party.builder().id(id).name(id).type(type).parent(parent).build();
    }

    private final PartyTree tree = PartyTree.of(List.of(
        party("umea", PartyType.MUNICIPALITY, null),
        party("soc", PartyType.OTHER_PUBLIC, "umea"),
        party("viva", PartyType.PRIVATE, "soc"),
        party("orphan", PartyType.NON_PROFIT, "nowhere"),
        party("a", PartyType.REGION, "b"),
        party("b", PartyType.PRIVATE, "a"),
        party("umea", PartyType.REGION, null)));

    @Test
    void a_unit_counts_as_its_top_most_ancestors_type() {
        assertThat(tree.topMostKnownAncestor("viva")).map(Party::getId).hasValue("umea");
        assertThat(tree.effectiveType("viva")).hasValue(PartyType.MUNICIPALITY);
        assertThat(tree.effectiveType("soc")).hasValue(PartyType.MUNICIPALITY);
        assertThat(tree.effectiveType("umea")).hasValue(PartyType.MUNICIPALITY);
    }

    @Test
    void a_chain_to_an_unknown_parent_reaches_its_last_known_party_but_has_no_type() {
        assertThat(tree.topMostKnownAncestor("orphan")).map(Party::getId).hasValue("orphan");
        assertThat(tree.effectiveType("orphan")).isEmpty();
    }

    @Test
    void a_cycle_stops_at_the_last_party_not_yet_seen_and_has_no_type() {
        assertThat(tree.topMostKnownAncestor("a")).map(Party::getId).hasValue("b");
        assertThat(tree.topMostKnownAncestor("b")).map(Party::getId).hasValue("a");
        assertThat(tree.effectiveType("a")).isEmpty();
        assertThat(tree.effectiveType("b")).isEmpty();
    }

    @Test
    void the_first_party_with_a_duplicate_id_is_the_one_meant() {
        assertThat(tree.party("umea")).map(Party::getType).hasValue(PartyType.MUNICIPALITY);
        assertThat(tree.index("umea")).hasValue(0);
        assertThat(tree.index("viva")).hasValue(2);
    }

    @Test
    void an_unknown_id_has_no_party_index_ancestor_or_type() {
        assertThat(tree.contains("nowhere")).isFalse();
        assertThat(tree.party("nowhere")).isEmpty();
        assertThat(tree.index("nowhere")).isEmpty();
        assertThat(tree.topMostKnownAncestor("nowhere")).isEmpty();
        assertThat(tree.effectiveType("nowhere")).isEmpty();
    }
}

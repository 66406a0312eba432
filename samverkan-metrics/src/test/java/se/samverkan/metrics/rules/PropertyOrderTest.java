package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The document order of property names: a topological order of the types' sequences, ties broken by
 * first appearance, so every type's properties rank in its declaration order and the ranks are
 * deterministic. The model's own ranks are computed when the class loads; {@code ranks} is tested here
 * on small sequences whose order can be worked out by hand.
 */
class PropertyOrderTest {

    @Test
    void one_type_ranks_in_its_own_order() {
        assertThat(PropertyOrder.ranks(List.of(List.of("id", "name", "type"))))
            .isEqualTo(Map.of("id", 0, "name", 1, "type", 2));
    }

    @Test
    void unrelated_names_rank_in_order_of_first_appearance() {
        assertThat(PropertyOrder.ranks(List.of(List.of("b"), List.of("a"))))
            .isEqualTo(Map.of("b", 0, "a", 1));
        assertThat(PropertyOrder.ranks(List.of(List.of("a"), List.of("b"))))
            .isEqualTo(Map.of("a", 0, "b", 1));
    }

    @Test
    void a_shared_name_ranks_after_everything_any_type_puts_before_it() {
        // period comes after id in one type and after name in another: it must follow both.
        assertThat(PropertyOrder.ranks(List.of(List.of("id", "period"), List.of("name", "period", "upper"))))
            .isEqualTo(Map.of("id", 0, "name", 1, "period", 2, "upper", 3));
    }

    @Test
    void a_pair_ordered_by_several_types_is_counted_once() {
        // Many model types begin with id, name: the repeated edge must not hold name back forever.
        assertThat(PropertyOrder.ranks(List.of(List.of("id", "name"), List.of("id", "name", "kind"))))
            .isEqualTo(Map.of("id", 0, "name", 1, "kind", 2));
    }

    @Test
    void two_types_ordering_a_pair_differently_are_refused() {
        assertThatThrownBy(() -> PropertyOrder.ranks(List.of(List.of("start", "end"), List.of("end", "start"))))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("two model types order the same properties differently");
        assertThatThrownBy(() -> PropertyOrder.ranks(List.of(List.of("a", "b"), List.of("b", "c"), List.of("c", "a"))))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void no_types_give_no_ranks_and_the_ranks_cannot_be_changed() {
        assertThat(PropertyOrder.ranks(List.of())).isEmpty();
        Map<String, Integer> ranks = PropertyOrder.ranks(List.of(List.of("a")));
        assertThatThrownBy(() -> ranks.put("b", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_model_s_names_have_distinct_ranks_from_zero_and_unknown_names_rank_last() {
        Set<String> names = new HashSet<>();
        PropertyOrder.TYPES.forEach(names::addAll);
        Set<Integer> ranks = new HashSet<>();
        names.forEach(name -> ranks.add(PropertyOrder.rank(name)));
        assertThat(ranks).hasSize(names.size());
        assertThat(ranks).allSatisfy(rank -> assertThat(rank).isBetween(0, names.size() - 1));
        assertThat(PropertyOrder.rank("notAProperty")).isEqualTo(names.size());
        assertThat(PropertyOrder.rank("schemaVersion")).isZero();
        assertThat(PropertyOrder.ranks(PropertyOrder.TYPES)).hasSize(names.size());
    }
}

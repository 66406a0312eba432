package se.samverkan.metrics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of disclosure control exactly as its Javadoc states them (docs/metrics.md): the minimum is
 * shown and the count below it hidden, the secondary cell is the smallest other non-zero cell, the
 * first by index among equals, and the errors name the row, column and value.
 */
class DisclosureControlRulesTest {

    private final DisclosureControl control = DisclosureControl.defaults();

    @Test
    void the_defaults_are_minimum_five_and_two_dots() {
        assertThat(control.minimum()).isEqualTo(5).isEqualTo(DisclosureControl.DEFAULT_MINIMUM);
        assertThat(control.marker()).isEqualTo("..").isEqualTo(DisclosureControl.DEFAULT_MARKER);
        DisclosureControl custom = control.withMinimum(3).withMarker("X");
        assertThat(custom.minimum()).isEqualTo(3);
        assertThat(custom.marker()).isEqualTo("X");
        assertThat(custom.apply(new int[][] {{2, 3}}).marker()).isEqualTo("X");
        assertThat(control.minimum()).isEqualTo(5);
    }

    @Test
    void the_minimum_is_shown_and_one_below_it_is_hidden() {
        assertThat(control.apply(new int[][] {{5, 5}}).hiddenCount()).isZero();
        assertThat(control.apply(new int[][] {{4, 5}})).hasToString("..\t..\n");
        assertThat(control.withMinimum(2).apply(new int[][] {{1, 2}})).hasToString("..\t..\n");
        assertThat(control.withMinimum(2).apply(new int[][] {{2, 2}})).hasToString("2\t2\n");
    }

    @Test
    void a_minimum_of_one_hides_nothing_and_below_one_is_refused() {
        assertThat(control.withMinimum(1).minimum()).isEqualTo(1);
        assertThatThrownBy(() -> control.withMinimum(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("the minimum count shown must be at least 1, got 0");
        assertThatThrownBy(() -> control.withMarker(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("marker");
    }

    @Test
    void the_secondary_cell_is_the_smallest_other_non_zero_cell_even_at_index_zero() {
        // 3 is hidden; of 9 and 12 the smaller, 9 at index 0, is hidden with it.
        assertThat(control.apply(new int[][] {{9, 3, 12}})).hasToString("..\t..\t12\n");
        assertThat(control.apply(new int[][] {{12, 3, 9}})).hasToString("12\t..\t..\n");
    }

    @Test
    void among_equal_smallest_cells_the_first_by_index_is_hidden() {
        assertThat(control.apply(new int[][] {{3, 7, 7}})).hasToString("..\t..\t7\n");
        assertThat(control.apply(new int[][] {{7, 7, 3}})).hasToString("..\t7\t..\n");
    }

    @Test
    void a_zero_is_hidden_only_when_no_other_non_zero_cell_is_left() {
        assertThat(control.apply(new int[][] {{0, 3, 8}})).hasToString("0\t..\t..\n");
        assertThat(control.apply(new int[][] {{8, 0, 3, 0}})).hasToString("..\t0\t..\t0\n");
        assertThat(control.apply(new int[][] {{3, 0, 0}})).hasToString("..\t..\t0\n");
    }

    @Test
    void columns_are_protected_like_rows_until_no_line_has_one_hidden_cell() {
        // Primary: 2 and 3 in row 0. Columns 0 and 1 then hold one hidden cell each: 6 (below 9) and 8
        // (below 9) follow. Rows 1 and 2 then hold one each: 7 and 8 follow.
        assertThat(control.apply(new int[][] {{2, 3, 9}, {9, 8, 7}, {6, 9, 8}}))
            .hasToString("..\t..\t9\n9\t..\t..\n..\t9\t..\n");
    }

    @Test
    void the_input_array_is_not_modified() {
        int[][] counts = {{3, 7, 7}, {0, 0, 2}};
        control.apply(counts);
        assertThat(counts[0]).containsExactly(3, 7, 7);
        assertThat(counts[1]).containsExactly(0, 0, 2);
    }

    @Test
    void malformed_tables_are_refused_naming_the_place() {
        assertThatThrownBy(() -> control.apply(new int[][] {{1, 2}, {3}})).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("row 1 has 1 cells, row 0 has 2");
        assertThatThrownBy(() -> control.apply(new int[][] {{6, 7}, {8, -2}}))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("negative count -2 at row 1, column 1");
        assertThatThrownBy(() -> control.apply((int[][]) null)).isInstanceOf(NullPointerException.class)
            .hasMessage("counts");
        assertThatThrownBy(() -> control.apply(new int[][] {null})).isInstanceOf(NullPointerException.class)
            .hasMessage("row 0");
        assertThatThrownBy(() -> control.apply(new int[][] {{1}, null})).isInstanceOf(NullPointerException.class)
            .hasMessage("row 1");
        assertThatThrownBy(() -> control.apply(List.of(List.of(1), Arrays.asList((Integer) null))))
            .isInstanceOf(NullPointerException.class).hasMessage("count");
        assertThatThrownBy(() -> control.apply(Arrays.asList(List.of(1), null)))
            .isInstanceOf(NullPointerException.class).hasMessage("row 1");
    }

    @Test
    void list_and_array_tables_give_the_same_result() {
        assertThat(control.apply(List.of(List.of(3, 7, 7), List.of(0, 0, 2))))
            .isEqualTo(control.apply(new int[][] {{3, 7, 7}, {0, 0, 2}}));
    }
}

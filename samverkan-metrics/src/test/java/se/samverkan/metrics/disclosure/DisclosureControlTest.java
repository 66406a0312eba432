package se.samverkan.metrics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private final DisclosureControl control = DisclosureControl.defaults();

    /** The table as printed, with the default marker. */
    private static String printed(DisclosedTable table) {
        return table.toString();
    }

    @Test
    void counts_from_one_to_four_are_hidden_and_zero_and_five_are_shown() {
        DisclosedTable table = control.apply(new int[][] {{0, 4, 5, 1}, {0, 3, 9, 2}});
        // 4 and 1 in row 0, 3 and 2 in row 1: every row and column has two or no hidden cells.
        assertThat(printed(table)).isEqualTo("0\t..\t5\t..\n0\t..\t9\t..\n");
        assertThat(table.hiddenCount()).isEqualTo(4);
        assertThat(table.cell(0, 0).value()).hasValue(0);
        assertThat(table.cell(0, 1).isHidden()).isTrue();
        assertThat(table.cell(0, 1).value()).isEmpty();
    }

    @Test
    void a_lone_hidden_cell_takes_the_smallest_other_non_zero_cell_of_its_row_and_column() {
        // 3 is hidden; its row's smallest other non-zero cell is 7, its column's is 6.
        DisclosedTable table = control.apply(new int[][] {
            {3, 8, 7},
            {6, 9, 12},
            {10, 20, 30}});
        assertThat(printed(table)).isEqualTo(
            "..\t8\t..\n"
            + "..\t9\t..\n"
            + "10\t20\t30\n");
    }

    @Test
    void secondary_suppression_repeats_until_no_line_has_exactly_one_hidden_cell() {
        // Hiding 7 (row 0) leaves column 2 with one hidden cell: then 12 is hidden, then row 1 needs 6.
        DisclosedTable table = control.apply(new int[][] {
            {3, 8, 7},
            {16, 9, 12},
            {6, 20, 30}});
        // Row 0: 3 hidden → 7; column 0: 3 hidden → 6; column 2: 7 hidden → 12; row 1: 12 hidden → 9;
        // row 2: 6 hidden → 20; column 1: 9 and 20 hidden → stable.
        assertThat(printed(table)).isEqualTo(
            "..\t8\t..\n"
            + "16\t..\t..\n"
            + "..\t..\t30\n");
    }

    @Test
    void ties_take_the_first_cell() {
        DisclosedTable table = control.apply(new int[][] {{2, 7, 7}, {2, 7, 7}});
        assertThat(printed(table)).isEqualTo("..\t..\t7\n..\t..\t7\n");
    }

    @Test
    void without_another_non_zero_cell_a_zero_is_hidden_so_the_total_does_not_reveal_the_count() {
        DisclosedTable table = control.apply(new int[][] {{0, 3, 0}, {0, 0, 0}});
        // Row 0: 3 hidden, no other non-zero → the first zero (column 0); columns 0 and 1 then have one
        // hidden cell each → the zeros below them.
        assertThat(printed(table)).isEqualTo("..\t..\t0\n..\t..\t0\n");
    }

    @Test
    void a_table_of_large_counts_is_unchanged() {
        DisclosedTable table = control.apply(List.of(List.of(18, 19), List.of(0, 26)));
        assertThat(table.hiddenCount()).isZero();
        assertThat(table.text(1, 1)).isEqualTo("26");
    }

    @Test
    void the_minimum_and_the_marker_are_configurable() {
        DisclosedTable table = DisclosureControl.defaults().withMinimum(10).withMarker("X")
            .apply(new int[][] {{9, 10}, {12, 10}});
        assertThat(printed(table)).isEqualTo("X\tX\nX\tX\n");
        DisclosedTable nothingHidden = control.withMinimum(1).apply(new int[][] {{1, 2}});
        assertThat(nothingHidden.hiddenCount()).isZero();
    }

    @Test
    void a_single_column_line_cannot_be_protected_and_keeps_its_one_hidden_cell() {
        DisclosedTable table = control.apply(new int[][] {{3}, {12}});
        // The column gets its second hidden cell; each row has just one cell.
        assertThat(printed(table)).isEqualTo("..\n..\n");
    }

    @Test
    void malformed_tables_are_rejected() {
        assertThatThrownBy(() -> control.apply(new int[][] {{1, 2}, {3}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.apply(new int[][] {{-1}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.withMinimum(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(control.apply(new int[0][]).rowCount()).isZero();
    }
}

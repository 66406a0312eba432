package se.samverkan.metrics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.ValueContract.assertValue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Disclosed cells and tables are values (docs/metrics.md "Disclosure control"): a shown cell is its count,
 * every hidden cell is the same cell whatever it hid, and a table is its cells, width and marker.
 */
class DisclosedValuesTest {

    private static DisclosedTable table(String marker, DisclosedCell... firstRow) {
        return new DisclosedTable(List.of(List.of(firstRow), List.of(DisclosedCell.shown(12), DisclosedCell.shown(0))),
            2, marker);
    }

    @Test
    void a_shown_cell_is_its_count_from_zero() {
        DisclosedCell zero = DisclosedCell.shown(0);
        assertThat(zero.isHidden()).isFalse();
        assertThat(zero.value()).hasValue(0);
        assertThat(zero.text("..")).isEqualTo("0");
        assertThat(zero).hasToString("0");
        assertValue(DisclosedCell.shown(7), DisclosedCell.shown(7), DisclosedCell.shown(8), DisclosedCell.shown(0),
            DisclosedCell.hidden());
        assertThat(DisclosedCell.shown(Integer.MAX_VALUE).value()).hasValue(Integer.MAX_VALUE);
    }

    @Test
    void a_negative_count_is_refused_naming_it() {
        assertThatThrownBy(() -> DisclosedCell.shown(-1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("a count is never negative: -1");
        assertThatThrownBy(() -> DisclosedCell.shown(Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("a count is never negative: " + Integer.MIN_VALUE);
    }

    @Test
    void a_hidden_cell_keeps_no_count_and_prints_the_marker() {
        DisclosedCell hidden = DisclosedCell.hidden();
        assertThat(hidden.isHidden()).isTrue();
        assertThat(hidden.value()).isEmpty();
        assertThat(hidden.text("X")).isEqualTo("X");
        assertThat(hidden).hasToString("hidden").isEqualTo(DisclosedCell.hidden());
        assertThatThrownBy(() -> hidden.text(null)).isInstanceOf(NullPointerException.class).hasMessage("marker");
        assertThatThrownBy(() -> DisclosedCell.shown(3).text(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("marker");
    }

    @Test
    void a_table_is_its_cells_width_and_marker() {
        DisclosedTable table = table("..", DisclosedCell.shown(5), DisclosedCell.hidden());
        assertValue(table, table("..", DisclosedCell.shown(5), DisclosedCell.hidden()),
            table("..", DisclosedCell.shown(6), DisclosedCell.hidden()),
            table("X", DisclosedCell.shown(5), DisclosedCell.hidden()),
            new DisclosedTable(table.rows(), 3, ".."));
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.columnCount()).isEqualTo(2);
        assertThat(table.marker()).isEqualTo("..");
        assertThat(table.text(0, 1)).isEqualTo("..");
        assertThat(table.text(1, 0)).isEqualTo("12");
        assertThat(table.hiddenCount()).isEqualTo(1);
        assertThat(table).hasToString("5\t..\n12\t0\n");
    }

    @Test
    void a_table_copies_its_rows_and_cannot_be_changed() {
        List<DisclosedCell> row = new ArrayList<>(List.of(DisclosedCell.shown(1)));
        List<List<DisclosedCell>> rows = new ArrayList<>(List.of(row));
        DisclosedTable table = new DisclosedTable(rows, 1, "..");
        row.set(0, DisclosedCell.hidden());
        rows.add(List.of(DisclosedCell.shown(2)));
        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.cell(0, 0)).isEqualTo(DisclosedCell.shown(1));
        assertThatThrownBy(() -> table.rows().add(List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.rows().get(0).set(0, DisclosedCell.hidden()))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.cell(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.text(1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void an_empty_table_prints_nothing_and_hides_nothing() {
        DisclosedTable empty = new DisclosedTable(List.of(), 0, "..");
        assertThat(empty.rowCount()).isZero();
        assertThat(empty.hiddenCount()).isZero();
        assertThat(empty).hasToString("");
    }
}

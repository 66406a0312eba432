package se.samverkan.metrics.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class DisclosureControlProperties {

    @Provide
    Arbitrary<int[][]> tables() {
        Arbitrary<Integer> count = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(0)),
            Tuple.of(4, Arbitraries.integers().between(1, 6)),
            Tuple.of(3, Arbitraries.integers().between(7, 60)));
        return Arbitraries.integers().between(2, 6).flatMap(columns ->
            count.array(int[].class).ofSize(columns).array(int[][].class).ofMinSize(2).ofMaxSize(6));
    }

    @Property(tries = 200)
    void no_row_or_column_is_left_with_exactly_one_hidden_cell(@ForAll("tables") int[][] counts,
            @ForAll @IntRange(min = 1, max = 8) int minimum) {
        DisclosedTable table = DisclosureControl.defaults().withMinimum(minimum).apply(counts);
        for (int r = 0; r < table.rowCount(); r++) {
            int hidden = 0;
            for (int c = 0; c < table.columnCount(); c++) {
                hidden += table.cell(r, c).isHidden() ? 1 : 0;
            }
            assertThat(hidden).as("hidden cells in row %d", r).isNotEqualTo(1);
        }
        for (int c = 0; c < table.columnCount(); c++) {
            int hidden = 0;
            for (int r = 0; r < table.rowCount(); r++) {
                hidden += table.cell(r, c).isHidden() ? 1 : 0;
            }
            assertThat(hidden).as("hidden cells in column %d", c).isNotEqualTo(1);
        }
    }

    @Property(tries = 200)
    void a_small_count_is_never_shown_and_a_shown_count_is_the_true_one(@ForAll("tables") int[][] counts,
            @ForAll @IntRange(min = 1, max = 8) int minimum) {
        DisclosedTable table = DisclosureControl.defaults().withMinimum(minimum).apply(counts);
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                DisclosedCell cell = table.cell(r, c);
                if (counts[r][c] >= 1 && counts[r][c] < minimum) {
                    assertThat(cell.isHidden()).isTrue();
                } else if (!cell.isHidden()) {
                    assertThat(cell.value()).hasValue(counts[r][c]);
                }
            }
        }
    }

    @Property(tries = 100)
    void a_table_without_small_counts_is_published_unchanged(@ForAll("tables") int[][] counts,
            @ForAll @IntRange(min = 1, max = 8) int minimum) {
        boolean anySmall = false;
        for (int[] row : counts) {
            for (int count : row) {
                anySmall |= count >= 1 && count < minimum;
            }
        }
        DisclosedTable table = DisclosureControl.defaults().withMinimum(minimum).apply(counts);
        assertThat(table.hiddenCount() == 0).isEqualTo(!anySmall);
    }
}

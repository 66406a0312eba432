package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.metrics.goals.CellResult;
import se.samverkan.metrics.goals.WilsonInterval;
import se.samverkan.metrics.income.IncomeTransitions;
import se.samverkan.metrics.participants.ParticipantSummary;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.range.IntRange;

/** The public record constructors of the results refuse values no measurement can give. */
class RecordInvariantsTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void a_wilson_interval_lies_in_0_to_100_with_lower_at_most_upper() {
        assertThat(new WilsonInterval(dec("0.0"), dec("100.0")).upper()).isEqualTo(dec("100.0"));
        assertThat(new WilsonInterval(dec("42.0"), dec("42.0")).lower()).isEqualTo(dec("42.0"));

        assertThatThrownBy(() -> new WilsonInterval(dec("60.0"), dec("40.0")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("60.0 to 40.0");
        assertThatThrownBy(() -> new WilsonInterval(dec("-0.1"), dec("40.0")))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WilsonInterval(dec("10.0"), dec("100.1")))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_breakdown_cell_has_no_negative_actual_count_but_keeps_the_expected_count_as_written() {
        // The expected count comes from the document: a negative one is validate's problem (the property
        // "no cost metric throws on a structurally valid document" generates such documents).
        assertThat(new CellResult(Gender.WOMAN, IntRange.of(18, 29), -3, 0).expected()).isEqualTo(-3);
        assertThatThrownBy(() -> new CellResult(Gender.WOMAN, IntRange.of(18, 29), 0, -2))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -2");
    }

    @Test
    void income_transitions_are_nested_counts() {
        // 10 recorded; 6 supported at start, of whom 2 left support, so at least 4 are supported at end.
        assertThat(new IncomeTransitions(10, 6, 4, 2).leftSupport()).isEqualTo(2);
        assertThat(new IncomeTransitions(10, 6, 9, 2).supportedAtEnd()).isEqualTo(9);

        assertThatThrownBy(() -> new IncomeTransitions(10, 6, 3, 2))   // 6 − 2 = 4 still supported > 3
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("left support 2");
        assertThatThrownBy(() -> new IncomeTransitions(5, 6, 0, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncomeTransitions(10, 2, 5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncomeTransitions(10, 2, 11, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncomeTransitions(10, 2, 5, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_participant_summary_has_no_negative_count() {
        assertThatThrownBy(() -> new ParticipantSummary(-1, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(),
            Optional.empty(), Optional.empty()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("started -1");
        assertThat(new ParticipantSummary(0, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Optional.empty(),
            Optional.empty()).started()).isZero();
    }
}

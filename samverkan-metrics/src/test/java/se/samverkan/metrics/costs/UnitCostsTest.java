package se.samverkan.metrics.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.samverkan.model.money.Amount;

class UnitCostsTest {

    @Test
    void the_budget_per_started_participant_and_per_work_or_studies_is_rounded_half_even_to_the_ore() {
        // docs/cli.md's illustration: 2 755 000 ÷ 37 = 74 459.459… and ÷ 14 = 196 785.714…
        UnitCosts costs = CostSharing.unitCosts(Amount.ofKronor(2_755_000), 37, 14);
        assertThat(costs.perStartedParticipant()).contains(Amount.parse("74459.46"));
        assertThat(costs.perWorkOrStudies()).contains(Amount.parse("196785.71"));
    }

    @Test
    void exact_halves_of_an_ore_round_to_the_even_ore() {
        assertThat(CostSharing.unitCosts(Amount.parse("0.10"), 4, 4).perStartedParticipant())
            .contains(Amount.parse("0.02"));
        assertThat(CostSharing.unitCosts(Amount.parse("0.30"), 4, 4).perStartedParticipant())
            .contains(Amount.parse("0.08"));
        assertThat(CostSharing.unitCosts(Amount.parse("100.00"), 3, 3).perStartedParticipant())
            .contains(Amount.parse("33.33"));
        assertThat(CostSharing.unitCosts(Amount.parse("200.00"), 3, 3).perStartedParticipant())
            .contains(Amount.parse("66.67"));
    }

    @Test
    void a_zero_divisor_gives_no_unit_cost() {
        UnitCosts costs = CostSharing.unitCosts(Amount.ofKronor(2_755_000), 0, 0);
        assertThat(costs.perStartedParticipant()).isEmpty();
        assertThat(costs.perWorkOrStudies()).isEmpty();
        assertThat(CostSharing.unitCosts(Amount.ofKronor(100), 10, 0).perStartedParticipant())
            .contains(Amount.ofKronor(10));
    }

    @Test
    void negative_counts_are_rejected() {
        assertThatThrownBy(() -> CostSharing.unitCosts(Amount.ofKronor(1), -1, 0))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostSharing.unitCosts(Amount.ofKronor(1), 0, -1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostSharing.unitCosts(null, 0, 0)).isInstanceOf(NullPointerException.class);
    }
}

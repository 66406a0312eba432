package se.samverkan.metrics.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.metrics.ValueContract.assertValue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.model.money.Amount;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.project.Orientation;
import se.samverkan.model.range.IntRange;

/**
 * An insats's row of the national follow-up (docs/metrics.md "National follow-up export") is a value: equal
 * when every figure is, with every gender present (zeros included) and the total their sum.
 */
class ProjectFollowUpValueTest {

    private static ProjectFollowUp.Builder individ() {
        return new ProjectFollowUp.Builder().project("individ", Orientation.INDIVIDUAL)
            .budget(Amount.ofKronor(400_000), Amount.ofKronor(500_000))
            .outcome(Amount.ofKronor(380_000), Amount.ofKronor(450_000))
            .plannedParticipants(IntRange.of(20, 30))
            .participantsByGender(Map.of(Gender.WOMAN, 12, Gender.MAN, 9));
    }

    @Test
    void every_gender_is_counted_in_declaration_order_and_summed() {
        ProjectFollowUp followUp = individ().build();
        assertThat(followUp.participantsByGender()).containsExactly(Map.entry(Gender.WOMAN, 12),
            Map.entry(Gender.MAN, 9), Map.entry(Gender.NON_BINARY, 0), Map.entry(Gender.UNSPECIFIED, 0));
        assertThat(followUp.participants()).isEqualTo(21);
        assertThatThrownBy(() -> followUp.participantsByGender().put(Gender.MAN, 1))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThat(new ProjectFollowUp.Builder().project("struktur", Orientation.STRUCTURAL)
            .budget(Amount.zero(), Amount.zero()).build().participants()).isZero();
    }

    @Test
    void the_figures_are_as_collected() {
        ProjectFollowUp followUp = individ().build();
        assertThat(followUp.project()).isEqualTo("individ");
        assertThat(followUp.orientation()).isEqualTo(Orientation.INDIVIDUAL);
        assertThat(followUp.budget()).isEqualTo(Amount.ofKronor(400_000));
        assertThat(followUp.totalBudget()).isEqualTo(Amount.ofKronor(500_000));
        assertThat(followUp.outcome()).contains(Amount.ofKronor(380_000));
        assertThat(followUp.totalOutcome()).contains(Amount.ofKronor(450_000));
        assertThat(followUp.plannedParticipants()).contains(IntRange.of(20, 30));
        assertThat(followUp).hasToString("ProjectFollowUp[individ, INDIVIDUAL, budget=400000.00/500000.00, "
            + "outcome=380000.00/450000.00, planned=" + IntRange.of(20, 30)
            + ", participants={WOMAN=12, MAN=9, NON_BINARY=0, UNSPECIFIED=0}]");
    }

    @Test
    void without_outcome_or_plan_those_figures_are_empty() {
        ProjectFollowUp followUp = individ().outcome(null, null).plannedParticipants(null).build();
        assertThat(followUp.outcome()).isEmpty();
        assertThat(followUp.totalOutcome()).isEmpty();
        assertThat(followUp.plannedParticipants()).isEmpty();
    }

    @Test
    void equal_exactly_when_every_figure_is() {
        assertValue(individ().build(), individ().budget(Amount.parse("400000.0"), Amount.parse("500000.00")).build(),
            individ().project("annan", Orientation.INDIVIDUAL).build(),
            individ().project("individ", Orientation.STRUCTURAL).build(),
            individ().budget(Amount.ofKronor(400_001), Amount.ofKronor(500_000)).build(),
            individ().budget(Amount.ofKronor(400_000), Amount.ofKronor(500_001)).build(),
            individ().outcome(Amount.ofKronor(380_001), Amount.ofKronor(450_000)).build(),
            individ().outcome(Amount.ofKronor(380_000), Amount.ofKronor(450_001)).build(),
            individ().outcome(null, null).build(),
            individ().plannedParticipants(IntRange.of(20, 31)).build(),
            individ().plannedParticipants(null).build(),
            individ().participantsByGender(Map.of(Gender.WOMAN, 12, Gender.MAN, 8)).build());
        // A gender left out and a gender counted zero are the same figure.
        assertValue(individ().build(),
            individ().participantsByGender(Map.of(Gender.WOMAN, 12, Gender.MAN, 9, Gender.NON_BINARY, 0)).build());
    }

    @Test
    void the_mandatory_figures_are_named_when_missing() {
        assertThatThrownBy(() -> individ().project(null, Orientation.INDIVIDUAL).build())
            .isInstanceOf(NullPointerException.class).hasMessage("project");
        assertThatThrownBy(() -> individ().project("individ", null).build())
            .isInstanceOf(NullPointerException.class).hasMessage("orientation");
        assertThatThrownBy(() -> individ().budget(null, Amount.zero()).build())
            .isInstanceOf(NullPointerException.class).hasMessage("budget");
        assertThatThrownBy(() -> individ().budget(Amount.zero(), null).build())
            .isInstanceOf(NullPointerException.class).hasMessage("totalBudget");
    }
}

package se.samverkan.model.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntRangeTest {

    private static final IntRange TARGET_AGES = IntRange.of(25, 45);

    @Test
    void a_range_is_closed_at_both_ends() {
        assertThat(TARGET_AGES.contains(25)).isTrue();
        assertThat(TARGET_AGES.contains(45)).isTrue();
        assertThat(TARGET_AGES.contains(24)).isFalse();
        assertThat(TARGET_AGES.contains(46)).isFalse();
    }

    @Test
    void the_application_age_bands_lie_outside_the_target_group() {
        assertThat(TARGET_AGES.encloses(IntRange.of(18, 30))).isFalse();
        assertThat(TARGET_AGES.encloses(IntRange.of(31, 64))).isFalse();
        assertThat(TARGET_AGES.encloses(IntRange.of(25, 45))).isTrue();
        assertThat(IntRange.of(18, 64).encloses(TARGET_AGES)).isTrue();
    }

    @Test
    void a_disordered_range_can_be_built_and_contains_nothing() {
        IntRange disordered = IntRange.of(45, 25);
        assertThat(disordered.getMin()).isEqualTo(45);
        assertThat(disordered.contains(30)).isFalse();
    }

    @Test
    void text_equality_and_nulls() {
        assertThat(TARGET_AGES).hasToString("25-45").isEqualTo(IntRange.builder().min(25).max(45).build());
        assertThatThrownBy(() -> TARGET_AGES.encloses(null)).isInstanceOf(NullPointerException.class)
            .hasMessage("other");
        assertThatThrownBy(() -> IntRange.builder().min(1).build()).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("max");
    }
}

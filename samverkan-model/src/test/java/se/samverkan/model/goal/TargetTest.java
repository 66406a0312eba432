package se.samverkan.model.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void whole_numbers_give_the_same_targets_as_decimals() {
        assertThat(Target.atLeast(30)).isEqualTo(Target.atLeast(new BigDecimal("30")));
        assertThat(Target.atMost(5)).isEqualTo(Target.atMost(BigDecimal.valueOf(5)));
        assertThat(Target.between(40, 60)).isEqualTo(Target.between(new BigDecimal("40"), new BigDecimal("60")));
        assertThat(Target.between(40, 60).getUpper()).contains(new BigDecimal("60"));
        assertThat(Target.atLeast(30).getComparator()).isEqualTo(TargetComparator.AT_LEAST);
    }
}

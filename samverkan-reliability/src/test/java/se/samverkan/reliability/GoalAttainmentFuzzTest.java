package se.samverkan.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import se.samverkan.metrics.goals.Attainment;
import se.samverkan.metrics.goals.GoalAttainment;
import se.samverkan.metrics.goals.WilsonInterval;
import se.samverkan.model.goal.Target;

/**
 * Fuzz targets for goal attainment (<i>måluppfyllelse</i>, docs/metrics.md) on arbitrary numbers: the
 * comparison of an actual value with a target is exact for every comparator, whatever the scale of the
 * numbers, and the 95 % Wilson interval of any {@code k} of {@code n} lies in 0–100 around the rounded
 * point estimate; the only exceptions are the documented {@link IllegalArgumentException}s.
 *
 * <p>Without {@code JAZZER_FUZZ} the targets replay the committed inputs under
 * {@code src/test/resources/se/samverkan/reliability/GoalAttainmentFuzzTestInputs/}.
 */
class GoalAttainmentFuzzTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @FuzzTest(maxDuration = "10m")
    void a_target_is_met_exactly_as_its_comparator_says(FuzzedDataProvider data) {
        BigDecimal value = decimal(data);
        BigDecimal upper = decimal(data);
        BigDecimal actual = decimal(data);
        int comparator = data.consumeInt(0, 3);

        switch (comparator) {
            case 0 -> assertThat(GoalAttainment.attained(Target.atLeast(value), actual))
                .isEqualTo(Attainment.of(actual.compareTo(value) >= 0));
            case 1 -> assertThat(GoalAttainment.attained(Target.atMost(value), actual))
                .isEqualTo(Attainment.of(actual.compareTo(value) <= 0));
            case 2 -> assertThat(GoalAttainment.attained(Target.between(value, upper), actual))
                .isEqualTo(Attainment.of(actual.compareTo(value) >= 0 && actual.compareTo(upper) <= 0));
            default -> {
                Target open = Target.builder()
                    .comparator(se.samverkan.model.goal.TargetComparator.BETWEEN).value(value).build();
                assertThat(GoalAttainment.attained(open, actual)).isEqualTo(Attainment.UNDECIDED);
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void the_wilson_interval_encloses_the_share_within_0_and_100(FuzzedDataProvider data) {
        int successes = data.consumeInt();
        int trials = data.consumeInt();
        if (trials < 1 || successes < 0 || successes > trials) {
            assertThatThrownBy(() -> WilsonInterval.of(successes, trials))
                .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        WilsonInterval interval = WilsonInterval.of(successes, trials);
        BigDecimal share = BigDecimal.valueOf(successes).multiply(HUNDRED)
            .divide(BigDecimal.valueOf(trials), 1, RoundingMode.HALF_EVEN);
        assertThat(interval.lower().scale()).isEqualTo(1);
        assertThat(interval.upper().scale()).isEqualTo(1);
        assertThat(interval.lower()).isBetween(BigDecimal.ZERO, share);
        assertThat(interval.upper()).isBetween(share, HUNDRED);
    }

    /** Any decimal with up to 19 significant digits and a scale of -40..40 (documents keep 12 decimals). */
    private static BigDecimal decimal(FuzzedDataProvider data) {
        return new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-40, 40));
    }
}

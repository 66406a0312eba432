package se.samverkan.metrics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverkan.metrics.rules.RuleAssertions.assertFindings;
import static se.samverkan.metrics.rules.RuleAssertions.warning;
import static se.samverkan.metrics.rules.RuleFixtures.goal;
import static se.samverkan.metrics.rules.RuleFixtures.withProject;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.goal.Target;
import se.samverkan.model.goal.TargetComparator;

class ShareTargetRulesTest {

    private static Target between(String value, String upper) {
        return Target.builder().comparator(TargetComparator.BETWEEN).value(new BigDecimal(value))
            .upper(new BigDecimal(upper)).build();
    }

    @Test
    void a_share_target_written_as_a_fraction_is_a_warning_at_the_value() {
        assertFindings(withProject(p -> p.withGoals(goal().withTarget(Target.atLeast(new BigDecimal("0.35"))))))
            .containsExactly(warning(Rule.SHARE_TARGET_AS_FRACTION, "/projects/0/goals/0/target/value"));
        // 1 itself is in (0, 1]: "at least 1" of a share most likely meant 100 %.
        assertFindings(withProject(p -> p.withGoals(goal().withTarget(Target.atLeast(BigDecimal.ONE)))))
            .containsExactly(warning(Rule.SHARE_TARGET_AS_FRACTION, "/projects/0/goals/0/target/value"));
    }

    @Test
    void the_message_says_what_the_value_means_and_what_to_write() {
        Finding finding = RuleAssertions.RULES.check(
            withProject(p -> p.withGoals(goal().withTarget(Target.atLeast(new BigDecimal("0.35")))))).get(0);
        // 0.35 × 100 = 35
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("the share target 0.35 lies between 0 and 1, but "
            + "share targets are percent (0–100): 0.35 means 0.35 %; write 35 for 35 %");
        assertThat(finding.message()).isEqualTo("målvärdet 0.35 för andelen ligger mellan 0 och 1, men andelsmål "
            + "anges i procent (0–100): 0.35 betyder 0.35 %; skriv 35 för 35 %");
    }

    @Test
    void both_bounds_of_a_between_target_are_checked() {
        assertFindings(withProject(p -> p.withGoals(goal().withTarget(between("0.2", "0.5")))))
            .containsExactly(warning(Rule.SHARE_TARGET_AS_FRACTION, "/projects/0/goals/0/target/value"),
                warning(Rule.SHARE_TARGET_AS_FRACTION, "/projects/0/goals/0/target/upper"));
        assertFindings(withProject(p -> p.withGoals(goal().withTarget(between("0.5", "40")))))
            .containsExactly(warning(Rule.SHARE_TARGET_AS_FRACTION, "/projects/0/goals/0/target/value"));
    }

    @Test
    void percents_zero_and_count_goals_are_not_reported() {
        // 40 %, 1.5 % and 0 % are percents; a target of 0 cannot be a fraction of anything.
        for (String value : new String[] {"40", "1.5", "0", "100"}) {
            assertFindings(withProject(p -> p.withGoals(goal().withTarget(Target.atLeast(new BigDecimal(value))))))
                .isEmpty();
        }
        // A count goal of at least 1 participant started is a count, not a share.
        assertFindings(withProject(p -> p.withGoals(goal()
            .withIndicator(Indicator.builder().type(IndicatorType.PARTICIPANTS_STARTED).build())
            .withBreakdown(java.util.Optional.empty())
            .withTarget(Target.atLeast(BigDecimal.ONE))))).isEmpty();
    }
}

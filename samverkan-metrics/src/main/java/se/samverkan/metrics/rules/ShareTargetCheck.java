package se.samverkan.metrics.rules;

import java.math.BigDecimal;
import java.util.List;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.Target;
import se.samverkan.model.project.Project;

/**
 * {@link Rule#SHARE_TARGET_AS_FRACTION}: a share goal's target value (or upper bound) above 0 and at most 1.
 * Share targets are percent, 0–100, so {@code 0.35} reads as 0.35 % — almost always a fraction written
 * where 35 was meant, which would silently turn an ambitious goal into one that is met at once. A warning,
 * not an error: a target of 1 % (or 0.5 %) is possible, if rare.
 */
final class ShareTargetCheck implements Check {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void run(DocumentIndex index, Findings findings) {
        List<Project> projects = index.document().getProjects();
        for (int i = 0; i < projects.size(); i++) {
            List<Goal> goals = projects.get(i).getGoals();
            for (int j = 0; j < goals.size(); j++) {
                Goal goal = goals.get(j);
                if (!goal.getIndicator().getType().isShare()) {
                    continue;
                }
                Pointer at = Pointer.project(i).property("goals").index(j).property("target");
                Target target = goal.getTarget();
                check(findings, at.property("value"), target.getValue());
                target.getUpper().ifPresent(upper -> check(findings, at.property("upper"), upper));
            }
        }
    }

    private static void check(Findings findings, Pointer at, BigDecimal value) {
        if (value.signum() > 0 && value.compareTo(ONE) <= 0) {
            findings.add(Rule.SHARE_TARGET_AS_FRACTION, at, "value", value.toPlainString(),
                value.multiply(HUNDRED).stripTrailingZeros().toPlainString());
        }
    }
}

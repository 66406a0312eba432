package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import se.samverkan.model.goal.Goal;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.validation.TargetInScale;

/**
 * Checks a goal's target against its indicator: shares in percent within 0–100, counts whole and
 * not negative. Reported on {@code target.value} or {@code target.upper}.
 */
public final class TargetInScaleValidator implements ConstraintValidator<TargetInScale, Goal> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String SHARE = "{se.samverkan.validation.TargetInScale.share}";
    private static final String COUNT = "{se.samverkan.validation.TargetInScale.count}";

    @Override
    public boolean isValid(Goal goal, ConstraintValidatorContext context) {
        if (goal == null) {
            return true;
        }
        IndicatorType type = goal.getIndicator().getType();
        if (!type.isShare() && !type.isCount()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = check(context, type, goal.getTarget().getValue(), "value");
        if (goal.getTarget().getUpper().isPresent()) {
            valid &= check(context, type, goal.getTarget().getUpper().get(), "upper");
        }
        return valid;
    }

    private static boolean check(ConstraintValidatorContext context, IndicatorType type, BigDecimal number, String field) {
        boolean ok = type.isShare()
            ? number.signum() >= 0 && number.compareTo(HUNDRED) <= 0
            : number.signum() >= 0 && isWhole(number);
        if (!ok) {
            context.buildConstraintViolationWithTemplate(type.isShare() ? SHARE : COUNT)
                .addPropertyNode("target").addPropertyNode(field).addConstraintViolation();
        }
        return ok;
    }

    private static boolean isWhole(BigDecimal number) {
        // scale bounded by the readers; stripTrailingZeros is linear in the digits.
        return number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0;
    }
}

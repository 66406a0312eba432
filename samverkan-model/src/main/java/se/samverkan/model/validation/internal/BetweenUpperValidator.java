package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.goal.Target;
import se.samverkan.model.goal.TargetComparator;
import se.samverkan.model.validation.BetweenUpper;

/** Checks that {@code upper} is given, and at least {@code value}, exactly for {@code BETWEEN}. */
public final class BetweenUpperValidator implements ConstraintValidator<BetweenUpper, Target> {

    @Override
    public boolean isValid(Target value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean between = value.getComparator() == TargetComparator.BETWEEN;
        if (!between && value.getUpper().isPresent()) {
            Violations.on(context, "upper", "{se.samverkan.validation.BetweenUpper.notApplicable}");
            return false;
        }
        if (between && value.getUpper().isEmpty()) {
            Violations.on(context, "upper", "{se.samverkan.validation.BetweenUpper.missing}");
            return false;
        }
        if (between && value.getUpper().get().compareTo(value.getValue()) < 0) {
            Violations.on(context, "upper");
            return false;
        }
        return true;
    }
}

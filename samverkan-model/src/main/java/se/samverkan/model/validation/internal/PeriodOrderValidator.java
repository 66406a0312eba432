package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.time.Period;
import se.samverkan.model.validation.PeriodOrder;

/** Checks that a period's end is not before its start. */
public final class PeriodOrderValidator implements ConstraintValidator<PeriodOrder, Period> {

    @Override
    public boolean isValid(Period value, ConstraintValidatorContext context) {
        if (value == null || value.isOrdered()) {
            return true;
        }
        Violations.on(context, "end");
        return false;
    }
}

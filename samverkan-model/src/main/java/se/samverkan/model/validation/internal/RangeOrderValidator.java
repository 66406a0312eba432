package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.validation.RangeOrder;

/** Checks that a range's maximum is not below its minimum. */
public final class RangeOrderValidator implements ConstraintValidator<RangeOrder, IntRange> {

    @Override
    public boolean isValid(IntRange value, ConstraintValidatorContext context) {
        if (value == null || value.getMin() <= value.getMax()) {
            return true;
        }
        Violations.on(context, "max");
        return false;
    }
}

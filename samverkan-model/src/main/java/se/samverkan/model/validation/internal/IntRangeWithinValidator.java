package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.validation.IntRangeWithin;

/** Checks that both bounds of a range lie within the annotation's limits; reports each bound outside them. */
public final class IntRangeWithinValidator implements ConstraintValidator<IntRangeWithin, IntRange> {

    private int min;
    private int max;

    @Override
    public void initialize(IntRangeWithin annotation) {
        this.min = annotation.min();
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(IntRange value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        if (value.getMin() < min || value.getMin() > max) {
            Violations.on(context, "min");
            valid = false;
        }
        if (value.getMax() < min || value.getMax() > max) {
            Violations.on(context, "max");
            valid = false;
        }
        return valid;
    }
}

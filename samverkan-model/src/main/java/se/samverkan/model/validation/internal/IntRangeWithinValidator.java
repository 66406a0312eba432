package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.range.IntRange;
import se.samverkan.model.validation.IntRangeWithin;

/** Checks that both bounds of a range lie within the annotation's limits; reports each bound outside them. */
public final class IntRangeWithinValidator implements ConstraintValidator<IntRangeWithin, IntRange> {

    private static final String AT_LEAST = "{se.samverkan.validation.IntRangeWithin.atLeast}";

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
        // A range open upwards (sizes, counts) gets a message without the meaningless upper limit.
        String template = max == Integer.MAX_VALUE ? AT_LEAST : context.getDefaultConstraintMessageTemplate();
        boolean valid = true;
        if (value.getMin() < min || value.getMin() > max) {
            Violations.on(context, "min", template);
            valid = false;
        }
        if (value.getMax() < min || value.getMax() > max) {
            Violations.on(context, "max", template);
            valid = false;
        }
        return valid;
    }
}

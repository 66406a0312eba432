package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.project.ResourceExtent;
import se.samverkan.model.validation.ExactlyOneExtent;

/** Checks that exactly one of fte, days and hours per week is given. */
public final class ExactlyOneExtentValidator implements ConstraintValidator<ExactlyOneExtent, ResourceExtent> {

    @Override
    public boolean isValid(ResourceExtent value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int given = (value.getFte().isPresent() ? 1 : 0) + (value.getDays().isPresent() ? 1 : 0)
            + (value.getHoursPerWeek().isPresent() ? 1 : 0);
        return given == 1;
    }
}

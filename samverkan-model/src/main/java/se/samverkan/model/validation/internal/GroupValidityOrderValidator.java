package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.structure.CooperationGroup;
import se.samverkan.model.validation.EndNotBeforeStart;

/** Checks that a cooperation group's {@code validTo}, when both bounds are given, is not before its {@code validFrom}. */
public final class GroupValidityOrderValidator implements ConstraintValidator<EndNotBeforeStart, CooperationGroup> {

    @Override
    public boolean isValid(CooperationGroup value, ConstraintValidatorContext context) {
        if (value == null || value.getValidFrom().isEmpty() || value.getValidTo().isEmpty()
                || !value.getValidTo().get().isBefore(value.getValidFrom().get())) {
            return true;
        }
        Violations.on(context, "validTo");
        return false;
    }
}

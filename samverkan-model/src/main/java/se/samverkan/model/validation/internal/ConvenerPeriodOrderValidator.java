package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.structure.ConvenerPeriod;
import se.samverkan.model.validation.EndNotBeforeStart;

/** Checks that an open-ended convener period's end, if given, is not before its start. */
public final class ConvenerPeriodOrderValidator implements ConstraintValidator<EndNotBeforeStart, ConvenerPeriod> {

    @Override
    public boolean isValid(ConvenerPeriod value, ConstraintValidatorContext context) {
        if (value == null || value.isOrdered()) {
            return true;
        }
        Violations.on(context, "end");
        return false;
    }
}

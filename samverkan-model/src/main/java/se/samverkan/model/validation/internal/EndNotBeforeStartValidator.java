package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.validation.EndNotBeforeStart;

/** Checks that a participation's end, if given, is not before its start. */
public final class EndNotBeforeStartValidator implements ConstraintValidator<EndNotBeforeStart, Participation> {

    @Override
    public boolean isValid(Participation value, ConstraintValidatorContext context) {
        if (value == null || value.getEnd().isEmpty() || !value.getEnd().get().isBefore(value.getStart())) {
            return true;
        }
        Violations.on(context, "end");
        return false;
    }
}

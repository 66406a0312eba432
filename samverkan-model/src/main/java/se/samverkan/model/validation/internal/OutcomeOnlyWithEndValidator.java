package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.validation.OutcomeOnlyWithEnd;

/** Checks that an exit outcome comes with an end date. */
public final class OutcomeOnlyWithEndValidator implements ConstraintValidator<OutcomeOnlyWithEnd, Participation> {

    @Override
    public boolean isValid(Participation value, ConstraintValidatorContext context) {
        if (value == null || value.getExitOutcome().isEmpty() || value.getEnd().isPresent()) {
            return true;
        }
        Violations.on(context, "exitOutcome");
        return false;
    }
}

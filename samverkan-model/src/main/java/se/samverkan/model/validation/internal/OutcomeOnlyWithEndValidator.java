package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.validation.OutcomeOnlyWithEnd;

/** Checks that an exit outcome comes with an end date. */
public final class OutcomeOnlyWithEndValidator implements ConstraintValidator<OutcomeOnlyWithEnd, Participation> {

    @Override
    public boolean isValid(Participation value, ConstraintValidatorContext context) {
        if (value == null || holds(value)) {
            return true;
        }
        Violations.on(context, "exitOutcome");
        return false;
    }

    /**
     * Whether a participation satisfies {@link OutcomeOnlyWithEnd}: no exit outcome, or an end date. The
     * validator and the participant fast path of {@code SamverkanValidator} share this rule.
     *
     * @param value the participation, not null
     * @return true when the constraint holds
     * @throws NullPointerException if {@code value} is null
     */
    public static boolean holds(Participation value) {
        return value.getExitOutcome().isEmpty() || value.getEnd().isPresent();
    }
}

package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.validation.EndNotBeforeStart;

/** Checks that a participation's end, if given, is not before its start. */
public final class EndNotBeforeStartValidator implements ConstraintValidator<EndNotBeforeStart, Participation> {

    @Override
    public boolean isValid(Participation value, ConstraintValidatorContext context) {
        if (value == null || holds(value)) {
            return true;
        }
        Violations.on(context, "end");
        return false;
    }

    /**
     * Whether a participation satisfies {@link EndNotBeforeStart}: no end, or an end on or after the
     * start. The validator and the participant fast path of {@code SamverkanValidator} share this rule.
     *
     * @param value the participation, not null
     * @return true when the constraint holds
     * @throws NullPointerException if {@code value} is null
     */
    public static boolean holds(Participation value) {
        Optional<LocalDate> end = value.getEnd();
        return end.isEmpty() || !end.get().isBefore(value.getStart());
    }
}

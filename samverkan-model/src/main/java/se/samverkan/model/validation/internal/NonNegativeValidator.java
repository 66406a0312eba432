package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.money.Amount;
import se.samverkan.model.validation.NonNegative;

/** Checks that an amount is zero or more. */
public final class NonNegativeValidator implements ConstraintValidator<NonNegative, Amount> {

    @Override
    public boolean isValid(Amount value, ConstraintValidatorContext context) {
        return value == null || !value.isNegative();
    }
}

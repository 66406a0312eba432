package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.money.Amount;
import se.samverkan.model.validation.StatedAmount;

/** Checks that an amount stated in a document has no more integer digits than a document may hold. */
public final class StatedAmountValidator implements ConstraintValidator<StatedAmount, Amount> {

    @Override
    public boolean isValid(Amount value, ConstraintValidatorContext context) {
        return value == null || value.isWithinDocumentBound();
    }
}

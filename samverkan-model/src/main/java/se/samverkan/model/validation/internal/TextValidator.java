package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.validation.Text;

/** Checks that a text is not blank and not longer than its maximum. */
public final class TextValidator implements ConstraintValidator<Text, String> {

    private static final String TOO_LONG = "{se.samverkan.validation.Text.tooLong}";

    private int max;

    @Override
    public void initialize(Text annotation) {
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value.isBlank()) {
            return false;
        }
        if (value.length() > max) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(TOO_LONG).addConstraintViolation();
            return false;
        }
        return true;
    }
}

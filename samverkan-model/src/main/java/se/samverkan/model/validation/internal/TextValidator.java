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
        if (holds(value, max)) {
            return true;
        }
        if (value.isBlank()) {
            return false;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(TOO_LONG).addConstraintViolation();
        return false;
    }

    /**
     * Whether a text satisfies {@link Text}: absent, or not blank and at most {@code max} characters
     * (UTF-16 code units, as {@link String#length()} counts them). The validator and the participant
     * fast path of {@code SamverkanValidator} share this rule; it allocates nothing.
     *
     * @param value the text, may be null
     * @param max the largest number of characters
     * @return true when the constraint holds
     */
    public static boolean holds(String value, int max) {
        return value == null || (value.length() <= max && !value.isBlank());
    }
}

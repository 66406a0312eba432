package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.goal.IndicatorType;
import se.samverkan.model.validation.IndicatorComplete;

/**
 * Checks that an indicator has the fields its type needs ({@code missing}) and none of another type's
 * ({@code notApplicable}); every problem is reported on its own field.
 */
public final class IndicatorCompleteValidator implements ConstraintValidator<IndicatorComplete, Indicator> {

    private static final String MISSING = "{se.samverkan.validation.IndicatorComplete.missing}";
    private static final String NOT_APPLICABLE = "{se.samverkan.validation.IndicatorComplete.notApplicable}";

    @Override
    public boolean isValid(Indicator value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        IndicatorType type = value.getType();
        boolean exit = type == IndicatorType.EXIT_OUTCOME_SHARE || type == IndicatorType.EXIT_OUTCOME_COUNT;
        boolean survey = type == IndicatorType.SURVEY_SHARE;
        boolean reported = type == IndicatorType.REPORTED;
        boolean valid = true;
        valid &= check(context, "outcomes", exit, !value.getOutcomes().isEmpty());
        valid &= check(context, "question", survey, value.getQuestion().isPresent());
        valid &= check(context, "threshold", survey, value.getThreshold().isPresent());
        valid &= check(context, "reported", reported ? null : Boolean.FALSE, value.getReported().isPresent());
        valid &= check(context, "achieved", reported ? null : Boolean.FALSE, value.getAchieved() != null);
        if (reported && value.getReported().isPresent() && value.getAchieved() != null) {
            report(context, "achieved", NOT_APPLICABLE);
            valid = false;
        }
        return valid;
    }

    /** {@code needed}: TRUE required, FALSE forbidden, null optional. */
    private static boolean check(ConstraintValidatorContext context, String field, Boolean needed, boolean present) {
        if (Boolean.TRUE.equals(needed) && !present) {
            report(context, field, MISSING);
            return false;
        }
        if (Boolean.FALSE.equals(needed) && present) {
            report(context, field, NOT_APPLICABLE);
            return false;
        }
        return true;
    }

    private static boolean check(ConstraintValidatorContext context, String field, boolean needed, boolean present) {
        return check(context, field, needed ? Boolean.TRUE : Boolean.FALSE, present);
    }

    private static void report(ConstraintValidatorContext context, String field, String template) {
        context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
    }
}

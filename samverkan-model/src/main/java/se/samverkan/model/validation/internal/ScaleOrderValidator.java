package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.project.SurveyQuestion;
import se.samverkan.model.validation.ScaleOrder;

/** Checks that a survey question's scale maximum is not below its minimum. */
public final class ScaleOrderValidator implements ConstraintValidator<ScaleOrder, SurveyQuestion> {

    @Override
    public boolean isValid(SurveyQuestion value, ConstraintValidatorContext context) {
        if (value == null || value.getMin() <= value.getMax()) {
            return true;
        }
        Violations.on(context, "max");
        return false;
    }
}

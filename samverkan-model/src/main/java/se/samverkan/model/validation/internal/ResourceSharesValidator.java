package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.stream.Collectors;
import se.samverkan.model.project.FundingShare;
import se.samverkan.model.project.Resource;
import se.samverkan.model.validation.SharesSumToOne;

/** Checks that a resource's funding shares, when given, sum to exactly 1. */
public final class ResourceSharesValidator implements ConstraintValidator<SharesSumToOne, Resource> {

    @Override
    public boolean isValid(Resource value, ConstraintValidatorContext context) {
        if (value == null || value.getFundedBy().isEmpty()
            || ShareSum.isWhole(value.getFundedBy().stream().map(FundingShare::getShare).collect(Collectors.toList()))) {
            return true;
        }
        Violations.on(context, "fundedBy");
        return false;
    }
}

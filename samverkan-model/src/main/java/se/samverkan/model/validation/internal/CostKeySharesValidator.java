package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.stream.Collectors;
import se.samverkan.model.association.CostKey;
import se.samverkan.model.association.KeyMethod;
import se.samverkan.model.association.KeyShare;
import se.samverkan.model.validation.SharesSumToOne;

/** Checks that an agreed key's shares sum to exactly 1 and that a population key lists none. */
public final class CostKeySharesValidator implements ConstraintValidator<SharesSumToOne, CostKey> {

    @Override
    public boolean isValid(CostKey value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value.getMethod() == KeyMethod.POPULATION) {
            if (value.getShares().isEmpty()) {
                return true;
            }
            Violations.on(context, "shares", "{se.samverkan.validation.PopulationKeyShares.message}");
            return false;
        }
        if (ShareSum.isWhole(value.getShares().stream().map(KeyShare::getShare).collect(Collectors.toList()))) {
            return true;
        }
        Violations.on(context, "shares");
        return false;
    }
}

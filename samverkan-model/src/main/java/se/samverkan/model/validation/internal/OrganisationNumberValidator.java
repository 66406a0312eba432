package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import se.samverkan.model.validation.OrganisationNumber;

/** Checks the form {@code NNNNNN-NNNN} and the Luhn check digit of an organisationsnummer. */
public final class OrganisationNumberValidator implements ConstraintValidator<OrganisationNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value.length() != 11 || value.charAt(6) != '-') {
            return false;
        }
        int sum = 0;
        int position = 0;
        for (int i = 0; i < 11; i++) {
            if (i == 6) {
                continue;
            }
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            if (position < 9) {
                int weighted = position % 2 == 0 ? digit * 2 : digit;
                sum += weighted > 9 ? weighted - 9 : weighted;
            } else {
                return (10 - sum % 10) % 10 == digit;
            }
            position++;
        }
        return false;
    }
}

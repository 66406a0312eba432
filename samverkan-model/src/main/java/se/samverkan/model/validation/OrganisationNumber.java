package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.OrganisationNumberValidator;

/**
 * A Swedish organisation number (<i>organisationsnummer</i>): {@code NNNNNN-NNNN} whose last digit is the
 * Luhn check digit of the first nine. A null value is valid.
 *
 * <p>Message key: {@code se.samverkan.validation.OrganisationNumber.message}.
 */
@Documented
@Constraint(validatedBy = {OrganisationNumberValidator.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationNumber {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.OrganisationNumber.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}

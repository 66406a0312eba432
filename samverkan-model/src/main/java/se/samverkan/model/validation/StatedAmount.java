package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.money.Amount;
import se.samverkan.model.validation.internal.StatedAmountValidator;

/**
 * An amount of money stated in a document (<i>angivet belopp</i>: a budget line, a year's funding, an ESF
 * grant): at most {@value Amount#MAX_INTEGER_DIGITS} integer digits, as {@link Amount#isWithinDocumentBound()}
 * decides. Totals computed from such amounts are not bounded. A null value is valid.
 *
 * <p>Message key: {@code se.samverkan.validation.StatedAmount.message}.
 */
@Documented
@Constraint(validatedBy = {StatedAmountValidator.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface StatedAmount {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.StatedAmount.message}";

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

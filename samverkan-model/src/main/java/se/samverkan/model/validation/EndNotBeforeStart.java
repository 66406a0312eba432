package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.ConvenerPeriodOrderValidator;
import se.samverkan.model.validation.internal.EndNotBeforeStartValidator;
import se.samverkan.model.validation.internal.GroupValidityOrderValidator;

/**
 * An end that, if given, is on or after its start: a participation's (<i>deltagande</i>) {@code end}, an
 * open-ended convener period's {@code end}, a cooperation group's {@code validTo} (after its
 * {@code validFrom}); reported on the end.
 *
 * <p>Message key: {@code se.samverkan.validation.EndNotBeforeStart.message}.
 */
@Documented
@Constraint(validatedBy = {EndNotBeforeStartValidator.class, ConvenerPeriodOrderValidator.class,
    GroupValidityOrderValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EndNotBeforeStart {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.EndNotBeforeStart.message}";

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

package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.BetweenUpperValidator;

/**
 * A target (<i>målvärde</i>) whose {@code upper} is given, and at least {@code value}, exactly when the
 * comparator is {@code BETWEEN}; reported on {@code upper}.
 *
 * <p>Message key: {@code se.samverkan.validation.BetweenUpper.message}.
 */
@Documented
@Constraint(validatedBy = {BetweenUpperValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BetweenUpper {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.BetweenUpper.message}";

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

package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.ExactlyOneExtentValidator;

/**
 * A resource extent (<i>omfattning</i>) that gives exactly one of {@code fte}, {@code days} and {@code
 * hoursPerWeek}.
 *
 * <p>Message key: {@code se.samverkan.validation.ExactlyOneExtent.message}.
 */
@Documented
@Constraint(validatedBy = {ExactlyOneExtentValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExactlyOneExtent {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.ExactlyOneExtent.message}";

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

package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.IndicatorCompleteValidator;

/**
 * An indicator (<i>indikator</i>) that has the fields its type needs and none of another type's
 * (docs/format.md).
 *
 * <p>Message key: {@code se.samverkan.validation.IndicatorComplete.message}.
 */
@Documented
@Constraint(validatedBy = {IndicatorCompleteValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IndicatorComplete {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.IndicatorComplete.message}";

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

package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.TargetInScaleValidator;

/**
 * A goal (<i>mål</i>) whose target (<i>målvärde</i>) fits its indicator: percent within 0–100 for shares,
 * whole numbers ≥ 0 for counts; reported on {@code target/value} or {@code target/upper}.
 *
 * <p>Message key: {@code se.samverkan.validation.TargetInScale.message}.
 */
@Documented
@Constraint(validatedBy = {TargetInScaleValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TargetInScale {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.TargetInScale.message}";

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

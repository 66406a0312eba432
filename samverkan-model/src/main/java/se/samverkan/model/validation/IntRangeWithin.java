package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.IntRangeWithinValidator;

/**
 * An integer range (<i>intervall</i>) whose bounds lie within {@link #min()}..{@link #max()}. A null
 * value is valid.
 *
 * <p>Message key: {@code se.samverkan.validation.IntRangeWithin.message}.
 */
@Documented
@Constraint(validatedBy = {IntRangeWithinValidator.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface IntRangeWithin {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.IntRangeWithin.message}";

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

    /**
     * The lowest allowed bound.
     *
     * @return the minimum
     */
    int min() default 0;

    /**
     * The highest allowed bound.
     *
     * @return the maximum
     */
    int max() default Integer.MAX_VALUE;
}

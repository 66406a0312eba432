package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A document-local id (<i>lokalt id</i>): 1–64 characters, {@code [a-z0-9][a-z0-9._-]*} (docs/format.md). A
 * null value is valid (absence is checked elsewhere).
 *
 * <p>Message key: {@code se.samverkan.validation.Id.message}.
 */
@Documented
@Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Id {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.Id.message}";

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

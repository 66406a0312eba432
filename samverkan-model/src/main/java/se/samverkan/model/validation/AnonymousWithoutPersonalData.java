package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.AnonymousWithoutPersonalDataValidator;

/**
 * An anonymous participant (<i>anonym deltagare</i>) that carries only gender, birth year and dates: no
 * education level, and no authority contacts, income sources or survey answers in any participation
 * (docs/domain.md). Reported on each offending field.
 *
 * <p>Message key: {@code se.samverkan.validation.AnonymousWithoutPersonalData.message}.
 */
@Documented
@Constraint(validatedBy = {AnonymousWithoutPersonalDataValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AnonymousWithoutPersonalData {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.AnonymousWithoutPersonalData.message}";

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

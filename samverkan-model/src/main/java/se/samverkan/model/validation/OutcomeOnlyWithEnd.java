package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.OutcomeOnlyWithEndValidator;

/**
 * A participation (<i>deltagande</i>) whose exit outcome (<i>status vid avslut</i>) is given only
 * together with an end date (reporting rule {@code OUTCOME_WITHOUT_END}, docs/problems.md); reported on
 * {@code exitOutcome}.
 *
 * <p>Message key: {@code se.samverkan.rule.OUTCOME_WITHOUT_END}.
 */
@Documented
@Constraint(validatedBy = {OutcomeOnlyWithEndValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OutcomeOnlyWithEnd {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.rule.OUTCOME_WITHOUT_END}";

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

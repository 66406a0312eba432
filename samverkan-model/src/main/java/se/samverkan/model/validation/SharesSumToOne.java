package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.CostKeySharesValidator;
import se.samverkan.model.validation.internal.ResourceSharesValidator;

/**
 * Shares (<i>andelar</i>) that sum to exactly 1: a resource's {@code fundedBy}, or an agreed key's {@code
 * shares} (reporting rule {@code FUNDING_SHARES_NOT_WHOLE}, docs/problems.md). A population key must list no
 * shares.
 *
 * <p>Message key: {@code se.samverkan.rule.FUNDING_SHARES_NOT_WHOLE}.
 */
@Documented
@Constraint(validatedBy = {ResourceSharesValidator.class, CostKeySharesValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SharesSumToOne {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.rule.FUNDING_SHARES_NOT_WHOLE}";

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

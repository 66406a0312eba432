package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.CellsWithinBandsValidator;

/**
 * An expected table (<i>förväntat antal</i>) whose cells and column totals name existing age bands, one
 * cell per gender and band.
 *
 * <p>Message key: {@code se.samverkan.validation.CellsWithinBands.message}.
 */
@Documented
@Constraint(validatedBy = {CellsWithinBandsValidator.class})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CellsWithinBands {

    /**
     * The message template; by default this constraint's key.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.CellsWithinBands.message}";

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

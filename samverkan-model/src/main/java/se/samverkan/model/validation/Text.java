package se.samverkan.model.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.samverkan.model.validation.internal.TextValidator;

/**
 * A text such as a name (<i>namn</i>), title (<i>rubrik</i>) or description (<i>beskrivning</i>): not
 * blank and at most {@link #max()} characters. A null value (an absent optional text) is valid.
 *
 * <p>Message keys: {@code se.samverkan.validation.Text.blank} and
 * {@code se.samverkan.validation.Text.tooLong}.
 */
@Documented
@Constraint(validatedBy = {TextValidator.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    /**
     * The message template for a blank text.
     *
     * @return the template
     */
    String message() default "{se.samverkan.validation.Text.blank}";

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
     * The largest number of characters.
     *
     * @return the maximum length
     */
    int max();
}

package se.samverkan.model.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Builds a class-level constraint's violation on a named property instead of on the object. */
final class Violations {

    private Violations() {
    }

    /** Reports the constraint's default message on {@code property} (a path such as "target.value"). */
    static void on(ConstraintValidatorContext context, String property) {
        on(context, property, context.getDefaultConstraintMessageTemplate());
    }

    /** Reports {@code template} on {@code property}; dots in {@code property} separate nested nodes. */
    static void on(ConstraintValidatorContext context, String property, String template) {
        context.disableDefaultConstraintViolation();
        var builder = context.buildConstraintViolationWithTemplate(template);
        String[] nodes = property.split("\\.");
        var node = builder.addPropertyNode(nodes[0]);
        for (int i = 1; i < nodes.length; i++) {
            node = node.addPropertyNode(nodes[i]);
        }
        node.addConstraintViolation();
    }
}

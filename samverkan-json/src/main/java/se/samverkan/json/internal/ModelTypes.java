package se.samverkan.json.internal;

/**
 * Which classes are the model's own, and so get the module's codecs: those in {@code se.samverkan.model} or
 * a package under it (value types, their Immutables implementations and builders, the model's enums). Every
 * other class of an application's mapper keeps the mapper's own (de)serializers.
 */
final class ModelTypes {

    private static final String MODEL_PACKAGE = "se.samverkan.model.";

    private ModelTypes() {
    }

    /** Whether {@code type} is one of the model's classes, nested ones included. */
    static boolean contains(Class<?> type) {
        return type.getName().startsWith(MODEL_PACKAGE);
    }
}

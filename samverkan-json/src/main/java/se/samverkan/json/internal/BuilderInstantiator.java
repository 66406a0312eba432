package se.samverkan.json.internal;

import java.util.function.Supplier;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;

/**
 * Creates an Immutables builder through its public static factory ({@code ImmutableX.builder()}), so
 * Jackson never needs reflective access to the builder's private constructor (no {@code opens} under
 * JPMS).
 */
final class BuilderInstantiator extends ValueInstantiator.Base {

    private final Supplier<?> factory;

    BuilderInstantiator(Class<?> builderType, Supplier<?> factory) {
        super(builderType);
        this.factory = factory;
    }

    @Override
    public boolean canCreateUsingDefault() {
        return true;
    }

    @Override
    public boolean canInstantiate() {
        return true;
    }

    @Override
    public Object createUsingDefault(DeserializationContext ctxt) {
        return factory.get();
    }
}

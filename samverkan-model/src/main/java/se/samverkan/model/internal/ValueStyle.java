package se.samverkan.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every value of the model: JavaBean accessors ({@code getName()},
 * {@code isAnonymous()}) so that Jakarta Bean Validation sees the constraints, and builder methods
 * without the prefix ({@code name(..)}). Not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    jdkOnly = true,
    optionalAcceptNullable = true,
    defaults = @Value.Immutable(copy = true, prehash = false),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC)
public @interface ValueStyle {
}

package se.samverkan.json.internal;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Makes every code (<i>kod</i>) exact (docs/format.md): databind's enum deserializer trims the text and
 * would read {@code " MAN "} as {@code MAN}, a silent coercion. Each deserializer of a model enum is
 * wrapped so that a string which is not exactly a constant's name is refused with the same exception as an
 * unknown code, and so reported with the same problem, pointer and place. An application's own enums in
 * the same mapper ({@link ModelTypes}) keep databind's reading.
 */
final class ExactEnumCodes extends ValueDeserializerModifier {

    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
        if (!ModelTypes.contains(type.getRawClass())) {
            return deserializer;
        }
        return new Exact(type.getRawClass(), names(type.getRawClass()), deserializer);
    }

    private static Set<String> names(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return Set.copyOf(names);
    }

    /** One enum's deserializer, refusing any string that is not exactly a constant's name. */
    private static final class Exact extends DelegatingDeserializer {

        private final Class<?> type;
        private final Set<String> names;

        Exact(Class<?> type, Set<String> names, ValueDeserializer<?> delegate) {
            super(delegate);
            this.type = type;
            this.names = names;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Exact(type, names, delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getString();
                if (!names.contains(text)) {
                    throw ctxt.weirdStringException(text, type, "not one of the codes of the format");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}

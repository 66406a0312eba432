package se.samverkan.json.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.ContainerDeserializerBase;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;
import tools.jackson.databind.type.ReferenceType;

/**
 * Lets a read that collects problems ({@link ProblemLog}) go on after a value that does not fit the
 * format. Every model value's deserializer is wrapped: when it fails, the problem is recorded (once: a
 * failure caused by one already recorded inside the value is not), the parser moves past the value and
 * the value is {@code null}. Every property of a model type is wrapped too: a property whose value failed
 * is left unset, so its object goes on with its next property; the elements of an array after one that
 * failed are still read and checked. An object that cannot be built for lack of a
 * property that failed is a consequence, not a new problem; one missing a property that was never there is
 * reported as missing. Unknown properties are recorded and skipped by {@link #unknownProperties()}.
 *
 * <p>Without a log in the read, every wrapper passes the failure on unchanged. The code of an enum is first
 * made exact by {@link ExactEnumCodes}.
 */
final class ProblemRecovery extends ValueDeserializerModifier {

    private static final long serialVersionUID = 1L;

    private final ExactEnumCodes exactCodes = new ExactEnumCodes();

    /** The handler that records an unknown property and skips its value. */
    static DeserializationProblemHandler unknownProperties() {
        return new UnknownProperties();
    }

    @Override
    public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier beanDescRef,
            ValueDeserializer<?> deserializer) {
        return new Value(deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
        return new Value(exactCodes.modifyEnumDeserializer(config, type, beanDescRef, deserializer));
    }

    @Override
    public ValueDeserializer<?> modifyReferenceDeserializer(DeserializationConfig config, ReferenceType type,
            BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
        return new Value(deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
            BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
        return new Value(deserializer);
    }

    @Override
    public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
            BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
        return new Value(deserializer);
    }

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier beanDescRef,
            BeanDeserializerBuilder builder) {
        List<SettableBeanProperty> properties = new ArrayList<>();
        for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext();) {
            properties.add(it.next());
        }
        for (SettableBeanProperty property : properties) {
            if (!(property instanceof Property)) {
                builder.addOrReplaceProperty(new Property(property), true);
            }
        }
        return builder;
    }

    /** One value's deserializer: on a problem, recorded once, the value is skipped and {@code null}. */
    private static final class Value extends DelegatingDeserializer {

        Value(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Value(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            ProblemLog log = ProblemLog.of(ctxt);
            if (log == null) {
                return super.deserialize(p, ctxt);
            }
            int before = log.count();
            JsonToken start = p.currentToken();
            int depth = ProblemLog.depth(p);
            log.enter();
            try {
                return super.deserialize(p, ctxt);
            } catch (RuntimeException e) {
                if (start == JsonToken.START_ARRAY && _delegatee instanceof ContainerDeserializerBase
                        && ProblemLog.depth(p) >= depth) {
                    // Inside the array: the elements after the one that failed are still checked.
                    log.note(e, before);
                    checkRest(p, ctxt, log, depth);
                } else {
                    log.recover(e, before, start, depth);
                }
                return null;
            } finally {
                log.exit();
            }
        }

        /**
         * Reads the elements of the array at {@code depth} after the one that failed, recording their
         * problems, up to the array's end; what they hold is dropped with the array.
         */
        private void checkRest(JsonParser p, DeserializationContext ctxt, ProblemLog log, int depth) {
            JsonToken token = p.currentToken();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && ProblemLog.depth(p) == depth + 1) {
                p.skipChildren();
            }
            ValueDeserializer<Object> content = contentDeserializer(ctxt);
            for (token = p.nextToken(); token != null && !(token == JsonToken.END_ARRAY && ProblemLog.depth(p) == depth - 1);
                    token = p.nextToken()) {
                int before = log.count();
                int elementDepth = ProblemLog.depth(p);
                try {
                    if (token == JsonToken.VALUE_NULL) {
                        log.record(ProblemType.NULL_NOT_ALLOWED, new String[0], new String[0]);
                    } else {
                        content.deserialize(p, ctxt);
                    }
                } catch (RuntimeException e) {
                    log.recover(e, before, token, elementDepth);
                }
            }
        }

        private ValueDeserializer<Object> contentDeserializer(DeserializationContext ctxt) {
            ContainerDeserializerBase<?> container = (ContainerDeserializerBase<?>) _delegatee;
            ValueDeserializer<Object> content = container.getContentDeserializer();
            return content != null ? content : ctxt.findRootValueDeserializer(container.getContentType());
        }
    }

    /** One property of a model type: on a problem in its value, recorded once, the property is left unset. */
    private static final class Property extends SettableBeanProperty.Delegating {

        private static final long serialVersionUID = 1L;

        Property(SettableBeanProperty delegate) {
            super(delegate);
        }

        @Override
        protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
            return new Property(delegate);
        }

        @Override
        public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) {
            ProblemLog log = ProblemLog.of(ctxt);
            if (log == null) {
                delegate.deserializeAndSet(p, ctxt, instance);
                return;
            }
            int before = log.count();
            JsonToken start = p.currentToken();
            int depth = ProblemLog.depth(p);
            try {
                delegate.deserializeAndSet(p, ctxt, instance);
            } catch (RuntimeException e) {
                log.recover(e, before, start, depth);
                log.failedProperty(getName());
            }
        }

        @Override
        public Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance) {
            ProblemLog log = ProblemLog.of(ctxt);
            if (log == null) {
                return delegate.deserializeSetAndReturn(p, ctxt, instance);
            }
            int before = log.count();
            JsonToken start = p.currentToken();
            int depth = ProblemLog.depth(p);
            try {
                return delegate.deserializeSetAndReturn(p, ctxt, instance);
            } catch (RuntimeException e) {
                log.recover(e, before, start, depth);
                log.failedProperty(getName());
                return instance;
            }
        }
    }

    /** Records an unknown property, with the names allowed there, and skips its value. */
    private static final class UnknownProperties extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deser,
                Object beanOrClass, String propertyName) {
            ProblemLog log = ProblemLog.of(ctxt);
            if (log == null) {
                return false;
            }
            log.record(UnrecognizedPropertyException.from(p, beanOrClass, propertyName,
                deser == null ? null : deser.getKnownPropertyNames()));
            p.skipChildren();
            return true;
        }
    }
}

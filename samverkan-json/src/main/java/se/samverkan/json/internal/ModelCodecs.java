package se.samverkan.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Chooses the model's strict codecs of plain decimals ({@link DecimalCodec}) and dates ({@link DateCodec})
 * for the properties of the model's own types, and for nothing else: a {@code BigDecimal} or
 * {@code LocalDate} of an application's class, in the same mapper, keeps the mapper's own (de)serializer.
 *
 * <p>A property is the model's when the class that declares its accessor (the value type, its Immutables
 * implementation or builder) is one of {@link ModelTypes}. A decimal or date held directly takes the codec
 * as its (de)serializer; one inside an {@code Optional}, a collection or a map's values takes it as the
 * content's. The answer is what {@code @JsonSerialize(using, contentUsing)}
 * and {@code @JsonDeserialize(using, contentUsing)} on each such property would give, decided here once.
 * Added after the mapper's annotation introspector, so a codec a mix-in names explicitly (the rates of a
 * valuation) wins. Stateless and thread-safe.
 */
final class ModelCodecs extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private static final DecimalCodec.Reader DECIMAL_READER = new DecimalCodec.Reader();
    private static final DecimalCodec.Writer DECIMAL_WRITER = new DecimalCodec.Writer();
    private static final DateCodec.Reader DATE_READER = new DateCodec.Reader();
    private static final DateCodec.Writer DATE_WRITER = new DateCodec.Writer();

    @Override
    public Object findSerializer(MapperConfig<?> config, Annotated member) {
        JavaType type = modelPropertyType(member);
        return type == null ? null : writer(type.getRawClass());
    }

    @Override
    public Object findContentSerializer(MapperConfig<?> config, Annotated member) {
        JavaType content = contentType(modelPropertyType(member));
        return content == null ? null : writer(content.getRawClass());
    }

    @Override
    public Object findDeserializer(MapperConfig<?> config, Annotated member) {
        JavaType type = modelPropertyType(member);
        return type == null ? null : reader(type.getRawClass());
    }

    @Override
    public Object findContentDeserializer(MapperConfig<?> config, Annotated member) {
        JavaType content = contentType(modelPropertyType(member));
        return content == null ? null : reader(content.getRawClass());
    }

    private static Object writer(Class<?> type) {
        if (type == BigDecimal.class) {
            return DECIMAL_WRITER;
        }
        return type == LocalDate.class ? DATE_WRITER : null;
    }

    private static Object reader(Class<?> type) {
        if (type == BigDecimal.class) {
            return DECIMAL_READER;
        }
        return type == LocalDate.class ? DATE_READER : null;
    }

    /**
     * The type of the value a member of a model type reads or writes (a setter's or builder method's
     * parameter, otherwise the member's own type), or null for any other member.
     */
    private static JavaType modelPropertyType(Annotated annotated) {
        if (!(annotated instanceof AnnotatedMember member) || !ModelTypes.contains(member.getDeclaringClass())) {
            return null;
        }
        if (member instanceof AnnotatedMethod method && method.getParameterCount() == 1) {
            return method.getParameterType(0);
        }
        return member.getType();
    }

    /** What an optional, a collection or a map's values hold; null for a type that holds none. */
    private static JavaType contentType(JavaType type) {
        if (type == null || !(type.isContainerType() || type.isReferenceType())) {
            return null;
        }
        return type.getContentType();
    }
}

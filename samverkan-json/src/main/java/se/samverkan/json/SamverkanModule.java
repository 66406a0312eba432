package se.samverkan.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.json.internal.ModelBindings;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module (<i>Jackson-modul</i>) for the whole samverkan model (docs/format.md): property names,
 * builders (so the
 * model's invariants hold for every value read), money and shares as strings, and the model's strict dates
 * and bounded decimals. For applications that keep their own {@code JsonMapper}.
 *
 * <p>The module also leaves absent values out of the model's objects (an empty optional or a null is not
 * written, as the format wants), so a plain mapper with this module writes a document property for
 * property as {@link SamverkanJson} does; only the mapper's own output settings (indentation) remain the
 * application's.
 *
 * <p>The module does not change how the values of any other class in the mapper are written or read. Its
 * strict dates and bounded decimals apply to the properties of the model's types (in
 * {@code se.samverkan.model} and its subpackages), also inside an {@code Optional} or a collection there,
 * and its exact codes to the model's enums; a {@code BigDecimal}, {@code LocalDate} or enum of one of the
 * application's own classes is written and read exactly as the same mapper without the module would.
 *
 * <p>The module maps types only. The hardening of docs/format.md (unknown properties, duplicate keys,
 * coercions, nulls, limits, problems with pointer and line) is configured on the mapper; for that use
 * {@link SamverkanJson}, which never exposes Jackson types.
 */
public final class SamverkanModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private static final JsonInclude.Value ABSENT_LEFT_OUT =
        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);

    /** A module registering every model type. */
    public SamverkanModule() {
        super("samverkan");
        ModelBindings.register(this);
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.appendAnnotationIntrospector(ModelBindings.propertyCodecs());
        for (Class<?> type : modelTypes()) {
            context.configOverride(type).setInclude(ABSENT_LEFT_OUT);
        }
    }

    /** Every model type the module maps, with its Immutables implementation, which is what is written. */
    private List<Class<?>> modelTypes() {
        List<Class<?>> types = new ArrayList<>();
        if (_mixins != null) {
            for (Class<?> type : _mixins.keySet()) {
                types.add(type);
                if (type.isMemberClass()) {
                    continue; // a builder: Immutables generates no class beside it, so none is looked for
                }
                try {
                    types.add(Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
                        type.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    // a type without an Immutables implementation: the type alone
                }
            }
        }
        return types;
    }
}

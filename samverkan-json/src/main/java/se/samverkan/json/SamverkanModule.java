package se.samverkan.json;

import se.samverkan.json.internal.ModelBindings;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module (<i>Jackson-modul</i>) for the whole samverkan model (docs/format.md): property names,
 * builders (so the
 * model's invariants hold for every value read), money and shares as strings, strict dates and bounded
 * decimals. For applications that keep their own {@code JsonMapper}.
 *
 * <p>The module maps types only. The hardening of docs/format.md (unknown properties, duplicate keys,
 * coercions, nulls, limits, problems with pointer and line) is configured on the mapper; for that use
 * {@link SamverkanJson}, which never exposes Jackson types.
 */
public final class SamverkanModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module registering every model type. */
    public SamverkanModule() {
        super("samverkan");
        ModelBindings.register(this);
    }
}

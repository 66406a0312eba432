/**
 * The samverkan JSON document format on Jackson 3: hardened reading, deterministic writing, streaming of
 * participants and the JSON Schema (JSON.md §1). Only {@code se.samverkan.json} is exported.
 */
module se.samverkan.json {
    requires transitive se.samverkan.model;
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;
    requires com.fasterxml.jackson.annotation;
    // The metrics output writer (se.samverkan.json.metrics); samverkan-metrics is an automatic module.
    requires samverkan.metrics;

    exports se.samverkan.json;
    exports se.samverkan.json.metrics;

    // Jackson reads the mix-ins' annotations and calls the (de)serializers of the internal package.
    opens se.samverkan.json.internal to tools.jackson.databind;
}

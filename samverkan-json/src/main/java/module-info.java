/**
 * The samverkan JSON document format on Jackson 3: hardened reading, deterministic writing, streaming of
 * participants and the JSON Schema (docs/format.md), and the metrics output (docs/cli.md). Only {@code se.samverkan.json}
 * and {@code se.samverkan.json.metrics} are exported; the second needs {@code se.samverkan.metrics} at run time.
 */
@SuppressWarnings("requires-automatic")
module se.samverkan.json {
    requires static org.jspecify;
    requires transitive se.samverkan.model;
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;
    requires com.fasterxml.jackson.annotation;
    // The model's classes carry Immutables annotations; javac and javadoc read them, nothing at run time.
    requires static org.immutables.value.annotations;
    // Only the metrics output writers (se.samverkan.json.metrics) use samverkan-metrics, to write its values;
    // reading and writing documents never does, so it is optional: an application that writes metrics
    // requires se.samverkan.metrics itself.
    requires static se.samverkan.metrics;

    exports se.samverkan.json;
    exports se.samverkan.json.metrics;

    // Jackson reads the mix-ins' annotations and calls the (de)serializers of the internal package.
    opens se.samverkan.json.internal to tools.jackson.databind;
}

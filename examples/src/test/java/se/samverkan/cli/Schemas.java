package se.samverkan.cli;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;

import se.samverkan.json.SamverkanJson;

/**
 * The published JSON Schemas as an integrator's validator applies them (draft 2020-12, formats asserted):
 * the metrics output's and the document's. {@link Cli} holds every {@code metrics} output of the tests to the
 * first, so the hand-written metrics schema cannot drift from what the tool writes.
 */
final class Schemas {

    private static final Schema METRICS = compile(SamverkanJson.metricsSchema());
    private static final Schema DOCUMENT = compile(SamverkanJson.schema());

    private Schemas() {
    }

    /** The metrics schema's complaints about a text, one line each; empty when it is valid. */
    static List<String> metricsErrors(String json) {
        return errors(METRICS, json);
    }

    /** The document schema's complaints about a text, one line each; empty when it is valid. */
    static List<String> documentErrors(String json) {
        return errors(DOCUMENT, json);
    }

    private static Schema compile(String schema) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema, InputFormat.JSON);
    }

    private static List<String> errors(Schema schema, String json) {
        List<Error> errors = schema.validate(json, InputFormat.JSON,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).collect(Collectors.toList());
    }
}

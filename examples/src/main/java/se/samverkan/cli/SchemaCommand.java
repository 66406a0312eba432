package se.samverkan.cli;

import picocli.CommandLine.Parameters;

import se.samverkan.json.SamverkanJson;

/**
 * {@code schema [document|metrics]} (docs/cli.md): prints the JSON Schema of the document (the default) or
 * of the {@code metrics} output; exit status 0, or 2 for any other argument.
 */
@picocli.CommandLine.Command(name = "schema")
final class SchemaCommand implements Command {

    /** Which schema a run prints. */
    enum Which {
        /** The document's schema. */
        DOCUMENT,
        /** The schema of the {@code metrics} output (plain, published view and series). */
        METRICS
    }

    @Parameters(paramLabel = "WHICH", arity = "0..1", descriptionKey = "which")
    Which which;

    @Override
    public int run(Terminal terminal) {
        return schema(which == null ? Which.DOCUMENT : which, terminal);
    }

    /** Prints the chosen JSON Schema. */
    static int schema(Which which, Terminal terminal) {
        String schema = which == Which.METRICS ? SamverkanJson.metricsSchema() : SamverkanJson.schema();
        terminal.out.print(schema);
        if (!schema.endsWith("\n")) {
            terminal.out.println();
        }
        return SamverkanCli.OK;
    }
}

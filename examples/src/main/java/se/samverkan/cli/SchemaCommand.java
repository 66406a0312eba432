package se.samverkan.cli;

import se.samverkan.json.SamverkanJson;

/** {@code schema} (docs/cli.md): prints the JSON Schema of the document; exit status 0. */
@picocli.CommandLine.Command(name = "schema")
final class SchemaCommand implements Command {

    @Override
    public int run(Terminal terminal) {
        return schema(terminal);
    }

    /** Prints the document's JSON Schema. */
    static int schema(Terminal terminal) {
        String schema = SamverkanJson.schema();
        terminal.out.print(schema);
        if (!schema.endsWith("\n")) {
            terminal.out.println();
        }
        return SamverkanCli.OK;
    }
}

package se.samverkan.cli;

import java.util.Set;

import se.samverkan.json.SamverkanJson;

/** {@code schema} (docs/cli.md): prints the JSON Schema of the document; exit status 0. */
final class SchemaCommand implements Command {

    @Override
    public String name() {
        return "schema";
    }

    @Override
    public Set<String> flags() {
        return Set.of();
    }

    @Override
    public Set<String> valued() {
        return Set.of();
    }

    @Override
    public int run(Arguments arguments, Terminal terminal) throws UsageException {
        arguments.noPositional(terminal.messages);
        String schema = SamverkanJson.schema();
        terminal.out.print(schema);
        if (!schema.endsWith("\n")) {
            terminal.out.println();
        }
        return SamverkanCli.OK;
    }
}

package se.samverkan.cli;

import java.util.List;
import java.util.Set;

import se.samverkan.json.SamverkanJson;

/**
 * {@code schema [document|metrics]} (docs/cli.md): prints the JSON Schema of the document (the default) or
 * of the {@code metrics} output; exit status 0, or 2 for any other argument.
 */
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
        List<String> which = arguments.positional();
        String schema;
        if (which.isEmpty() || which.equals(List.of("document"))) {
            schema = SamverkanJson.schema();
        } else if (which.equals(List.of("metrics"))) {
            schema = SamverkanJson.metricsSchema();
        } else {
            boolean firstKnown = which.get(0).equals("document") || which.get(0).equals("metrics");
            String unexpected = which.size() > 1 && firstKnown ? which.get(1) : which.get(0);
            throw new UsageException(terminal.messages.text("error.arguments.extra", unexpected));
        }
        terminal.out.print(schema);
        if (!schema.endsWith("\n")) {
            terminal.out.println();
        }
        return SamverkanCli.OK;
    }
}

package se.samverkan.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;

import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.tables.TableImport;
import se.samverkan.tables.TableImportException;
import se.samverkan.tables.TableKind;
import se.samverkan.tables.TemplateWriter;

/**
 * {@code import TABLE --header HEADER.json [--table participations|budget]}: reads a CSV or XLSX table
 * into the header document and prints the whole document; and {@code import --template [--table …]
 * [--format csv|xlsx] [--out PATH]}: writes the empty table to fill in.
 *
 * <p>A table with bad cells prints every problem (row, column, value, reason) on standard error and
 * nothing on standard output, and exits with 2. XLSX is never written to standard output.
 */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--template");
    }

    @Override
    public Set<String> valued() {
        return Set.of("--header", "--table", "--format", "--out");
    }

    @Override
    public int run(Arguments arguments, Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        String tableName = arguments.value("--table").orElse("participations");
        TableKind kind = TableKind.named(tableName).orElseThrow(() ->
            new UsageException(messages.text("error.table.kind", tableName)));
        if (arguments.has("--template")) {
            return template(arguments, kind, terminal);
        }
        for (String option : new String[] {"--format", "--out"}) {
            if (arguments.has(option)) {
                throw new UsageException(messages.text("error.option.unknown", option));
            }
        }
        String table = arguments.file(messages);
        String headerFile = arguments.value("--header")
            .orElseThrow(() -> new UsageException(messages.text("error.header.missing")));
        SamverkanJson json = SamverkanJson.create();
        SamverkanDocument header;
        try {
            header = Input.isStandardInput(headerFile) ? json.read(terminal.in)
                : json.read(Input.path(headerFile, messages));
        } catch (SamverkanJsonException e) {
            throw Input.problem(e, messages);
        }
        SamverkanDocument document;
        Path copy = null;
        try {
            Path path;
            if (Input.isStandardInput(table)) {
                copy = Files.createTempFile("samverkan-import", ".table");
                try (InputStream in = terminal.in) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                path = copy;
            } else {
                path = Input.path(table, messages);
            }
            // Each problem is printed as it is found: a table bad on every row is reported in full.
            document = TableImport.into(header).read(path, kind, problem ->
                terminal.err.println(messages.text("prefix") + messages.text("error.table.cell", problem.row(),
                    problem.column(), problem.value(), problem.message(messages.locale()))));
        } catch (TableImportException e) {
            terminal.err.println(messages.text("prefix") + messages.text("error.table.problems", e.count()));
            return SamverkanCli.BAD_INPUT;
        } catch (IOException e) {
            throw new UsageException(messages.text("error.table.unreadable", table));
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
        OutputStream out = new BufferedOutputStream(new NonClosingStream(terminal.out), 64 * 1024);
        json.write(document, out);
        out.write('\n');
        out.flush();
        return SamverkanCli.OK;
    }

    private static int template(Arguments arguments, TableKind kind, Terminal terminal)
        throws UsageException, IOException {
        Messages messages = terminal.messages;
        arguments.noPositional(messages);
        if (arguments.has("--header")) {
            throw new UsageException(messages.text("error.option.unknown", "--header"));
        }
        String format = arguments.value("--format").orElse("xlsx");
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new UsageException(messages.text("error.format", format, "csv, xlsx"));
        }
        Optional<String> out = arguments.value("--out");
        if (format.equals("xlsx") && out.isEmpty()) {
            throw new UsageException(messages.text("error.xlsx.stdout"));
        }
        if (out.isEmpty()) {
            TemplateWriter.csv(kind, messages.locale(), terminal.out);
            return SamverkanCli.OK;
        }
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(Path.of(out.get())))) {
            if (format.equals("csv")) {
                TemplateWriter.csv(kind, messages.locale(), stream);
            } else {
                TemplateWriter.xlsx(kind, messages.locale(), stream);
            }
        } catch (IOException e) {
            throw new UsageException(messages.text("error.out", out.get()));
        }
        return SamverkanCli.OK;
    }
}

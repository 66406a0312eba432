package se.samverkan.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
@picocli.CommandLine.Command(name = "import")
final class ImportCommand implements Command {

    /** The table; none with {@code --template}. */
    @Parameters(paramLabel = "TABLE", descriptionKey = "file", arity = "0..1")
    Path table;

    @Option(names = "--header")
    Path header;

    @Option(names = "--table")
    TableKind kind = TableKind.PARTICIPATIONS;

    @Option(names = "--template")
    boolean template;

    @Option(names = "--format")
    TemplateFormat format;

    @Option(names = "--out")
    Path out;

    @Override
    public int run(Terminal terminal) throws UsageException, IOException {
        Messages messages = terminal.messages;
        if (template) {
            if (table != null) {
                throw new UsageException(messages.text("error.arguments.extra", table));
            }
            if (header != null) {
                throw new UsageException(messages.text("error.option.unknown", "--header"));
            }
            return template(kind, format == null ? TemplateFormat.XLSX : format, Optional.ofNullable(out), terminal);
        }
        // --format and --out describe the template only.
        if (format != null) {
            throw new UsageException(messages.text("error.option.unknown", "--format"));
        }
        if (out != null) {
            throw new UsageException(messages.text("error.option.unknown", "--out"));
        }
        if (table == null) {
            throw new UsageException(messages.text("error.file.missing"));
        }
        if (header == null) {
            throw new UsageException(messages.text("error.header.missing"));
        }
        return importTable(table, header, kind, terminal);
    }

    /** Prints the document {@code headerFile} with the rows of {@code table} ({@code -}: standard input). */
    static int importTable(Path table, Path headerFile, TableKind kind, Terminal terminal)
        throws UsageException, IOException {
        Messages messages = terminal.messages;
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

    /** Writes the empty table of {@code kind} in {@code format}, to {@code out} or to standard output. */
    static int template(TableKind kind, TemplateFormat format, Optional<Path> out, Terminal terminal)
        throws UsageException, IOException {
        Messages messages = terminal.messages;
        if (format == TemplateFormat.XLSX && out.isEmpty()) {
            throw new UsageException(messages.text("error.xlsx.stdout"));
        }
        if (out.isEmpty()) {
            TemplateWriter.csv(kind, messages.locale(), terminal.out);
            return SamverkanCli.OK;
        }
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out.get()))) {
            if (format == TemplateFormat.CSV) {
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

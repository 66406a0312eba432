package se.samverkan.docs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkan.cli.SamverkanCli;

/**
 * The user documentation in {@code docs/} as the tests read it: the Markdown pages of the repository
 * (read from the module's base directory, {@code ../docs}), cut into sections and tables, and the
 * command-line tool run in this process as a user runs it.
 */
final class UserDocs {

    /** The documentation folder: tests run with the module directory as working directory. */
    static final Path DOCS = Path.of("..", "docs");

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*$");

    private UserDocs() {
    }

    /** The text of one page, such as {@code problems.md}. */
    static String page(String name) {
        try {
            return Files.readString(DOCS.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("docs/" + name + " cannot be read", e);
        }
    }

    /**
     * The sections of a page at one heading level: heading text → the lines under it, up to the next
     * heading of that level or a higher one.
     */
    static Map<String, String> sections(String page, int level) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : page.split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches() && heading.group(1).length() <= level) {
                if (current != null) {
                    sections.put(current, body.toString());
                }
                current = heading.group(1).length() == level ? heading.group(2) : null;
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString());
        }
        return sections;
    }

    /**
     * The tables of a text: each a list of rows (the header row first, the separator row left out),
     * each row a list of its cells, trimmed.
     */
    static List<List<List<String>>> tables(String text) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("|")) {
                table = null;
                continue;
            }
            if (table == null) {
                table = new ArrayList<>();
                tables.add(table);
            }
            List<String> cells = cells(trimmed);
            if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                table.add(cells);
            }
        }
        return tables;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** The names written in code spans in a cell: {@code `a`, `b`} gives a and b. */
    static List<String> codeSpans(String cell) {
        List<String> names = new ArrayList<>();
        Matcher span = Pattern.compile("`([^`]+)`").matcher(cell);
        while (span.find()) {
            names.add(span.group(1));
        }
        return names;
    }

    /** What one run of the tool printed, and its exit status. */
    record Run(int status, String out, String err) {
    }

    /** Runs {@code java -jar samverkan-cli.jar args…} in this process with the given standard input. */
    static Run tool(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SamverkanCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

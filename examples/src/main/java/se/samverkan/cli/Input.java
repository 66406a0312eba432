package se.samverkan.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJsonException;

/**
 * The FILE argument of a command: a path, or {@code -} for standard input (picocli hands it over as a
 * {@link Path}, the text as typed); and the message a user sees when the input cannot be read (line,
 * column and JSON Pointer of every problem).
 */
final class Input {

    static final String STANDARD_INPUT = "-";

    private Input() {
    }

    static boolean isStandardInput(String file) {
        return STANDARD_INPUT.equals(file);
    }

    static boolean isStandardInput(Path file) {
        return isStandardInput(file.toString());
    }

    /** The path of a FILE argument that is not {@code -}, checked to be a readable regular file. */
    static Path path(Path file, Messages messages) throws UsageException {
        return path(file.toString(), messages);
    }

    /** The path of a FILE argument that is not {@code -}, checked to be a readable regular file. */
    static Path path(String file, Messages messages) throws UsageException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException(messages.text("error.file.notFound", file));
        }
        if (!Files.exists(path)) {
            throw new UsageException(messages.text("error.file.notFound", file));
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UsageException(messages.text("error.file.unreadable", file));
        }
        return path;
    }

    /**
     * The message of an unreadable document: every problem the reader reported, one a line in the order of
     * the text (place and text), each line after the first with the tool's prefix, and, for more than one,
     * a last line with their number.
     */
    static UsageException problem(SamverkanJsonException e, Messages messages) {
        return problem(e, messages, null);
    }

    /**
     * The message of a problem file other than the document, such as a valuation's parameters file: as
     * {@link #problem(SamverkanJsonException, Messages)}, with every line, the count included, naming the file.
     */
    static UsageException problem(SamverkanJsonException e, Messages messages, Path parametersFile) {
        List<JsonProblem> problems = e.problems();
        if (problems.isEmpty()) {
            return new UsageException(messages.text("error.io"));
        }
        StringBuilder text = new StringBuilder();
        for (JsonProblem problem : problems) {
            if (text.length() > 0) {
                text.append('\n').append(messages.text("prefix"));
            }
            String line = messages.text("error.input", problem.line(), problem.column(),
                pointer(problem.pointer(), messages), problem.message(messages.locale()));
            text.append(parametersFile == null ? line : messages.text("error.parameters", parametersFile, line));
        }
        if (problems.size() > 1) {
            String count = Integer.toString(problems.size());
            text.append('\n').append(messages.text("prefix")).append(parametersFile == null
                ? messages.text("error.input.count", problems.size(), count)
                : messages.text("error.parameters.count", problems.size(), count, parametersFile));
        }
        return new UsageException(text.toString());
    }

    static String pointer(String pointer, Messages messages) {
        return pointer.isEmpty() ? messages.text("pointer.root") : pointer;
    }
}

package se.samverkan.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJsonException;

/**
 * The FILE argument of a command: a path, or {@code -} for standard input (picocli hands it over as a
 * {@link Path}, the text as typed); and the one message a user
 * sees when the input cannot be read (line, column and JSON Pointer of the first problem).
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

    /** The message of an unreadable document: the first problem's place and text, and how many more. */
    static UsageException problem(SamverkanJsonException e, Messages messages) {
        List<JsonProblem> problems = e.problems();
        if (problems.isEmpty()) {
            return new UsageException(messages.text("error.io"));
        }
        JsonProblem first = problems.get(0);
        String text = messages.text("error.input", first.line(), first.column(), pointer(first.pointer(), messages),
            first.message(messages.locale()));
        if (problems.size() > 1) {
            text += " " + messages.text("error.input.more", problems.size() - 1);
        }
        return new UsageException(text);
    }

    static String pointer(String pointer, Messages messages) {
        return pointer.isEmpty() ? messages.text("pointer.root") : pointer;
    }
}

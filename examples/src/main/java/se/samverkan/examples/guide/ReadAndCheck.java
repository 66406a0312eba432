package se.samverkan.examples.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.metrics.rules.DocumentCheck;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.Problem;

/**
 * Guide example: reading a document (<i>samverkansdokument</i>) and checking it — field rules and reporting
 * rules in one list of problems, each with its id, severity, JSON Pointer, line and column, and a message in
 * Swedish or English. A text that is not a readable document gives its reading problems in the same shape.
 */
public final class ReadAndCheck {

    // tag::create[]
    private static final SamverkanJson JSON = SamverkanJson.create();     // share both: immutable, thread-safe
    private static final DocumentCheck CHECK = DocumentCheck.create();
    // end::create[]

    private ReadAndCheck() {
    }

    /**
     * Prints the problems of the document named by the first argument.
     *
     * @param args the path of the document
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        // tag::print[]
        for (Problem problem : problems(Path.of(args[0]))) {
            System.out.println(problem.severity() + " " + problem.id() + " at " + problem.pointer()
                + " (line " + problem.line() + ", column " + problem.column() + "): "
                + problem.message(Locale.ENGLISH));
        }
        // end::print[]
    }

    /**
     * Reads a document.
     *
     * @param path the document, not null
     * @return the document, never null
     * @throws SamverkanJsonException if the text is not a readable document
     * @throws IOException if the file cannot be read
     */
    public static SamverkanDocument read(Path path) throws IOException {
        // tag::read[]
        SamverkanDocument document = JSON.read(path);
        // end::read[]
        return document;
    }

    /**
     * Every problem of a document file: its reading problems when it cannot be read, else the problems of
     * the check, located in the text.
     *
     * @param path the document, not null
     * @return the problems in document order, empty when there is none; never null
     * @throws IOException if the file cannot be read
     */
    // tag::check[]
    public static List<Problem> problems(Path path) throws IOException {
        try {
            SamverkanDocument document = JSON.read(path);
            return CHECK.check(document, JSON.positions(path));   // reads the file again, for lines and columns
        } catch (SamverkanJsonException e) {
            return e.problems().stream().map(JsonProblem::toProblem).toList();
        }
    }
    // end::check[]
}

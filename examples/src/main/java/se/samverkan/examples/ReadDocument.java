package se.samverkan.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import se.samverkan.json.JsonProblem;
import se.samverkan.json.LocatedViolation;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.json.ValidatedDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.project.Project;

/**
 * Example: reading a samverkan JSON document (<i>samverkansdokument</i>, docs/format.md) and validating it,
 * with every problem located by line, column and JSON Pointer.
 *
 * <p>Reading is strict: malformed JSON, unknown properties, duplicate keys and unknown enum codes are
 * refused with a {@link SamverkanJsonException}; a readable document that breaks a field rule is returned
 * together with its violations. Run it with
 * {@code java -cp examples/target/samverkan-cli.jar se.samverkan.examples.ReadDocument examples/data/gemensamma-taget-vuxna.json}.
 */
public final class ReadDocument {

    private ReadDocument() {
    }

    /**
     * Reads the document named by the first argument and prints its projects and problems.
     *
     * @param args the path of the document
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        try {
            ValidatedDocument validated = read(Path.of(args[0]));
            SamverkanDocument document = validated.document();
            for (Project project : document.getProjects()) {
                System.out.println(project.getId() + ": " + project.getName() + ", " + project.getPeriod()
                    + ", budget " + project.getBudget().total() + " kr");
            }
            System.out.println(document.getParticipants().size() + " participants");
            for (LocatedViolation violation : validated.violations()) {
                System.out.println("line " + violation.line() + ", column " + violation.column() + ", "
                    + violation.path() + ": " + violation.violation().message(Locale.ENGLISH));
            }
        } catch (SamverkanJsonException e) {
            for (JsonProblem problem : e.problems()) {
                System.out.println("line " + problem.line() + ", column " + problem.column() + ", "
                    + problem.pointer() + ": " + problem.message(Locale.ENGLISH));
            }
        }
    }

    /**
     * Reads and validates a document.
     *
     * @param path the document, not null
     * @return the document with its field-rule violations, never null
     * @throws SamverkanJsonException if the file is not a readable document
     * @throws IOException            if the file cannot be read
     */
    public static ValidatedDocument read(Path path) throws IOException {
        return SamverkanJson.create().readAndValidate(path);
    }
}

package se.samverkan.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.metrics.rules.DocumentCheck;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.Problem;

/**
 * The entry point of samverkan's test assertions (<i>testpåståenden</i>), in the style of AssertJ's
 * {@code Assertions}: check a document's reporting rules in a test of your own.
 *
 * <pre>{@code
 * import static se.samverkan.test.SamverkanAssertions.assertThat;
 *
 * assertThat(document).hasNoErrors();
 * assertThat(document).hasProblem("BUDGET_TOTAL_MISMATCH", "/projects/0/budget/statedTotals/1")
 *                     .hasNoProblem("COHORT_SEQUENCE");
 * assertThatResource("/documents/forbund-2026.json").hasNoErrors();   // read and checked, with lines
 * SamverkanDocument document = SamverkanAssertions.readResource("/documents/forbund-2026.json");
 * }</pre>
 *
 * <p>Every assertion runs the library's full check — field rules and reporting rules, through
 * {@link DocumentCheck} — and, for a document read from text, the reading problems too. Failure messages are
 * in English and list every problem found, so a CI log is readable anywhere. Thread-safe.
 */
public final class SamverkanAssertions {

    private SamverkanAssertions() {
    }

    /**
     * Checks a document and starts assertions over its problems.
     *
     * @param document the document, not null
     * @return the assertion, never null
     * @throws NullPointerException if {@code document} is null
     */
    public static ProblemsAssert assertThat(SamverkanDocument document) {
        Objects.requireNonNull(document, "document");
        return new ProblemsAssert(Shared.CHECK.check(document)).describedAs("problems of the document");
    }

    /**
     * Starts assertions over problems already found (by {@code DocumentCheck}, say).
     *
     * @param problems the problems, not null
     * @return the assertion, never null
     * @throws NullPointerException if {@code problems} is null
     */
    public static ProblemsAssert assertThatProblems(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        return new ProblemsAssert(problems);
    }

    /**
     * Reads a document from a class-path resource (e.g. {@code src/test/resources}) and starts assertions
     * over all its problems: the reading problems when the text is not a readable document, else those of
     * the check — each with its line and column in the resource.
     *
     * @param resource the resource name, absolute ({@code "/documents/x.json"}), not null
     * @return the assertion, never null
     * @throws IllegalArgumentException if there is no such resource
     */
    public static ProblemsAssert assertThatResource(String resource) {
        byte[] bytes = bytes(resource);
        SamverkanJson json = Shared.JSON;
        List<Problem> problems;
        try {
            // The bytes are read strictly (invalid UTF-8 is a reading problem); once read, they are text.
            SamverkanDocument document = read(bytes);
            problems = Shared.CHECK.check(document, json.positions(new String(bytes, StandardCharsets.UTF_8)));
        } catch (SamverkanJsonException e) {
            problems = e.problems().stream().map(JsonProblem::toProblem).toList();
        }
        return new ProblemsAssert(problems).describedAs("problems of " + resource);
    }

    /**
     * Reads a document from a class-path resource, in one line: {@code readResource("/documents/x.json")}.
     *
     * @param resource the resource name, absolute ({@code "/documents/x.json"}), not null
     * @return the document, never null
     * @throws IllegalArgumentException if there is no such resource
     * @throws AssertionError listing the reading problems, if the text is not a readable document
     */
    public static SamverkanDocument readResource(String resource) {
        byte[] bytes = bytes(resource);
        try {
            return read(bytes);
        } catch (SamverkanJsonException e) {
            int count = e.problems().size();
            StringBuilder failure = new StringBuilder("Expecting " + resource + " to be a readable document but "
                + "found " + count + (count == 1 ? " reading problem:" : " reading problems:"));
            e.problems().forEach(p -> failure.append("\n  ").append(p.toProblem()));
            throw new AssertionError(failure.toString(), e);
        }
    }

    /** The caller's class loader first (its test resources), then this module's own. */
    private static InputStream open(String resource) {
        ClassLoader caller = Thread.currentThread().getContextClassLoader();
        InputStream in = caller == null ? null
            : caller.getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource);
        return in != null ? in : SamverkanAssertions.class.getResourceAsStream(resource);
    }

    private static SamverkanDocument read(byte[] bytes) {
        try {
            return Shared.JSON.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = open(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class-path resource " + resource
                    + " (give an absolute name, such as /documents/x.json)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Created on first use: the check holds the model's validator, which takes a while to build. */
    private static final class Shared {
        static final DocumentCheck CHECK = DocumentCheck.create();
        static final SamverkanJson JSON = SamverkanJson.create();
    }
}

package se.samverkan.spring.sample;

import java.util.List;

import se.samverkan.model.problem.Problem;

/**
 * A readable document that breaks a field rule or a reporting rule with severity {@code ERROR}: its figures
 * would be wrong. Answered with 422 problem details listing every problem ({@link ProblemAdvice}).
 */
final class DocumentHasErrorsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * The exception for a document's problems.
     *
     * @param problems every problem of the document, errors and warnings, in document order
     */
    DocumentHasErrorsException(List<Problem> problems) {
        super(problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems.
     *
     * @return every problem, in document order
     */
    List<Problem> problems() {
        return problems;
    }
}

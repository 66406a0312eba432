package se.samverkan.spring.sample;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.Severity;

/**
 * One problem of a document as the answers list it: its stable id (docs/problems.md), severity, JSON
 * Pointer, line and column in the request body ({@code null} when not known) and its message in the
 * language of the request.
 *
 * @param id the stable id, such as {@code BUDGET_TOTAL_MISMATCH}
 * @param severity {@code ERROR} or {@code WARNING}
 * @param pointer the JSON Pointer of the value concerned
 * @param line the line of that value in the body, from 1; null when not known
 * @param column the column of that value in the body, from 1; null when not known
 * @param message the message in Swedish or English
 */
record ProblemView(String id, Severity severity, String pointer, @Nullable Integer line,
        @Nullable Integer column, String message) {

    /**
     * A problem in a language.
     *
     * @param problem the problem
     * @param language English for an English locale, else Swedish
     * @return the view
     */
    static ProblemView of(Problem problem, Locale language) {
        // The library says 0 for an unknown line and column; JSON says null.
        return new ProblemView(problem.id(), problem.severity(), problem.pointer(),
            problem.line() > 0 ? problem.line() : null, problem.column() > 0 ? problem.column() : null,
            problem.message(language));
    }

    /**
     * Problems in a language, in their order.
     *
     * @param problems the problems
     * @param language English for an English locale, else Swedish
     * @return the views
     */
    static List<ProblemView> all(List<Problem> problems, Locale language) {
        return problems.stream().map(problem -> of(problem, language)).toList();
    }
}

package se.samverkan.test;

import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;
import se.samverkan.model.problem.Problem;

/**
 * Assertions over a list of {@link Problem}s (<i>problem</i>) — what {@code DocumentCheck} or a reader
 * reported. Obtain one with {@link SamverkanAssertions#assertThatProblems(List)}. Failure messages are in
 * English and list every problem found.
 */
public final class ProblemsAssert extends AbstractAssert<ProblemsAssert, List<Problem>> {

    ProblemsAssert(List<Problem> problems) {
        super(List.copyOf(problems), ProblemsAssert.class);
    }

    /**
     * Verifies that no problem is an {@code ERROR} (warnings are allowed).
     *
     * @return this assertion, for chaining
     * @throws AssertionError listing the errors, if there is one
     */
    public ProblemsAssert hasNoErrors() {
        return check(Expectations.noErrors(actual));
    }

    /**
     * Verifies that there is no problem at all, not even a warning.
     *
     * @return this assertion, for chaining
     * @throws AssertionError listing the problems, if there is one
     */
    public ProblemsAssert hasNoProblems() {
        return check(Expectations.noProblems(actual));
    }

    /**
     * Verifies that a problem with this id was reported, anywhere.
     *
     * @param id the problem id, e.g. {@code "BUDGET_TOTAL_MISMATCH"}, not null
     * @return this assertion, for chaining
     * @throws AssertionError listing the problems found, if none has the id
     */
    public ProblemsAssert hasProblem(String id) {
        return check(Expectations.problem(actual, Objects.requireNonNull(id, "id")));
    }

    /**
     * Verifies that a problem with this id was reported at this JSON Pointer.
     *
     * @param id the problem id, e.g. {@code "BUDGET_TOTAL_MISMATCH"}, not null
     * @param pointer the JSON Pointer, e.g. {@code "/projects/0/budget/statedTotals/1"}, not null
     * @return this assertion, for chaining
     * @throws AssertionError listing the problems found, if none matches
     */
    public ProblemsAssert hasProblem(String id, String pointer) {
        return check(Expectations.problem(actual, Objects.requireNonNull(id, "id"),
            Objects.requireNonNull(pointer, "pointer")));
    }

    /**
     * Verifies that no problem with this id was reported.
     *
     * @param id the problem id, not null
     * @return this assertion, for chaining
     * @throws AssertionError listing the problems with the id, if there is one
     */
    public ProblemsAssert hasNoProblem(String id) {
        return check(Expectations.noProblem(actual, Objects.requireNonNull(id, "id")));
    }

    /**
     * Verifies that no problem with this id was reported at this JSON Pointer.
     *
     * @param id the problem id, not null
     * @param pointer the JSON Pointer, not null
     * @return this assertion, for chaining
     * @throws AssertionError if the problem was reported there
     */
    public ProblemsAssert hasNoProblem(String id, String pointer) {
        return check(Expectations.noProblem(actual, Objects.requireNonNull(id, "id"),
            Objects.requireNonNull(pointer, "pointer")));
    }

    /**
     * The problems as an AssertJ list assertion, for anything the methods above do not say.
     *
     * @return a list assertion over the problems, never null
     */
    public ListAssert<Problem> problems() {
        return Assertions.assertThat(actual);
    }

    private ProblemsAssert check(String failure) {
        isNotNull();
        if (failure != null) {
            failWithMessage("%s", failure);
        }
        return myself;
    }
}

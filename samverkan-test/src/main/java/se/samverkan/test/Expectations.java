package se.samverkan.test;

import java.util.List;
import java.util.function.Predicate;
import se.samverkan.model.problem.Problem;

/**
 * The expectations both assertion classes check, as failure texts: null when the expectation holds. The
 * texts are in English and list every problem found, one per line, so that a CI log says what went wrong.
 */
final class Expectations {

    private Expectations() {
    }

    static String noErrors(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        return errors.isEmpty() ? null : "Expecting no ERROR problems but found " + count(errors) + listing(errors);
    }

    static String noProblems(List<Problem> problems) {
        return problems.isEmpty() ? null : "Expecting no problems but found " + count(problems) + listing(problems);
    }

    static String problem(List<Problem> problems, String id) {
        return problems.stream().anyMatch(p -> p.id().equals(id)) ? null
            : "Expecting a problem " + id + " but found " + found(problems);
    }

    static String problem(List<Problem> problems, String id, String pointer) {
        return problems.stream().anyMatch(at(id, pointer)) ? null
            : "Expecting a problem " + id + " at " + pointer + " but found " + found(problems);
    }

    static String noProblem(List<Problem> problems, String id) {
        List<Problem> matching = problems.stream().filter(p -> p.id().equals(id)).toList();
        return matching.isEmpty() ? null : "Expecting no problem " + id + " but found " + count(matching)
            + listing(matching);
    }

    static String noProblem(List<Problem> problems, String id, String pointer) {
        List<Problem> matching = problems.stream().filter(at(id, pointer)).toList();
        return matching.isEmpty() ? null : "Expecting no problem " + id + " at " + pointer + " but found it"
            + listing(matching);
    }

    private static Predicate<Problem> at(String id, String pointer) {
        return p -> p.id().equals(id) && p.pointer().equals(pointer);
    }

    private static String found(List<Problem> problems) {
        return problems.isEmpty() ? "no problems" : count(problems) + listing(problems);
    }

    private static String count(List<Problem> problems) {
        return problems.size() + ":";
    }

    private static String listing(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }
}

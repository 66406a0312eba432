package se.samverkan.metrics.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.SourcePositions;
import se.samverkan.model.validation.SamverkanValidator;
import se.samverkan.model.validation.Violation;

/**
 * The check of a document (<i>granskning</i>): every field rule of the model and every reporting rule
 * across its objects, as one list of {@link Problem}s — the one entry point for "is this document right?".
 *
 * <p>Each problem is reported once: a field constraint that enforces a reporting rule (an exit outcome
 * without an end, shares that do not sum to 1) finds the same problem as the rule, under the same id at the
 * same pointer, and the rule's problem is kept. Problems come in document order of their pointers (root
 * arrays as written, array indices numerically, properties in the format's order), then field-rule ids
 * (alphabetically) before reporting-rule ids (in the order of {@link Rule}), so the same document always
 * gives the same list. Given the {@link SourcePositions} of the text the document was read from, every
 * problem also carries its line and column.
 *
 * <p>Never throws on a document the model can build. Instances are immutable and thread-safe; create one
 * and share it (it holds the model's validator, whose creation is the expensive part).
 */
public final class DocumentCheck {

    private static final Comparator<Ranked> ORDER = Comparator
        .comparing((Ranked r) -> r.pointer)
        .thenComparingInt(r -> r.catalogueRank)
        .thenComparing(r -> r.problem.id());

    private static final Map<String, Integer> RULE_RANKS = ruleRanks();

    private final SamverkanValidator validator;
    private final ReportingRules rules;

    private DocumentCheck(SamverkanValidator validator, ReportingRules rules) {
        this.validator = validator;
        this.rules = rules;
    }

    /**
     * The check with the model's validator and every reporting rule.
     *
     * @return the check, never null
     */
    public static DocumentCheck create() {
        return of(SamverkanValidator.create());
    }

    /**
     * The check with a validator the caller already holds (creating one takes a while).
     *
     * @param validator the model's validator, not null
     * @return the check, never null
     * @throws NullPointerException if {@code validator} is null
     */
    public static DocumentCheck of(SamverkanValidator validator) {
        return new DocumentCheck(Objects.requireNonNull(validator, "validator"), ReportingRules.create());
    }

    /**
     * Checks a document built in code: problems without positions.
     *
     * @param document the document, not null
     * @return every problem, each once, in document order; empty when the document is right; never null
     * @throws NullPointerException if {@code document} is null
     */
    public List<Problem> check(SamverkanDocument document) {
        return check(document, SourcePositions.none());
    }

    /**
     * Checks a document read from text, locating every problem in that text.
     *
     * @param document the document, not null
     * @param positions the positions of the text the document was read from, not null
     * @return every problem, each once, in document order, with its position where the text has it;
     *     never null
     * @throws NullPointerException if an argument is null
     */
    public List<Problem> check(SamverkanDocument document, SourcePositions positions) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(positions, "positions");
        Map<String, Problem> unique = new LinkedHashMap<>();
        for (Finding finding : rules.check(document)) {
            Problem problem = finding.toProblem();
            unique.putIfAbsent(problem.id() + ' ' + problem.pointer(), problem);
        }
        for (Violation violation : validator.validate(document)) {
            Problem problem = violation.toProblem();
            unique.putIfAbsent(problem.id() + ' ' + problem.pointer(), problem);
        }
        List<Problem> problems = new ArrayList<>(unique.values());
        Map<String, Position> located = positions.locateAll(problems.stream().map(Problem::pointer).toList());
        List<Ranked> ranked = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            ranked.add(new Ranked(problem.at(located.get(problem.pointer()))));
        }
        ranked.sort(ORDER);
        return ranked.stream().map(r -> r.problem).toList();
    }

    /** A problem with its sort keys, parsed once. */
    private static final class Ranked {
        final Problem problem;
        final Pointer pointer;
        final int catalogueRank;

        Ranked(Problem problem) {
            this.problem = problem;
            this.pointer = Pointer.parse(problem.pointer());
            this.catalogueRank = RULE_RANKS.getOrDefault(problem.id(), -1);
        }
    }

    private static Map<String, Integer> ruleRanks() {
        Map<String, Integer> ranks = new HashMap<>();
        for (Rule rule : Rule.values()) {
            ranks.put(rule.id(), rule.ordinal());
        }
        return Map.copyOf(ranks);
    }
}

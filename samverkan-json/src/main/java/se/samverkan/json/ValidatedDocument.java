package se.samverkan.json;

import java.util.List;
import java.util.Objects;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.SourcePositions;

/**
 * A validated document (<i>validerat dokument</i>): a document read from JSON together with every
 * field-rule violation found by the model's validator
 * (docs/problems.md), each located in the original text. Cross-object reporting rules are not included
 * (they belong to {@code samverkan-metrics}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @deprecated the result of {@code SamverkanJson.readAndValidate}, which checks field rules only; use
 *     {@code DocumentCheck} of samverkan-metrics, which gives every problem of a document once
 */
@Deprecated(since = "0.2.0", forRemoval = true)
public final class ValidatedDocument {

    private final SamverkanDocument document;
    private final List<LocatedViolation> violations;
    private final SourcePositions positions;

    private ValidatedDocument(SamverkanDocument document, List<LocatedViolation> violations,
            SourcePositions positions) {
        this.document = document;
        this.violations = violations;
        this.positions = positions;
    }

    /**
     * A validated document.
     *
     * @param document the document, not null
     * @param violations its violations in the validator's order (by pointer), not null
     * @return the result, never null
     * @throws NullPointerException if an argument or element is null
     */
    public static ValidatedDocument of(SamverkanDocument document, List<LocatedViolation> violations) {
        return of(document, violations, SourcePositions.none());
    }

    /**
     * A document, its located violations and the positions of the text it was read from.
     *
     * @param document the document, not null
     * @param violations its violations, not null
     * @param positions where the document's values stand in its text, not null
     * @return the validated document, never null
     * @throws NullPointerException if an argument is null
     */
    public static ValidatedDocument of(SamverkanDocument document, List<LocatedViolation> violations,
            SourcePositions positions) {
        return new ValidatedDocument(Objects.requireNonNull(document, "document"), List.copyOf(violations),
            Objects.requireNonNull(positions, "positions"));
    }

    /**
     * Where the document's values stand in the text it was read from, by JSON Pointer: hand them to the
     * metrics module's {@code DocumentCheck} so that reporting-rule problems carry a line and column too.
     * Looking positions up reads the text again (a file is reopened).
     *
     * @return the positions, never null
     */
    public SourcePositions positions() {
        return positions;
    }

    /**
     * The document as read.
     *
     * @return the document, never null
     */
    public SamverkanDocument document() {
        return document;
    }

    /**
     * Every violation, sorted by JSON Pointer then message key.
     *
     * @return the violations, empty for a valid document, never null
     */
    public List<LocatedViolation> violations() {
        return violations;
    }

    /**
     * Whether the document breaks no field rule.
     *
     * @return true if there are no violations
     */
    public boolean isValid() {
        return violations.isEmpty();
    }
}

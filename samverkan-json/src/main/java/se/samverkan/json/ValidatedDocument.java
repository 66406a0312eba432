package se.samverkan.json;

import java.util.List;
import java.util.Objects;
import se.samverkan.model.SamverkanDocument;

/**
 * A document read from JSON together with every field-rule violation found by the model's validator
 * (DOMAIN.md §2.5), each located in the original text. Cross-object reporting rules are not included
 * (they belong to {@code samverkan-metrics}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidatedDocument {

    private final SamverkanDocument document;
    private final List<LocatedViolation> violations;

    private ValidatedDocument(SamverkanDocument document, List<LocatedViolation> violations) {
        this.document = document;
        this.violations = violations;
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
        return new ValidatedDocument(Objects.requireNonNull(document, "document"), List.copyOf(violations));
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

package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.validation.Violation;

/**
 * A {@link ValidatedDocument} is valid exactly when it has no violation; it keeps its own copy of the
 * violations, and one made without positions places no pointer.
 */
class ValidatedDocumentTest {

    private static final SamverkanDocument DOCUMENT = SamverkanDocument.builder().build();
    private static final LocatedViolation VIOLATION = LocatedViolation.of(Violation.of("/parties/0/name",
        "se.samverkan.model.party.name", "Namnet saknas.", "The name is missing."), 3, 7);

    @Test
    void valid_exactly_without_violations() {
        assertThat(ValidatedDocument.of(DOCUMENT, List.of()).isValid()).isTrue();
        ValidatedDocument invalid = ValidatedDocument.of(DOCUMENT, List.of(VIOLATION));
        assertThat(invalid.isValid()).isFalse();
        assertThat(invalid.violations()).containsExactly(VIOLATION);
        assertThat(invalid.document()).isSameAs(DOCUMENT);
    }

    @Test
    void the_violations_are_a_copy_and_without_positions_nothing_is_placed() {
        List<LocatedViolation> given = new ArrayList<>(List.of(VIOLATION));
        ValidatedDocument validated = ValidatedDocument.of(DOCUMENT, given);
        given.clear();
        assertThat(validated.violations()).containsExactly(VIOLATION);
        assertThat(validated.positions().locate("/parties/0/name")).isNull();
    }
}

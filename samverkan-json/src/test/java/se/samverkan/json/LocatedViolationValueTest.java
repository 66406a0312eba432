package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.model.validation.Violation;

/**
 * {@link LocatedViolation} as a value: lines and columns count from 1 (0 is refused), equality takes the
 * violation and the place, and the text names the place before the violation.
 */
class LocatedViolationValueTest {

    private static final Violation VIOLATION = Violation.of("/parties/0/name", "se.samverkan.model.party.name",
        "Namnet saknas.", "The name is missing.");

    @Test
    void line_and_column_count_from_one() {
        LocatedViolation first = LocatedViolation.of(VIOLATION, 1, 1);
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.column()).isEqualTo(1);
        assertThat(first.path()).isEqualTo("/parties/0/name");
        assertThat(first.violation()).isSameAs(VIOLATION);
        assertThatThrownBy(() -> LocatedViolation.of(VIOLATION, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocatedViolation.of(VIOLATION, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equality_takes_the_violation_and_the_place() {
        LocatedViolation base = LocatedViolation.of(VIOLATION, 4, 9);
        LocatedViolation same = LocatedViolation.of(Violation.of("/parties/0/name", "se.samverkan.model.party.name",
            "Namnet saknas.", "The name is missing."), 4, 9);
        assertThat(base).isEqualTo(same);
        assertThat(base.hashCode()).isEqualTo(same.hashCode());
        List<LocatedViolation> variants = List.of(LocatedViolation.of(VIOLATION, 5, 9),
            LocatedViolation.of(VIOLATION, 4, 10),
            LocatedViolation.of(Violation.of("/parties/1/name", "se.samverkan.model.party.name", "Namnet saknas.",
                "The name is missing."), 4, 9));
        for (LocatedViolation variant : variants) {
            assertThat(base).isNotEqualTo(variant);
            assertThat(variant).isNotEqualTo(base);
        }
        assertThat(variants).extracting(LocatedViolation::hashCode).doesNotHaveDuplicates();
        assertThat(base.equals(null)).isFalse();
        assertThat(base.equals(VIOLATION)).isFalse();
    }

    @Test
    void to_string_names_the_place_then_the_violation() {
        assertThat(LocatedViolation.of(VIOLATION, 4, 9))
            .hasToString("line 4, column 9: /parties/0/name se.samverkan.model.party.name: Namnet saknas.");
    }
}

package se.samverkan.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The value contract of the metrics' result types: a value equals an equal value built independently
 * (symmetric, same hash code), differs from each given variant (each differs from the base in one
 * component), from null and from other types, and the hash codes do not collapse to one.
 */
public final class ValueContract {

    private ValueContract() {
    }

    /**
     * Asserts the contract.
     *
     * @param value the value
     * @param equal an equal value built independently of {@code value}
     * @param variants values that differ from {@code value} in exactly one component each
     */
    public static void assertValue(Object value, Object equal, Object... variants) {
        assertThat(value).isNotSameAs(equal);
        assertThat(value.equals(value)).isTrue();
        assertThat(value.equals(equal)).as("equal value").isTrue();
        assertThat(equal.equals(value)).as("symmetric").isTrue();
        assertThat(value.hashCode()).as("hash code of equal values").isEqualTo(equal.hashCode());
        assertThat(value.equals(null)).isFalse();
        assertThat(value.equals(new Object())).isFalse();
        Set<Integer> hashes = new HashSet<>(List.of(value.hashCode()));
        for (Object variant : variants) {
            assertThat(value.equals(variant)).as("%s differs from %s", value, variant).isFalse();
            assertThat(variant.equals(value)).as("%s differs from %s", variant, value).isFalse();
            hashes.add(variant.hashCode());
        }
        if (variants.length > 0) {
            assertThat(hashes).as("hash codes of different values").hasSizeGreaterThan(1);
        }
    }
}

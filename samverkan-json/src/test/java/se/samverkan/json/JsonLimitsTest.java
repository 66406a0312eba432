package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Each {@code with…} of {@link JsonLimits} changes its own limit and keeps the five others; every limit
 * must be positive (1 is the smallest accepted); the defaults are not changed by deriving from them.
 */
class JsonLimitsTest {

    private static final JsonLimits DEFAULTS = JsonLimits.defaults();

    @Test
    void each_with_changes_only_its_own_limit() {
        assertLimits(DEFAULTS.withMaxNestingDepth(7), 7, 100_000, 256, 64, 256L << 20, 64L << 30);
        assertLimits(DEFAULTS.withMaxStringLength(7), 32, 7, 256, 64, 256L << 20, 64L << 30);
        assertLimits(DEFAULTS.withMaxNameLength(7), 32, 100_000, 7, 64, 256L << 20, 64L << 30);
        assertLimits(DEFAULTS.withMaxNumberLength(7), 32, 100_000, 256, 7, 256L << 20, 64L << 30);
        assertLimits(DEFAULTS.withMaxDocumentLength(7), 32, 100_000, 256, 64, 7, 64L << 30);
        assertLimits(DEFAULTS.withMaxStreamedDocumentLength(7), 32, 100_000, 256, 64, 256L << 20, 7);
        assertLimits(DEFAULTS, 32, 100_000, 256, 64, 256L << 20, 64L << 30);
    }

    @Test
    void one_is_the_smallest_limit() {
        JsonLimits ones = DEFAULTS.withMaxNestingDepth(1).withMaxStringLength(1).withMaxNameLength(1)
            .withMaxNumberLength(1).withMaxDocumentLength(1).withMaxStreamedDocumentLength(1);
        assertLimits(ones, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void zero_or_negative_is_refused_for_every_limit_naming_it() {
        assertThatThrownBy(() -> DEFAULTS.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("maxNestingDepth must be positive: 0");
        assertThatThrownBy(() -> DEFAULTS.withMaxStringLength(-1)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("maxStringLength must be positive: -1");
        assertThatThrownBy(() -> DEFAULTS.withMaxNameLength(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("maxNameLength must be positive: 0");
        assertThatThrownBy(() -> DEFAULTS.withMaxNumberLength(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("maxNumberLength must be positive: 0");
        assertThatThrownBy(() -> DEFAULTS.withMaxDocumentLength(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("maxDocumentLength must be positive: 0");
        assertThatThrownBy(() -> DEFAULTS.withMaxStreamedDocumentLength(-5)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("maxStreamedDocumentLength must be positive: -5");
    }

    @Test
    void to_string_lists_the_limits() {
        // 256 << 20 = 268 435 456; 64 << 30 = 68 719 476 736.
        assertThat(DEFAULTS).hasToString("JsonLimits[depth=32, string=100000, name=256, number=64, "
            + "document=268435456, streamed=68719476736]");
    }

    private static void assertLimits(JsonLimits limits, int depth, int string, int name, int number, long document,
            long streamed) {
        assertThat(limits.maxNestingDepth()).isEqualTo(depth);
        assertThat(limits.maxStringLength()).isEqualTo(string);
        assertThat(limits.maxNameLength()).isEqualTo(name);
        assertThat(limits.maxNumberLength()).isEqualTo(number);
        assertThat(limits.maxDocumentLength()).isEqualTo(document);
        assertThat(limits.maxStreamedDocumentLength()).isEqualTo(streamed);
    }
}

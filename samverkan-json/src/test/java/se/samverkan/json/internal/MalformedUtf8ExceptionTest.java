package se.samverkan.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The decoding failure names the place of the first malformed character, also in its message for logs. */
class MalformedUtf8ExceptionTest {

    @Test
    void the_place_is_kept_and_named_in_the_message() {
        MalformedUtf8Exception e = new MalformedUtf8Exception(3, 17);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(17);
        assertThat(e.getInputLength()).isEqualTo(1);
        assertThat(e).hasMessage("malformed UTF-8 at line 3, column 17");
    }
}

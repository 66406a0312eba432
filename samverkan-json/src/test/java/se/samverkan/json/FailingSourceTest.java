package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * When the source itself fails (a disk or network error while reading), the caller gets that very
 * {@link IOException}, not a problem in the text and not a wrapper: the text may be fine.
 */
class FailingSourceTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final String HEAD = "{ \"parties\": [ { \"id\": \"fk\", ";
    private static final IOException FAILURE = new IOException("the disk went away");

    @Test
    void a_reader_failing_inside_the_document_fails_the_read_with_its_exception() {
        Throwable thrown = catchThrowable(() -> JSON.read(failingReader(HEAD)));
        assertThat(thrown).isSameAs(FAILURE);
    }

    @Test
    void a_reader_failing_before_the_first_character_fails_the_read_with_its_exception() {
        Throwable thrown = catchThrowable(() -> JSON.read(failingReader("")));
        assertThat(thrown).isSameAs(FAILURE);
    }

    @Test
    void a_stream_failing_inside_the_document_fails_every_read_with_its_exception() {
        assertThat(catchThrowable(() -> JSON.read(failingStream(HEAD)))).isSameAs(FAILURE);
        assertThat(catchThrowable(() -> JSON.readAndValidate(failingStream(HEAD)))).isSameAs(FAILURE);
        assertThat(catchThrowable(() -> JSON.openParticipants(failingStream(HEAD)))).isSameAs(FAILURE);
    }

    /** A reader that gives {@code text} and then fails. */
    private static Reader failingReader(String text) {
        return new Reader() {
            private final StringReader first = new StringReader(text);

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = first.read(buffer, offset, length);
                if (n < 0) {
                    throw FAILURE;
                }
                return n;
            }

            @Override
            public void close() {
                first.close();
            }
        };
    }

    /** A stream that gives the UTF-8 bytes of {@code text} and then fails. */
    private static InputStream failingStream(String text) {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw FAILURE;
            }
        };
        return new SequenceInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), failing);
    }
}

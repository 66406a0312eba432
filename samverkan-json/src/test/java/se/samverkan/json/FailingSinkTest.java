package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;

/** When the sink fails while a document is written, the caller gets the sink's own {@link IOException}. */
class FailingSinkTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final SamverkanDocument DOCUMENT = SamverkanDocument.builder().build();
    private static final IOException FAILURE = new IOException("the disk is full");

    @Test
    void a_failing_writer_fails_the_write_with_its_exception() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw FAILURE;
            }

            @Override
            public void flush() throws IOException {
                throw FAILURE;
            }

            @Override
            public void close() {
            }
        };
        assertThat(catchThrowable(() -> JSON.write(DOCUMENT, failing))).isSameAs(FAILURE);
    }

    @Test
    void a_failing_stream_fails_the_write_with_its_exception() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw FAILURE;
            }
        };
        assertThat(catchThrowable(() -> JSON.write(DOCUMENT, failing))).isSameAs(FAILURE);
    }
}

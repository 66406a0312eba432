package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;

/** Writing to a buffered writer flushes it (and does not close it), so the text is there when the call returns. */
class WriterFlushTest {

    @Test
    void a_buffered_writer_holds_the_whole_text_after_the_call() throws Exception {
        StringWriter target = new StringWriter();
        BufferedWriter buffered = new BufferedWriter(target, 64 * 1024);
        SamverkanJson json = SamverkanJson.create();
        SamverkanDocument document = SamverkanDocument.builder().build();
        json.write(document, buffered);
        // Without a flush the 64 KiB buffer would still hold the text and the target would be empty.
        assertThat(target.toString()).isEqualTo(json.write(document)).startsWith("{\n").endsWith("}\n");
        // Still open: more can be written after the document.
        buffered.write("x");
        buffered.flush();
        assertThat(target.toString()).endsWith("}\nx");
    }
}

package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.testing.ModelArbitraries;

/** Writing a document participant by participant is writing it whole. */
class DocumentWriterProperties {

    private static final SamverkanJson JSON = SamverkanJson.create();

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return ModelArbitraries.documents();
    }

    @Property(tries = 60)
    void streamed_equals_whole_and_reads_back(@ForAll("documents") SamverkanDocument document) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        JSON.write(document, whole);

        // The header without participants, then each participant on its own.
        SamverkanDocument header = ImmutableSamverkanDocument.copyOf(document).withParticipants(List.of());
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        DocumentWriter writer = JSON.writer(streamed);
        writer.header(header);
        for (Participant participant : document.getParticipants()) {
            writer.participant(participant);
        }
        writer.finish();

        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(whole.toString(StandardCharsets.UTF_8));
        assertThat(JSON.read(streamed.toString(StandardCharsets.UTF_8))).isEqualTo(document);
    }

    @Property(tries = 30)
    void a_header_with_participants_writes_them_first(@ForAll("documents") SamverkanDocument document)
            throws IOException {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        JSON.writer(streamed).header(document).finish();
        assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.write(document));
    }

    @Test
    void many_participants_pass_through_without_being_kept() throws IOException {
        // Counting sink: nothing is held but the byte count, so memory stays flat if the writer keeps none.
        long[] bytes = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        Runtime runtime = Runtime.getRuntime();
        long before = usedAfterGc(runtime);
        DocumentWriter writer = JSON.writer(counting).header(SamverkanDocument.builder().build());
        for (int i = 0; i < 400_000; i++) {
            writer.participant(person(i));
            if (i == 200_000) {
                // Half way: a writer that kept its participants would hold 200 000 of them here
                // (some 50 MB); one that keeps none holds what it held at the start.
                assertThat(usedAfterGc(runtime) - before).isLessThan(24L * 1024 * 1024);
            }
        }
        writer.finish();
        assertThat(bytes[0]).isGreaterThan(400_000L * 50);
    }

    @Test
    void the_order_of_calls_is_checked() throws IOException {
        DocumentWriter writer = JSON.writer(new ByteArrayOutputStream());
        assertThatThrownBy(() -> writer.participant(person(1))).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("header first");
        assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
        writer.header(SamverkanDocument.builder().build());
        assertThatThrownBy(() -> writer.header(SamverkanDocument.builder().build()))
            .isInstanceOf(IllegalStateException.class);
        writer.finish();
        writer.finish();
        assertThatThrownBy(() -> writer.participant(person(2))).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("finished");
    }

    @Test
    void an_unfinished_document_does_not_read() throws IOException {
        // A source that fails half way leaves the text unfinished: no reader takes it for a whole document.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writer(out).header(SamverkanDocument.builder().build()).participant(person(1));
        assertThatThrownBy(() -> JSON.read(out.toString(StandardCharsets.UTF_8)))
            .isInstanceOf(SamverkanJsonException.class);
    }

    private static Participant person(int i) {
        return Participant.builder().id("p" + i).gender(i % 2 == 0 ? Gender.WOMAN : Gender.MAN)
            .addParticipations(Participation.builder().project("steget").start(LocalDate.of(2026, 1, 1)).build())
            .build();
    }

    private static long usedAfterGc(Runtime runtime) {
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkan.json.SamverkanJson;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;

class StreamWriteTest {

    private static final Path GEMENSAMMA_TAGET = Path.of("data", "gemensamma-taget-vuxna.json");

    @Test
    void the_copy_is_the_document_with_the_kept_participants(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("from-2009.json");

        int written = StreamWrite.startedFrom(GEMENSAMMA_TAGET, copy, LocalDate.of(2009, 1, 1));

        // In the data, 57 participants have a participation starting in 2009 (none starts later): 57 kept.
        assertThat(written).isEqualTo(57);
        SamverkanJson json = SamverkanJson.create();
        SamverkanDocument whole = json.read(GEMENSAMMA_TAGET);
        SamverkanDocument expected = ImmutableSamverkanDocument.copyOf(whole).withParticipants(
            whole.getParticipants().stream()
                .filter(p -> p.getParticipations().stream().anyMatch(x -> x.getStart().getYear() >= 2009))
                .toList());
        // Streamed bytes are the bytes of writing the filtered document whole.
        assertThat(java.nio.file.Files.readString(copy)).isEqualTo(json.write(expected));
        assertThat(json.read(copy).getParticipants()).hasSize(57);
    }
}

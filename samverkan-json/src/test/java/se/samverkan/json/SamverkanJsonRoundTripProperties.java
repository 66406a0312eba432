package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.ModelArbitraries;

/** The JSON form is a faithful, stable and deterministic image of the model (docs/format.md). */
class SamverkanJsonRoundTripProperties {

    private static final SamverkanJson JSON = SamverkanJson.create();

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return ModelArbitraries.documents();
    }

    @Property(tries = 150)
    void writing_then_reading_gives_an_equal_document(@ForAll("documents") SamverkanDocument document) {
        assertThat(JSON.read(JSON.write(document))).isEqualTo(document);
    }

    @Property(tries = 100)
    void read_write_read_is_stable(@ForAll("documents") SamverkanDocument document) {
        String first = JSON.write(document);
        SamverkanDocument once = JSON.read(first);
        String second = JSON.write(once);
        assertThat(second).isEqualTo(first);
        assertThat(JSON.read(second)).isEqualTo(once);
    }

    @Property(tries = 100)
    void output_is_deterministic(@ForAll("documents") SamverkanDocument document) {
        SamverkanDocument copy = SamverkanDocument.builder().from(document).build();
        assertThat(JSON.write(copy)).isEqualTo(JSON.write(document));
        assertThat(SamverkanJson.create().write(document)).isEqualTo(JSON.write(document));
    }
}

package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.testing.ModelArbitraries;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application's own mapper with {@link SamverkanModule} writes what {@link SamverkanJson} writes: the
 * module itself leaves absent values out, so nothing depends on the hardened mapper's settings but the
 * indentation and map order, which the application chooses.
 */
class SamverkanModuleProperties {

    private static final SamverkanJson JSON = SamverkanJson.create();

    /** A plain mapper: the module, and the two output settings SamverkanJson also uses. */
    private static final JsonMapper PLAIN = JsonMapper.builder()
        .addModule(new SamverkanModule())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();

    @Provide
    Arbitrary<SamverkanDocument> documents() {
        return ModelArbitraries.documents();
    }

    @Property(tries = 60)
    void a_plain_mapper_with_the_module_writes_the_same_bytes(@ForAll("documents") SamverkanDocument document) {
        assertThat(PLAIN.writeValueAsString(document) + "\n").isEqualTo(JSON.write(document));
    }

    @Test
    void an_absent_end_is_left_out_not_written_as_null() {
        Participation ongoing = Participation.builder().project("p").start(LocalDate.of(2026, 1, 5)).build();
        Participant participant = Participant.builder().id("d1").gender(Gender.WOMAN).addParticipations(ongoing).build();
        SamverkanDocument document = SamverkanDocument.builder().addParticipants(participant).build();

        String plain = JsonMapper.builder().addModule(new SamverkanModule()).build().writeValueAsString(document);

        assertThat(plain).doesNotContain("\"end\"").doesNotContain("null").contains("\"start\":\"2026-01-05\"");
        assertThat(PLAIN.writeValueAsString(document) + "\n").isEqualTo(JSON.write(document));
    }
}

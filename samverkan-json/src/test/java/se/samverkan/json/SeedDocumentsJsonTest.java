package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Gender;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.testing.SeedDocuments;

/** The worked examples of examples/data/README.md survive the JSON form exactly, and the form is stable. */
class SeedDocumentsJsonTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    @Test
    void every_seed_document_reads_back_equal() {
        for (SamverkanDocument seed : List.of(SeedDocuments.gemensammaTagetVuxna(150, 1),
                SeedDocuments.kavlingeLommaProcess(), SeedDocuments.mysamGavleForstudie(),
                SeedDocuments.gransgangareEsf())) {
            assertThat(JSON.read(JSON.write(seed))).isEqualTo(seed);
        }
    }

    @Test
    void money_is_written_as_strings_with_two_decimals() {
        String text = JSON.write(SeedDocuments.gemensammaTagetVuxna());
        assertThat(text).contains("\"amount\" : \"438000.00\"").doesNotContainPattern("\"amount\" : [0-9]");
    }

    @Test
    void equal_documents_give_the_same_bytes_whatever_the_order_maps_were_built_in() {
        Participation first = Participation.builder().project("gt").start(java.time.LocalDate.of(2008, 3, 31))
            .putSurvey("b-question", 1).putSurvey("a-question", 0).build();
        Participation second = Participation.builder().project("gt").start(java.time.LocalDate.of(2008, 3, 31))
            .survey(Map.of("a-question", 0, "b-question", 1)).build();
        SamverkanDocument one = document(first);
        SamverkanDocument other = document(second);
        assertThat(one).isEqualTo(other);
        assertThat(JSON.write(one)).isEqualTo(JSON.write(other));
        assertThat(JSON.write(one).indexOf("a-question")).isLessThan(JSON.write(one).indexOf("b-question"));
    }

    private static SamverkanDocument document(Participation participation) {
        Participant participant = Participant.builder().id("p1").gender(Gender.WOMAN)
            .addParticipations(participation).build();
        return SamverkanDocument.builder().addParticipants(participant).build();
    }
}

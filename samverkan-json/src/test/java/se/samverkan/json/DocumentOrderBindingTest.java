package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.model.DocumentOrder;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.participant.Participation;
import se.samverkan.model.testing.SeedDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order of properties is the model's ({@link DocumentOrder}) in what the library writes, and the
 * hand-written participant reader (the fast path for large documents) knows exactly the model's names.
 */
class DocumentOrderBindingTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.propertyNames().iterator();
        it.forEachRemaining(names::add);
        return names;
    }

    /** The names of {@code node} in the order {@code type} gives them, those absent left out. */
    private static List<String> expected(Class<?> type, JsonNode node) {
        List<String> present = names(node);
        return DocumentOrder.of(type).stream().filter(present::contains).toList();
    }

    @Test
    void the_writer_writes_every_participant_and_participation_in_the_model_order() {
        JsonNode root = JsonMapper.builder().build().readTree(JSON.write(SeedDocuments.gemensammaTagetVuxna(3, 5)));
        assertThat(names(root)).isEqualTo(expected(se.samverkan.model.SamverkanDocument.class, root));
        for (JsonNode participant : root.get("participants")) {
            assertThat(names(participant)).isEqualTo(expected(Participant.class, participant));
            for (JsonNode participation : participant.get("participations")) {
                assertThat(names(participation)).isEqualTo(expected(Participation.class, participation));
            }
        }
    }

    @Test
    void the_participant_reader_knows_each_name_the_model_gives_and_no_other() {
        for (String name : DocumentOrder.of(Participant.class)) {
            // A wrong value for a known name is a value problem, never an unknown property.
            String text = "{\"participants\": [ {\"" + name + "\": {\"x\": 1}} ]}";
            assertThatThrownBy(() -> JSON.read(text)).isInstanceOfSatisfying(SamverkanJsonException.class,
                e -> assertThat(e.problems().get(0).messageKey()).as(name)
                    .isNotEqualTo("se.samverkan.json.unknown-property"));
        }
        for (String name : DocumentOrder.of(Participation.class)) {
            String text = "{\"participants\": [ {\"participations\": [ {\"" + name + "\": {\"x\": 1}} ]} ]}";
            assertThatThrownBy(() -> JSON.read(text)).isInstanceOfSatisfying(SamverkanJsonException.class,
                e -> assertThat(e.problems().get(0).messageKey()).as(name)
                    .isNotEqualTo("se.samverkan.json.unknown-property"));
        }
        String unknown = "{\"participants\": [ {\"colour\": 1} ]}";
        assertThatThrownBy(() -> JSON.read(unknown)).isInstanceOfSatisfying(SamverkanJsonException.class,
            e -> assertThat(e.problems().get(0).message(java.util.Locale.ENGLISH))
                .contains(String.join(", ", new java.util.TreeSet<>(DocumentOrder.of(Participant.class)))));
    }
}

package se.samverkan.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samverkan.json.SamverkanJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The descriptions of missing properties come from the schema's descriptions: "What it holds (svensk term),
 * conditions". Every property of the schema must give a Swedish term, or its missing-property message would
 * have none.
 */
class PropertyGuideTest {

    @Test
    void the_swedish_term_is_the_first_parenthesis() {
        assertThat(PropertyGuide.swedishTerm("The first day (startdatum).")).contains("startdatum");
        assertThat(PropertyGuide.swedishTerm("A party (part, aktör): an organisation")).contains("part, aktör");
        assertThat(PropertyGuide.swedishTerm("No term here.")).isEmpty();
        assertThat(PropertyGuide.swedishTerm("Empty ().")).isEmpty();
    }

    @Test
    void the_english_gist_stops_before_the_conditions() {
        assertThat(PropertyGuide.englishGist("The last day (slutdatum), on or after the start.")).contains("the last day");
        assertThat(PropertyGuide.englishGist("The calendar year (år), 1990–2100.")).contains("the calendar year");
        assertThat(PropertyGuide.englishGist("The party's id (id): 1–64 characters a–z")).contains("the party's id");
        assertThat(PropertyGuide.englishGist("Why (skäl); absent means none.")).contains("why");
        assertThat(PropertyGuide.englishGist("POPULATION splits by population; AGREED by shares."))
            .contains("POPULATION splits by population");
        assertThat(PropertyGuide.englishGist("The EU's share of the support (EU:s medfinansieringsgrad)."))
            .contains("the EU's share of the support");
        assertThat(PropertyGuide.englishGist("(term)")).isEmpty();
    }

    @Test
    void a_place_outside_the_format_has_no_description() {
        PropertyGuide guide = PropertyGuide.document();
        assertThat(guide.describe("/nothing/0", List.of("id"))).isEmpty();
        assertThat(guide.describe("/participants/0", List.of("noSuchProperty"))).isEmpty();
        assertThat(guide.describe("/participants/0/gender", List.of("id"))).isEmpty();
        assertThat(guide.describe("", List.of("schemaVersion"))).contains(new PropertyGuide.Described("dokumentet",
            "the document", "schemaVersion (formatversion)", "schemaVersion (the format version)"));
    }

    @Test
    void every_property_of_the_schema_gives_a_swedish_term() {
        JsonNode schema = JsonMapper.builder().build().readTree(SamverkanJson.schema());
        List<String> without = new ArrayList<>();
        for (Map.Entry<String, JsonNode> definition : schema.get("$defs").properties()) {
            for (Map.Entry<String, JsonNode> property : definition.getValue().path("properties").properties()) {
                Optional<String> term = PropertyGuide.swedishTerm(property.getValue().path("description").asString(""));
                if (term.isEmpty()) {
                    without.add(definition.getKey() + "." + property.getKey());
                }
            }
        }
        assertThat(without).isEmpty();
    }
}

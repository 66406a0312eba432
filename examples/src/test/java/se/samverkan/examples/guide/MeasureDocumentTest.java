package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.json.SamverkanJson;
import se.samverkan.model.SamverkanDocument;

class MeasureDocumentTest {

    private static SamverkanDocument gemensammaTaget() throws Exception {
        return SamverkanJson.create().read(Path.of("data", "gemensamma-taget-vuxna.json"));
    }

    @Test
    void the_published_metrics_of_gemensamma_taget() throws Exception {
        JsonNode json = JsonMapper.builder().build()
            .readTree(MeasureDocument.publishedMetricsJson(gemensammaTaget(), Locale.ENGLISH));

        // 91 participations started and 81 ended over the project period; both are at least 5, so shown.
        JsonNode participants = json.get("projects").get(0).get("participants");
        assertThat(participants.get("started").intValue()).isEqualTo(91);
        assertThat(participants.get("ended").intValue()).isEqualTo(81);
        // The published view ends with what it hid and the minimum it used.
        assertThat(json.get("disclosure").get("minimum").intValue()).isEqualTo(5);
    }

    @Test
    void started_per_tertial_add_up_to_the_project_period() throws Exception {
        // 2008-03-01 – 2010-02-28 in seven tertials; 2009's three (28 + 15 + 14) are the 57 of MeasureTest,
        // and all seven add up to the 91 started over the whole period.
        assertThat(MeasureDocument.startedPerTertial(gemensammaTaget(), "gt-vuxna"))
            .containsExactly(13, 7, 14, 28, 15, 14, 0);
    }
}

package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.disclosure.PublishedProject;
import se.samverkan.model.participant.ExitOutcome;

class PublishTest {

    @Test
    void counts_of_one_to_four_are_hidden_and_the_rest_shown() throws Exception {
        var document = SamverkanJson.create().read(Path.of("data", "gemensamma-taget-vuxna.json"));

        PublishedProject project = Publish.published(document).projects().get(0);

        assertThat(project.ended().text("..")).isEqualTo("81");
        // MOVED = 2 and OTHER = 1 are hidden; with two hidden cells in the row nothing more needs to be.
        assertThat(project.endedByOutcome().get(ExitOutcome.MOVED).isHidden()).isTrue();
        assertThat(project.endedByOutcome().get(ExitOutcome.OTHER).isHidden()).isTrue();
        assertThat(project.endedByOutcome().get(ExitOutcome.EMPLOYMENT).text("..")).isEqualTo("13");
        assertThat(project.endedByOutcome().values()).filteredOn(c -> c.isHidden()).hasSize(2);
    }
}

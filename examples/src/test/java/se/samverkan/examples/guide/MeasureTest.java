package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.samverkan.metrics.goals.Attainment;
import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.ProjectResult;

class MeasureTest {

    @Test
    void the_year_2009_counts_the_participations_started_that_year() throws Exception {
        var document = SamverkanJson.create().read(Path.of("data", "gemensamma-taget-vuxna.json"));

        ProjectResult year = Measure.year(document, 2009).get(0);

        assertThat(year.projectId()).isEqualTo("gt-vuxna");
        // 56 people start in 2009, and p0003 enrols a second time (group 9): 57 participations.
        assertThat(year.participants().started()).isEqualTo(57);
        // The participant goal's target is 80–100 over the whole project: 57 in one year is short of it.
        assertThat(year.goals().get(0).goalId()).isEqualTo("participants");
        assertThat(year.goals().get(0).attained()).isEqualTo(Attainment.NOT_ATTAINED);
    }
}

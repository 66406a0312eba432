package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.model.SamverkanDocument;

/** The library works beside Jackson 2 in one application when the BOM is imported. */
class ConsumerTest {

    @Test
    void reads_and_measures_the_sample_beside_jackson_2() throws Exception {
        Path sample = Path.of(System.getProperty("sample"));
        SamverkanDocument document = SamverkanJson.create().read(sample);
        var results = ProjectMetrics.of(MeasurementScope.projectPeriod()).compute(document);
        assertEquals(1, results.size());
        // Jackson 2 in the same class path still works on its own.
        assertEquals(List.of(1, 2), new ObjectMapper().readValue("[1,2]", List.class));
        assertEquals("gt-vuxna", document.getProjects().get(0).getId());
        // The test support: the application's errors, named by id and pointer.
        se.samverkan.test.SamverkanAssertions.assertThat(document)
            .hasProblem("BREAKDOWN_TOTAL_MISMATCH", "/projects/0/goals/2/breakdown/columnTotals/0")
            .hasNoProblem("BUDGET_TOTAL_MISMATCH");
    }
}

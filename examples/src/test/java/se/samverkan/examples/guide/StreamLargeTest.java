package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.rules.ReportingRules;

class StreamLargeTest {

    private static final Path GEMENSAMMA_TAGET = Path.of("data", "gemensamma-taget-vuxna.json");

    @Test
    void streamed_gives_the_figures_and_findings_of_the_whole_document() throws Exception {
        StreamLarge.Streamed streamed = StreamLarge.stream(GEMENSAMMA_TAGET);

        // 92 participations, one an erroneous registration: 91 started.
        assertThat(streamed.results().get(0).participants().started()).isEqualTo(91);
        // 2 BREAKDOWN_TOTAL_MISMATCH + 6 BREAKDOWN_OUTSIDE_TARGET_AGE + COHORT_SEQUENCE
        // + AGE_OUTSIDE_TARGET_GROUP + TOO_FEW_AUTHORITY_CONTACTS.
        assertThat(streamed.findings()).hasSize(11);
        var whole = SamverkanJson.create().read(GEMENSAMMA_TAGET);
        assertThat(streamed.results()).isEqualTo(ProjectMetrics.of(MeasurementScope.projectPeriod()).compute(whole));
        assertThat(streamed.findings()).isEqualTo(ReportingRules.create().check(whole));
    }
}

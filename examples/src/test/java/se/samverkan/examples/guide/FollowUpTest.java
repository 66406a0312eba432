package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.followup.FollowUpReport;
import se.samverkan.metrics.followup.ProjectFollowUp;
import se.samverkan.model.money.Amount;

class FollowUpTest {

    @Test
    void sf_umea_in_2008() throws Exception {
        var document = SamverkanJson.create().read(Path.of("data", "gemensamma-taget-vuxna.json"));

        FollowUpReport report = FollowUp.report(document, "sf-umea", 2008).orElseThrow();

        assertThat(report.allocatedFunds()).contains(Amount.ofKronor(6_000_000));
        ProjectFollowUp project = report.projects().get(0);
        assertThat(project.project()).isEqualTo("gt-vuxna");
        // The 2008 budget lines: 438 000 + 175 000 + 175 000 + 10 000 + 25 000 + 15 000 + 40 000 + 25 000
        // + 60 000 + 150 000 + 50 000 + 10 000 + 25 000 = 1 198 000.
        assertThat(project.budget()).isEqualTo(Amount.ofKronor(1_198_000));
        // 91 counted participations start in 2008 or 2009 (none in 2010), 57 of them in 2009: 34 in 2008,
        // each a different person (the one re-enrolment is in 2009), and every one is active in 2008.
        assertThat(project.participants()).isEqualTo(34);
    }

    @Test
    void a_forbund_that_is_not_in_the_document_has_no_report() throws Exception {
        var document = SamverkanJson.create().read(Path.of("data", "gemensamma-taget-vuxna.json"));

        assertThat(FollowUp.report(document, "sf-okand", 2008)).isEmpty();
    }
}

package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.ModelArbitraries;

/** Properties of the tool over generated documents. */
class CliProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SamverkanJson FORMAT = SamverkanJson.create();

    @Property(tries = 20)
    void streamed_metrics_equal_the_metrics_of_the_whole_document(@ForAll("valid") SamverkanDocument document) {
        Cli cli = Cli.runWithInput(FORMAT.write(document), "metrics", "-");

        assertThat(cli.status).as(cli.toString()).isZero();
        JsonNode output = JSON.readTree(cli.out);
        List<ProjectResult> expected = ProjectMetrics.of(MeasurementScope.projectPeriod()).compute(document);
        assertThat(output.get("projects")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode participants = output.get("projects").get(i).get("participants");
            assertThat(participants.get("started").intValue()).isEqualTo(expected.get(i).participants().started());
            assertThat(participants.get("ended").intValue()).isEqualTo(expected.get(i).participants().ended());
            assertThat(participants.get("ongoing").intValue()).isEqualTo(expected.get(i).participants().ongoing());
        }
        // The streamed findings are those of the whole document, in the same order.
        List<String> findings = new ArrayList<>();
        output.get("findings").forEach(f -> findings.add(f.get("rule").stringValue() + " " + f.get("path").stringValue()));
        assertThat(findings).isEqualTo(ReportingRules.create().check(document).stream()
            .map(f -> f.rule().id() + " " + f.path()).toList());
    }

    @Property(tries = 30)
    void any_document_gets_an_answer_and_never_a_stack_trace(@ForAll("any") SamverkanDocument document) {
        String text = FORMAT.write(document);
        for (String command : List.of("validate", "metrics", "report")) {
            Cli cli = Cli.runWithInput(text, command, "-");

            assertThat(cli.status).as(cli.toString()).isBetween(0, 2);
            assertThat(cli.err).doesNotContain("Exception", "\tat ", "internt fel");
        }
    }

    @Provide
    Arbitrary<SamverkanDocument> valid() {
        return ModelArbitraries.validDocuments();
    }

    @Provide
    Arbitrary<SamverkanDocument> any() {
        return ModelArbitraries.documents();
    }
}

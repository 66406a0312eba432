package se.samverkan.json.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.disclosure.PublishedMetrics;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.SeedDocuments;
import se.samverkan.model.time.Period;

class MetricsJsonWriterTest {

    private static JsonNode write(SamverkanDocument document, MeasurementScope scope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<MetricsFinding> findings = ReportingRules.create().check(document).stream()
            .map(MetricsFinding::of).collect(Collectors.toList());
        MetricsJsonWriter.create().write(document, ProjectMetrics.of(scope).compute(document), scope, findings, out);
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static String published(SamverkanDocument document, int minimum) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MeasurementScope scope = MeasurementScope.projectPeriod();
        List<ProjectResult> results = ProjectMetrics.of(scope).compute(document);
        MetricsJsonWriter.create().writePublished(document, results,
            PublishedMetrics.of(document, results, DisclosureControl.defaults().withMinimum(minimum)), scope, List.of(),
            out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_published_view_with_minimum_one_is_the_exact_output_with_an_empty_disclosure_list() {
        SamverkanDocument document = SeedDocuments.gemensammaTagetVuxna();
        ByteArrayOutputStream exact = new ByteArrayOutputStream();
        MetricsJsonWriter.create().write(document, ProjectMetrics.of(MeasurementScope.projectPeriod()).compute(document),
            MeasurementScope.projectPeriod(), List.of(), exact);
        String text = exact.toString(StandardCharsets.UTF_8);

        JsonMapper mapper = JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode published = (tools.jackson.databind.node.ObjectNode) mapper.readTree(
            published(document, 1));

        assertThat(published.remove("disclosure").toString()).isEqualTo("{\"minimum\":1,\"suppressed\":[]}");
        assertThat(published).isEqualTo(mapper.readTree(text));
    }

    @Test
    void a_figure_that_is_null_anyway_is_not_listed_as_suppressed() {
        // No participants: every count is 0 (shown) and the unit costs and durations are null, not hidden.
        JsonNode output = JsonMapper.builder().build().readTree(published(SeedDocuments.gransgangareEsf(), 5));

        assertThat(output.get("disclosure").get("minimum").intValue()).isEqualTo(5);
        assertThat(output.get("disclosure").get("suppressed").isEmpty()).isTrue();
        assertThat(output.get("projects").get(0).get("costs").get("perStartedParticipant").isNull()).isTrue();
    }

    @Test
    void a_view_of_other_results_is_refused() {
        SamverkanDocument document = SeedDocuments.gransgangareEsf();
        List<ProjectResult> results = ProjectMetrics.of(MeasurementScope.projectPeriod()).compute(document);
        PublishedMetrics none = PublishedMetrics.of(document, List.of(), DisclosureControl.defaults());

        assertThatThrownBy(() -> MetricsJsonWriter.create().writePublished(document, results, none,
            MeasurementScope.projectPeriod(), List.of(), new ByteArrayOutputStream()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("the published view has 0 projects, the results 1");
    }

    @Test
    void an_esf_pre_study_without_participants_writes_nulls_where_nothing_is_defined() {
        JsonNode project = write(SeedDocuments.gransgangareEsf(), MeasurementScope.projectPeriod())
            .get("projects").get(0);

        JsonNode participants = project.get("participants");
        assertThat(participants.get("started").intValue()).isZero();
        assertThat(participants.get("meanDurationDays").isNull()).isTrue();
        assertThat(participants.get("medianDurationDays").isNull()).isTrue();
        assertThat(project.get("costs").get("perStartedParticipant").isNull()).isTrue();
        assertThat(project.get("costs").get("perWorkOrStudies").isNull()).isTrue();
        assertThat(project.get("costs").get("esf").get("unionPart").stringValue()).isEqualTo("199954.50");
        assertThat(project.get("costs").get("esf").get("nationalPart").stringValue()).isEqualTo("199954.50");
    }

    @Test
    void a_measurement_period_limits_the_budget_to_the_years_it_touches() {
        SamverkanDocument document = SeedDocuments.gemensammaTagetVuxna();
        MeasurementScope year = MeasurementScope.of(Period.of(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31)));

        JsonNode costs = write(document, year).get("projects").get(0).get("costs");

        assertThat(costs.get("budgetTotal").stringValue()).isEqualTo("192000.00");
        assertThat(costs.get("budgetByYear").size()).isEqualTo(1);
        assertThat(costs.get("byFunder").get(0).get("percent").stringValue()).isEqualTo("100.0");
    }

    @Test
    void the_findings_are_listed_with_rule_severity_path_message_and_an_unknown_position() {
        JsonNode findings = write(SeedDocuments.gemensammaTagetVuxna(), MeasurementScope.projectPeriod())
            .get("findings");

        // A document built in code has no text: line and column are null, the message is Swedish.
        assertThat(findings).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.propertyNames()).containsExactly("rule", "severity", "path", "message", "line",
                "column");
            assertThat(finding.get("message").stringValue()).isNotBlank();
            assertThat(finding.get("line").isNull()).isTrue();
            assertThat(finding.get("column").isNull()).isTrue();
        });
        assertThat(findings).extracting(f -> f.get("rule").stringValue()).contains("COHORT_SEQUENCE",
            "BREAKDOWN_TOTAL_MISMATCH");
    }
}

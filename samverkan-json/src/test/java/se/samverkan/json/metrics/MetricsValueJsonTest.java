package se.samverkan.json.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.metrics.DocumentMeasurement;
import se.samverkan.metrics.DocumentMetrics;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.disclosure.PublishedMetrics;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.metrics.series.MetricsSeries;
import se.samverkan.metrics.series.PeriodLength;
import se.samverkan.metrics.series.SeriesMeasurement;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.Position;
import se.samverkan.model.testing.SeedDocuments;

/** The writer writes the measured values down: the same bytes as the 0.1 methods, and the series. */
class MetricsValueJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MeasurementScope SCOPE = MeasurementScope.projectPeriod();
    /** Gemensamma taget with 60 synthetic participants. */
    private static final SamverkanDocument GEMENSAMMA_TAGET = SeedDocuments.gemensammaTagetVuxna(60, 11);

    private static String text(DocumentMetrics metrics, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsJsonWriter.create().write(metrics, language, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(MetricsSeries series) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsJsonWriter.create().write(series, Locale.ROOT, out);
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    @SuppressWarnings("removal")
    void the_measured_value_is_written_byte_for_byte_as_the_deprecated_methods_wrote_it() {
        SamverkanDocument document = GEMENSAMMA_TAGET;
        assertThat(document.getParticipants()).hasSize(60);
        List<MetricsFinding> findings = ReportingRules.create().check(document).stream().map(MetricsFinding::of)
            .toList();
        List<ProjectResult> results = ProjectMetrics.of(SCOPE).compute(document);
        ByteArrayOutputStream exact = new ByteArrayOutputStream();
        MetricsJsonWriter.create().write(document, results, SCOPE, findings, exact);
        ByteArrayOutputStream published = new ByteArrayOutputStream();
        MetricsJsonWriter.create().writePublished(document, results,
            PublishedMetrics.of(document, results, DisclosureControl.defaults()), SCOPE, findings, published);

        assertThat(text(DocumentMeasurement.of(SCOPE).measure(document), Locale.ROOT))
            .isEqualTo(exact.toString(StandardCharsets.UTF_8));
        assertThat(text(DocumentMeasurement.of(SCOPE).disclosed(DisclosureControl.defaults()).measure(document),
            Locale.ROOT)).isEqualTo(published.toString(StandardCharsets.UTF_8));
    }

    @Test
    void findings_are_written_in_the_language_asked_for_at_their_line_and_column() {
        DocumentMetrics metrics = DocumentMeasurement.of(SCOPE).measure(GEMENSAMMA_TAGET);
        String first = metrics.findings().get(0).pointer();

        JsonNode finding = JSON.readTree(text(metrics.locatedBy(p -> p.equals(first) ? Position.of(12, 7) : null),
            Locale.ENGLISH)).get("findings").get(0);

        assertThat(keys(finding)).containsExactly("rule", "severity", "path", "message", "line", "column");
        assertThat(finding.get("message").stringValue()).isEqualTo(metrics.findings().get(0).message(Locale.ENGLISH));
        assertThat(finding.get("line").intValue()).isEqualTo(12);
        assertThat(finding.get("column").intValue()).isEqualTo(7);
    }

    @Test
    void a_series_of_quarters_has_no_costs_and_no_annual_counts_of_a_count_only_project() {
        // Kävlinge–Lomma: a COUNT_ONLY process 2016-01-01 – 2018-12-31
        JsonNode root = json(SeriesMeasurement.of(PeriodLength.QUARTER, SCOPE)
            .measure(SeedDocuments.kavlingeLommaProcess()));

        assertThat(keys(root)).containsExactly("schemaVersion", "by", "series", "findings");
        assertThat(root.get("by").stringValue()).isEqualTo("QUARTER");
        assertThat(root.get("series")).hasSize(12);
        JsonNode project = root.get("series").get(0).get("projects").get(0);
        assertThat(keys(project)).containsExactly("id", "name", "period", "asOf", "participants", "goals",
            "incomeTransitions", "costs");
        assertThat(project.get("costs").isNull()).isTrue();
        assertThat(project.get("participants").get("started").isNull()).isTrue();
        assertThat(keys(project.get("participants").get("startedByGender")))
            .containsExactly("WOMAN", "MAN", "NON_BINARY", "UNSPECIFIED");
        project.get("participants").get("startedByGender").forEach(count -> assertThat(count.isNull()).isTrue());
        assertThat(project.get("participants").get("ended").intValue()).isZero();
    }

    @Test
    void a_published_series_lists_its_hidden_values_by_pointers_into_the_series() {
        // 60 participants over 24 months: some months have 1–4 started
        JsonNode root = json(SeriesMeasurement.of(PeriodLength.MONTH, SCOPE).disclosed(DisclosureControl.defaults())
            .measure(GEMENSAMMA_TAGET));

        assertThat(keys(root)).containsExactly("schemaVersion", "by", "series", "findings", "disclosure");
        assertThat(root.get("disclosure").get("suppressed")).isNotEmpty().allSatisfy(pointer -> {
            assertThat(pointer.stringValue()).startsWith("/series/");
            assertThat(root.at(pointer.stringValue()).isNull()).as(pointer.stringValue()).isTrue();
        });
        assertThat(root.get("disclosure").get("suppressed")).anySatisfy(pointer -> assertThat(pointer.stringValue())
            .matches("/series/[0-9]+/projects/0/participants/started"));
        // a year has its costs
        assertThat(json(SeriesMeasurement.of(PeriodLength.YEAR, SCOPE).measure(GEMENSAMMA_TAGET))
            .get("series").get(0).get("projects").get(0).get("costs").get("budgetTotal").isString()).isTrue();
    }
}

package se.samverkan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.samverkan.json.JsonProblem;
import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJson;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.json.ValidatedDocument;
import se.samverkan.json.metrics.MetricsFinding;
import se.samverkan.json.metrics.MetricsJsonWriter;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.costs.CostSharing;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.disclosure.PublishedMetrics;
import se.samverkan.metrics.followup.NationalFollowUp;
import se.samverkan.metrics.rules.DocumentCheck;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.project.Project;
import se.samverkan.model.validation.SamverkanValidator;
import se.samverkan.model.validation.Violation;

/**
 * Fuzz targets for the JSON reader ({@code docs/format.md}) and for everything that runs on what it reads.
 *
 * <p>On arbitrary bytes the reader returns a document or throws its own {@link SamverkanJsonException}
 * with at least one located problem and a Swedish and an English message; never another exception, and
 * never {@link OutOfMemoryError} or a hang (Jazzer reports both). On every document it does read, the
 * validator, the reporting rules, the document check, the participant metrics, the cost sharing and
 * attribution, the national follow-up, the metrics output and the published (disclosure-controlled) view
 * and its output complete without throwing (errors are values: {@code docs/problems.md}), and the
 * written document reads back equal.
 *
 * <p>Seeds: the sample documents of {@code examples/data} and hostile cases (deep nesting, huge numbers,
 * duplicate keys, invalid UTF-8, …), documents whose every amount is the largest a document may state
 * (sums far beyond 13 integer digits), a document that lists the same reference twice (a financier, a
 * member, a partner, a key share, an id) and one whose population keys have only members of population 0,
 * under
 * {@code src/test/resources/se/samverkan/reliability/JsonReaderFuzzTestInputs/}; without
 * {@code JAZZER_FUZZ} these are replayed as ordinary tests.
 */
class JsonReaderFuzzTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final SamverkanValidator VALIDATOR = SamverkanValidator.create();
    private static final ReportingRules RULES = ReportingRules.create();
    private static final Locale ENGLISH = Locale.ENGLISH;

    @DictionaryFile(resourcePath = "samverkan-json.dict")
    @FuzzTest(maxDuration = "10m")
    void any_bytes_read_as_a_document_or_as_located_problems(byte[] input) throws IOException {
        SamverkanDocument document;
        try {
            document = JSON.read(new ByteArrayInputStream(input));
        } catch (SamverkanJsonException problems) {
            assertProblemsAreForUsers(problems);
            return;
        }
        assertThat(JSON.read(JSON.write(document))).isEqualTo(document);
    }

    @DictionaryFile(resourcePath = "samverkan-json.dict")
    @FuzzTest(maxDuration = "10m")
    void readable_documents_are_validated_checked_and_measured_without_throwing(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        ValidatedDocument validated;
        try {
            validated = JSON.readAndValidate(text);
        } catch (SamverkanJsonException problems) {
            assertProblemsAreForUsers(problems);
            return;
        }
        SamverkanDocument document = validated.document();
        for (Violation violation : VALIDATOR.validate(document)) {
            assertThat(violation.path()).startsWith("/");
            assertThat(violation.message(SamverkanValidator.SWEDISH)).isNotBlank();
            assertThat(violation.message(ENGLISH)).isNotBlank();
        }
        List<Finding> findings = RULES.check(document);
        for (Finding finding : findings) {
            assertThat(finding.message(SamverkanValidator.SWEDISH)).isNotBlank();
            assertThat(finding.message(ENGLISH)).isNotBlank();
        }
        MeasurementScope scope = MeasurementScope.projectPeriod();
        List<ProjectResult> results = ProjectMetrics.of(scope).compute(document);
        CostSharing.create().keys(document);
        for (Project project : document.getProjects()) {
            CostSharing.create().costAttribution(document, project);
        }
        NationalFollowUp.create().reports(document);
        for (Problem problem : DocumentCheck.create().check(document)) {
            assertThat(problem.pointer()).satisfiesAnyOf(p -> assertThat(p).isEmpty(),
                p -> assertThat(p).startsWith("/"));
            assertThat(problem.message(SamverkanValidator.SWEDISH)).isNotBlank();
            assertThat(problem.message(ENGLISH)).isNotBlank();
        }
        List<MetricsFinding> metricsFindings = findings.stream().map(MetricsFinding::of).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsJsonWriter.create().write(document, results, scope, metricsFindings, out);
        assertThat(out.size()).isPositive();
        PublishedMetrics published = PublishedMetrics.of(document, results, DisclosureControl.defaults());
        assertThat(published.projects()).hasSameSizeAs(results);
        ByteArrayOutputStream publishedOut = new ByteArrayOutputStream();
        MetricsJsonWriter.create().writePublished(document, results, published, scope, metricsFindings,
            publishedOut);
        assertThat(publishedOut.size()).isPositive();
    }

    @DictionaryFile(resourcePath = "samverkan-json.dict")
    @FuzzTest(maxDuration = "10m")
    void streamed_participants_read_or_fail_with_located_problems(byte[] input) throws IOException {
        try (ParticipantReader participants = JSON.openParticipants(new ByteArrayInputStream(input))) {
            while (participants.hasNext()) {
                assertThat(participants.next()).isNotNull();
            }
        } catch (SamverkanJsonException problems) {
            assertProblemsAreForUsers(problems);
        }
    }

    private static void assertProblemsAreForUsers(SamverkanJsonException problems) {
        assertThat(problems.problems()).isNotEmpty();
        for (JsonProblem problem : problems.problems()) {
            assertThat(problem.pointer()).satisfiesAnyOf(p -> assertThat(p).isEmpty(),
                p -> assertThat(p).startsWith("/"));
            assertThat(problem.messageKey()).isNotBlank();
            Stream.of(problem.message(SamverkanValidator.SWEDISH), problem.message(ENGLISH)).forEach(message ->
                assertThat(message).isNotBlank()
                    .doesNotContain("tools.jackson", "java.lang", "Exception", "\tat "));
        }
    }
}

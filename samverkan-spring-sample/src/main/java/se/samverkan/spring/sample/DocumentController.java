package se.samverkan.spring.sample;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.json.SamverkanJson;
import se.samverkan.json.metrics.MetricsJsonWriter;
import se.samverkan.metrics.DocumentMeasurement;
import se.samverkan.metrics.DocumentMetrics;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.rules.DocumentCheck;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.Problem;
import se.samverkan.model.project.Project;

/**
 * The two endpoints: checking a document and computing its metrics. The body is a samverkan JSON document
 * (docs/format.md) read as bytes, so that every problem is located by line and column in it; the language
 * of messages follows {@code Accept-Language} ({@code sv}, the default, or {@code en}).
 */
@RestController
@RequestMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
class DocumentController {

    private final SamverkanJson json;
    private final DocumentCheck check;
    private final MetricsJsonWriter metricsWriter;

    DocumentController(SamverkanJson json, DocumentCheck check, MetricsJsonWriter metricsWriter) {
        this.json = json;
        this.check = check;
        this.metricsWriter = metricsWriter;
    }

    /**
     * Checks a document: 200 with its warnings (an empty list when it has no problem), 422 problem details
     * listing every problem when it has an error, 400 problem details with the reading problems when the
     * body is not a readable document.
     */
    // tag::check[]
    @PostMapping("/check")
    ResponseEntity<CheckResult> check(@RequestBody(required = false) byte @Nullable [] body, Locale language) {
        DocumentText input = DocumentText.read(json, body);            // not a document: 400, see ProblemAdvice
        List<Problem> problems = check.check(input.document(), json.positions(input.text()));
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new DocumentHasErrorsException(problems);           // 422 with every problem
        }
        return ResponseEntity.ok(new CheckResult(ProblemView.all(problems, language)));
    }
    // end::check[]

    /**
     * The metrics of a document, as {@code samverkan-cli.jar metrics FILE} prints them (docs/cli.md), with
     * the tool's options as query parameters; 400 problem details for a body that is not a readable
     * document or a bad parameter.
     */
    @PostMapping(path = "/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> metrics(@RequestBody(required = false) byte @Nullable [] body,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String asOf,
            @RequestParam(required = false) @Nullable String project,
            @RequestParam(defaultValue = "false") boolean disclosed,
            Locale language) {
        MeasurementScope scope = ScopeParameters.scope(from, to, asOf);
        DocumentText input = DocumentText.read(json, body);
        SamverkanDocument document = input.document();
        List<Project> projects = project == null ? document.getProjects()
            : document.getProjects().stream().filter(p -> p.getId().equals(project)).toList();
        if (projects.isEmpty() && project != null) {
            throw new BadParameterException("project", "parameter.project", project);
        }
        DocumentMeasurement measurement = DocumentMeasurement.of(scope);
        if (disclosed) {
            measurement = measurement.disclosed(DisclosureControl.defaults());
        }
        DocumentMetrics measured = measurement.measure(document, projects).locatedBy(json.positions(input.text()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        metricsWriter.write(measured, language, out);
        out.write('\n');                                                // as the tool prints it: one line feed
        return ResponseEntity.ok(out.toByteArray());
    }
}

package se.samverkan.examples.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.MetricsAccumulator;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.metrics.rules.RuleAccumulator;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;

/**
 * Guide example: a large participant register (<i>deltagarregister</i>) read one participant at a time,
 * measured and checked against the reporting rules in the same pass, so memory does not grow with the
 * number of participants.
 */
public final class StreamLarge {

    private StreamLarge() {
    }

    /** The figures and the reporting-rule findings of one streamed document. */
    public record Streamed(List<ProjectResult> results, List<Finding> findings) {
    }

    /**
     * Prints the counts and the findings of the document named by the first argument.
     *
     * @param args the path of the document
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Streamed streamed = stream(Path.of(args[0]));
        for (ProjectResult result : streamed.results()) {
            System.out.println(result.projectId() + ": " + result.participants().started() + " started");
        }
        System.out.println(streamed.findings().size() + " findings");
    }

    /**
     * Streams a document's participants through the metrics and the reporting rules.
     *
     * @param path the document, not null
     * @return the figures and findings, complete: a problem anywhere in the text throws instead
     * @throws se.samverkan.json.SamverkanJsonException if the document is not readable (possibly only after
     *     some participants were read: then nothing computed so far may be used)
     * @throws IOException if the file cannot be read
     */
    // tag::stream[]
    public static Streamed stream(Path path) throws IOException {
        try (ParticipantReader reader = SamverkanJson.create().openParticipants(path)) {
            SamverkanDocument header = reader.header();            // everything but the participants
            MetricsAccumulator metrics = ProjectMetrics.of(MeasurementScope.projectPeriod())
                .accumulator(header.getProjects());
            RuleAccumulator rules = ReportingRules.create().accumulator(header);
            while (reader.hasNext()) {
                Participant participant = reader.next();
                metrics.accept(participant);
                rules.accept(participant);
            }
            // only now, with the whole text read without a problem, are the results complete
            return new Streamed(metrics.result(), rules.result());
        }
    }
    // end::stream[]
}

package se.samverkan.examples.guide;

import java.io.IOException;
import java.nio.file.Path;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.disclosure.PublishedMetrics;
import se.samverkan.metrics.disclosure.PublishedProject;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.ExitOutcome;

/**
 * Guide example: the published view (<i>röjandekontroll</i>) of the figures — what may be shown outside
 * the förbund: counts of 1–4 are hidden, and so is one more cell wherever a total would reveal them.
 */
public final class Publish {

    private Publish() {
    }

    /**
     * Prints the published outcome table of every insats of the document named by the first argument.
     *
     * @param args the path of the document
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        SamverkanDocument document = SamverkanJson.create().read(Path.of(args[0]));
        // tag::print[]
        for (PublishedProject project : published(document).projects()) {
            System.out.println(project.projectId() + ": " + project.ended().text("..") + " ended");
            for (ExitOutcome outcome : project.endedByOutcome().keySet()) {
                System.out.println("  " + outcome + " " + project.endedByOutcome().get(outcome).text(".."));
            }
        }
        // end::print[]
    }

    /**
     * The published view of every insats of a document over its own period, with the default minimum of 5.
     *
     * @param document the document, not null
     * @return the view, never null
     */
    // tag::publish[]
    public static PublishedMetrics published(SamverkanDocument document) {
        ProjectMetrics metrics = ProjectMetrics.of(MeasurementScope.projectPeriod());
        return PublishedMetrics.of(document, metrics.compute(document), DisclosureControl.defaults());
    }
    // end::publish[]
}

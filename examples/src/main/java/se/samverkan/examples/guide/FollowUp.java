package se.samverkan.examples.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.followup.FollowUpReport;
import se.samverkan.metrics.followup.NationalFollowUp;
import se.samverkan.metrics.followup.ProjectFollowUp;
import se.samverkan.model.SamverkanDocument;

/**
 * Guide example: a förbund's figures for the national follow-up (<i>Uppföljning Finsam</i>) of one year:
 * its allocated funds and their split by member, and per insats its budget and participants.
 */
public final class FollowUp {

    private FollowUp() {
    }

    /**
     * Prints the follow-up of förbund {@code args[1]} in year {@code args[2]} of document {@code args[0]}.
     *
     * @param args the path of the document, the förbund's id and the year
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        SamverkanDocument document = SamverkanJson.create().read(Path.of(args[0]));
        // tag::followup[]
        NationalFollowUp followUp = NationalFollowUp.create();   // share it: immutable, thread-safe
        Optional<FollowUpReport> report = followUp.report(document, args[1], Integer.parseInt(args[2]));
        report.ifPresent(r -> {
            System.out.println(r.association() + " " + r.year() + ", allocated "
                + r.allocatedFunds().map(Object::toString).orElse("-"));
            for (ProjectFollowUp project : r.projects()) {
                System.out.println("  " + project.project() + ": budget " + project.budget()
                    + ", " + project.participants() + " participants");
            }
        });
        // end::followup[]
    }

    /**
     * The follow-up of one förbund and year.
     *
     * @param document the document, not null
     * @param association the förbund's id, not null
     * @param year the year
     * @return the report, empty when the document has no such förbund; never null
     */
    public static Optional<FollowUpReport> report(SamverkanDocument document, String association, int year) {
        return NationalFollowUp.create().report(document, association, year);
    }
}

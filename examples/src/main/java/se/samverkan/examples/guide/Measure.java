package se.samverkan.examples.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.time.Period;

/**
 * Guide example: measuring a document (<i>uppföljning</i>) — participants, goal attainment and income
 * transitions per insats, over one calendar year. The figures are exact: do not publish them as they are
 * (see {@link Publish}).
 */
public final class Measure {

    private Measure() {
    }

    /**
     * Prints the 2009 figures of the document named by the first argument.
     *
     * @param args the path of the document
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        SamverkanDocument document = SamverkanJson.create().read(Path.of(args[0]));
        // tag::print[]
        for (ProjectResult result : year(document, 2009)) {
            System.out.println(result.projectId() + ": " + result.participants().started() + " started, "
                + result.participants().ended() + " ended");
            for (GoalResult goal : result.goals()) {
                System.out.println("  " + goal.goalId() + " " + goal.actual().orElse(null)
                    + " " + goal.attained());   // ATTAINED, NOT_ATTAINED or UNDECIDED
            }
        }
        // end::print[]
    }

    /**
     * The figures of every insats of a document over one calendar year.
     *
     * @param document the document, not null
     * @param year the calendar year
     * @return one result per insats, in document order, never null
     */
    // tag::measure[]
    public static List<ProjectResult> year(SamverkanDocument document, int year) {
        Period period = Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        ProjectMetrics metrics = ProjectMetrics.of(MeasurementScope.of(period));   // share it: thread-safe
        return metrics.compute(document);
    }
    // end::measure[]
}

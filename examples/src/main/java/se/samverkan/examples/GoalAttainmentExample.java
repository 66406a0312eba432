package se.samverkan.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.MeasurementScope;
import se.samverkan.metrics.ProjectMetrics;
import se.samverkan.metrics.ProjectResult;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.time.Period;

/**
 * Example: goal attainment (<i>måluppfyllelse</i>, docs/metrics.md) of a project over its whole period, or
 * over one year as the year's follow-up would ask.
 *
 * <p>A share goal such as "at least 40 % to work" is the share of <em>ended</em> participations with an
 * outcome in the goal's set, shown with one decimal and a 95 % Wilson interval; whether it is attained
 * is decided on the unrounded share. Run it with
 * {@code java -cp examples/target/samverkan-cli.jar se.samverkan.examples.GoalAttainmentExample examples/data/gemensamma-taget-vuxna.json}.
 */
public final class GoalAttainmentExample {

    private GoalAttainmentExample() {
    }

    /**
     * Prints each goal of each project of the document named by the first argument.
     *
     * @param args the path of the document
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        SamverkanDocument document = SamverkanJson.create().read(Path.of(args[0]));
        for (ProjectResult project : goals(document, MeasurementScope.projectPeriod())) {
            System.out.println(project.projectId() + " " + project.window().period());
            for (GoalResult goal : project.goals()) {
                System.out.println("  " + goal.goalId() + ": actual " + goal.actual().map(Object::toString).orElse("-")
                    + " (" + (goal.numerator().isPresent() ? String.valueOf(goal.numerator().getAsInt()) : "-") + " of "
                    + (goal.denominator().isPresent() ? String.valueOf(goal.denominator().getAsInt()) : "-") + "), target "
                    + goal.target().getComparator() + " " + goal.target().getValue() + ", attained "
                    + goal.attained()
                    + goal.wilson95().map(w -> ", 95 % interval " + w.lower() + "–" + w.upper()).orElse(""));
            }
        }
    }

    /**
     * The goal attainment of every project of a document.
     *
     * @param document the document, not null
     * @param scope    the measurement period and date, not null; for example
     *                 {@code MeasurementScope.of(Period.of(2009-01-01, 2009-12-31))} for the year 2009
     * @return one result per project, in document order, never null
     * @see Period#of(java.time.LocalDate, java.time.LocalDate)
     */
    public static List<ProjectResult> goals(SamverkanDocument document, MeasurementScope scope) {
        return ProjectMetrics.of(scope).compute(document);
    }
}

package se.samverkan.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.samverkan.metrics.costs.ProjectCosts;
import se.samverkan.metrics.disclosure.DisclosureControl;
import se.samverkan.metrics.disclosure.PublishedProject;
import se.samverkan.metrics.disclosure.PublishedUnitCosts;
import se.samverkan.metrics.goals.GoalResult;
import se.samverkan.metrics.income.IncomeTransitions;
import se.samverkan.metrics.participants.ParticipantSummary;
import se.samverkan.model.project.Project;
import se.samverkan.model.time.Period;

/**
 * Everything the metrics output says about one project (<i>nyckeltal för en insats</i>, see
 * {@code docs/metrics.md}): its name, the measurement period and as-of date used, the participant summary,
 * goal attainment, income transitions and costs, and the same figures as shown under disclosure control.
 *
 * <p>{@link #published()} is what an output shows: with the minimum 1 (the exact metrics) every figure is
 * shown, with a higher minimum (the published view) the figures that could reveal a small count are
 * hidden. {@link #publishedUnitCosts()} is present exactly when {@link #costs()} is.
 *
 * <p>{@link #costs()} is empty only in a period of a series shorter than a year, where annual budget and
 * outcome lines cannot be divided. {@link #countsGiven()} is false only for a project measured by counts
 * alone ({@code COUNT_ONLY}) in such a period: its counts are annual too, so its {@code started} figures are
 * not given (its summary then holds zeros for them).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the project's name, as in the document
 * @param result the exact participant summary, goal results and income transitions, with the window used
 * @param costs the budget, outcome, unit costs and ESF split over the measured years; empty when not given
 * @param published the figures as shown, under the minimum of the measurement
 * @param publishedUnitCosts the unit costs as shown; present exactly when {@code costs} is
 * @param countsGiven false when the project's annual participant counts do not apply to the period
 */
public record ProjectMeasurement(
    String name,
    ProjectResult result,
    Optional<ProjectCosts> costs,
    PublishedProject published,
    Optional<PublishedUnitCosts> publishedUnitCosts,
    boolean countsGiven) {

    /**
     * A project's measurement.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the published figures are of another project, or the published
     *     unit costs are present without the costs or absent with them
     */
    public ProjectMeasurement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedUnitCosts, "publishedUnitCosts");
        if (!published.projectId().equals(result.projectId())) {
            throw new IllegalArgumentException("the published figures of " + published.projectId()
                + " for the result of " + result.projectId());
        }
        if (costs.isPresent() != publishedUnitCosts.isPresent()) {
            throw new IllegalArgumentException("published unit costs " + (costs.isPresent() ? "missing" : "without costs")
                + " for " + result.projectId());
        }
    }

    /**
     * The measurement of a project from its exact result and costs, as shown under a disclosure control.
     *
     * @param project the project measured (its name and goal definitions are read), not null
     * @param result the project's exact participant metrics, not null
     * @param costs its costs, computed from {@code result}'s counts, or empty when not given; not null
     * @param control the disclosure control; minimum 1 for the exact metrics; not null
     * @return the measurement, with its counts given; never null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code result} is not of {@code project}
     */
    public static ProjectMeasurement of(Project project, ProjectResult result, Optional<ProjectCosts> costs,
        DisclosureControl control) {
        PublishedProject published = PublishedProject.of(project, result, control);
        return new ProjectMeasurement(project.getName(), result, costs,
            published, costs.map(exact -> published.unitCosts(exact.unitCosts())), true);
    }

    /**
     * The project's id.
     *
     * @return the id, never null
     */
    public String id() {
        return result.projectId();
    }

    /**
     * The measurement period used: the caller's, else the project's own (clipped to the period of a series).
     *
     * @return the period, never null
     */
    public Period period() {
        return result.window().period();
    }

    /**
     * The day the figures are counted as of.
     *
     * @return the date, never null
     */
    public LocalDate asOf() {
        return result.window().asOf();
    }

    /**
     * The exact participant summary.
     *
     * @return the summary, never null
     */
    public ParticipantSummary participants() {
        return result.participants();
    }

    /**
     * The exact goal results, in the project's goal order.
     *
     * @return the results, unmodifiable, never null
     */
    public List<GoalResult> goals() {
        return result.goals();
    }

    /**
     * The exact income transitions.
     *
     * @return the transitions, never null
     */
    public IncomeTransitions incomeTransitions() {
        return result.incomeTransitions();
    }
}

package se.samverkan.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.samverkan.metrics.participants.AgeBands;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.project.Project;

/**
 * A streaming accumulator of the participant metrics of every project of a document
 * (<i>deltagarmått</i>, docs/metrics.md): one pass over a stream of participants computes each project's
 * summary, goal results and income transitions without holding the participants.
 *
 * <p>Accumulators made by the same {@link ProjectMetrics} for the same projects {@link #merge merge}
 * associatively and commutatively and count exactly, so {@code participants.parallelStream()} (see
 * {@link ProjectMetrics#collector(List)}) and a single pass give identical results.
 *
 * <p>Instances are mutable and not thread-safe; give each thread its own and merge them.
 */
public final class MetricsAccumulator {

    private final List<Project> projects;
    private final List<ProjectAccumulator> accumulators;

    MetricsAccumulator(List<Project> projects, MeasurementScope scope, AgeBands ageBands) {
        this.projects = List.copyOf(projects);
        this.accumulators = new ArrayList<>(this.projects.size());
        for (Project project : this.projects) {
            accumulators.add(new ProjectAccumulator(project, scope, ageBands));
        }
    }

    /**
     * Counts a participant's participations in every project.
     *
     * @param participant the participant, not null
     * @throws NullPointerException if {@code participant} is null
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    public void accept(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        for (int i = 0; i < accumulators.size(); i++) {
            accumulators.get(i).accept(participant);
        }
    }

    /**
     * Adds another accumulator's counts to this one.
     *
     * @param other an accumulator for the same projects, scope and age bands, not null
     * @return this accumulator, never null
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if {@code other} measures other projects, another scope or
     *     other age bands
     * @throws ArithmeticException if a count overflows an {@code int}
     */
    public MetricsAccumulator merge(MetricsAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!projects.equals(other.projects)) {
            throw new IllegalArgumentException("cannot merge metrics of other projects");
        }
        for (int i = 0; i < accumulators.size(); i++) {
            accumulators.get(i).merge(other.accumulators.get(i));
        }
        return this;
    }

    /**
     * The metrics of every project from everything accepted so far.
     *
     * @return one result per project, in project order; an unmodifiable list, never null
     */
    public List<ProjectResult> result() {
        List<ProjectResult> results = new ArrayList<>(accumulators.size());
        accumulators.forEach(accumulator -> results.add(accumulator.result()));
        return List.copyOf(results);
    }
}

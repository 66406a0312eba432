package se.samverkan.metrics.valuation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.samverkan.model.participant.Participant;

/**
 * A streaming accumulator of the {@link ValuationResult valuations} of a document's insatser
 * (<i>samhällsekonomisk kalkyl</i>): participants are fed one at a time and never held, so memory does not
 * grow with their number.
 *
 * <p>The sums are exact, so accumulators of the same {@link ProjectValuation} over the same projects merge
 * associatively and commutatively: any split of the participants gives the same result as one pass.
 * Instances are mutable and not thread-safe.
 */
public final class ValuationAccumulator {

    private final ProjectValuation valuation;
    private final List<ProjectTally> tallies;

    ValuationAccumulator(ProjectValuation valuation, List<ProjectTally> tallies) {
        this.valuation = valuation;
        this.tallies = tallies;
    }

    /**
     * Counts a participant's valued participations in each project.
     *
     * @param participant the participant, not null
     * @throws NullPointerException if {@code participant} is null
     * @throws ArithmeticException if a count overflows
     */
    public void accept(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        for (ProjectTally tally : tallies) {
            tally.accept(participant);
        }
    }

    /**
     * Adds another accumulator's sums to this one.
     *
     * @param other an accumulator of the same valuation over the same projects, not null
     * @return this accumulator, never null
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalArgumentException if {@code other} comes from another valuation or other projects
     * @throws ArithmeticException if a count overflows
     */
    public ValuationAccumulator merge(ValuationAccumulator other) {
        Objects.requireNonNull(other, "other");
        if (!valuation.equals(other.valuation) || tallies.size() != other.tallies.size()) {
            throw new IllegalArgumentException("cannot merge the valuation of other projects or parameters");
        }
        for (int i = 0; i < tallies.size(); i++) {
            tallies.get(i).merge(other.tallies.get(i));
        }
        return this;
    }

    /**
     * The valuations of the participants counted so far.
     *
     * @return one result per project, in the order the accumulator was created with; unmodifiable
     */
    public List<ValuationResult> result() {
        List<ValuationResult> results = new ArrayList<>(tallies.size());
        for (ProjectTally tally : tallies) {
            results.add(tally.result(valuation.parameters(), valuation.factor()));
        }
        return List.copyOf(results);
    }
}

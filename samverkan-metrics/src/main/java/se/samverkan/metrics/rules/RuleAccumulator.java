package se.samverkan.metrics.rules;

import java.util.List;
import java.util.Objects;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;

/**
 * The reporting rules (<i>rapporteringsregler</i>) over a streamed document: the document's header
 * (parties, associations, projects) is given first, then its participants one at a time in document order.
 * {@link #result()} gives exactly the findings — same rules, pointers, messages and order — that
 * {@link ReportingRules#check(SamverkanDocument)} gives for the whole document, including the rules that
 * compare participants with each other (a participant id used twice, overlapping participations and
 * re-enrolments of one person, a cohort over its planned size). {@code check} itself runs through this
 * class.
 *
 * <p>Memory: besides the findings, the accumulator keeps, per distinct participant id, the index of its
 * first participant and a short summary of each of its counted participations (project, start, last day,
 * whether a re-enrolment reason is given, and where it is), and per cohort a count; never a
 * {@link Participant} object.
 *
 * <p>Not thread-safe: one accumulator serves one document, from one thread.
 */
public final class RuleAccumulator {

    private final DocumentIndex index;
    private final List<ParticipantCheck> checks;
    private final Findings findings = new Findings();
    private int participants;
    private List<Finding> result;

    RuleAccumulator(SamverkanDocument header, List<Check> headerChecks, List<ParticipantCheck> checks) {
        this.index = new DocumentIndex(header);
        this.checks = checks;
        for (Check check : headerChecks) {
            check.run(index, findings);
        }
        for (Participant participant : header.getParticipants()) {
            accept(participant);
        }
    }

    /**
     * Checks the next participant of the document: the first call takes the participant at index 0 of
     * {@code participants} (after any the header itself holds), the next one index 1, and so on.
     *
     * @param participant the participant, not null
     * @throws NullPointerException if {@code participant} is null
     * @throws IllegalStateException if {@link #result()} has been called
     */
    public void accept(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        if (result != null) {
            throw new IllegalStateException("the findings have been handed out; no participant can follow");
        }
        int at = participants;
        for (ParticipantCheck check : checks) {
            check.accept(index, at, participant, findings);
        }
        participants = Math.addExact(participants, 1);
    }

    /**
     * The findings of the header and of every participant accepted; ends the document (later calls give
     * the same list).
     *
     * @return the findings in document order of their pointers, then rule order; never null and
     *     unmodifiable
     */
    public List<Finding> result() {
        if (result == null) {
            for (ParticipantCheck check : checks) {
                check.finish(index, findings);
            }
            result = findings.sorted();
        }
        return result;
    }
}

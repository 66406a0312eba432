package se.samverkan.metrics.rules;

import se.samverkan.model.participant.Participant;

/**
 * Reporting rules about participants, checked one participant at a time in document order, so that a
 * streamed document is checked exactly like one held whole. An implementation that compares participants
 * with each other keeps what it needs (per distinct participant id at most) and reports those findings in
 * {@link #finish}; one instance serves one run. Implementations never throw on a participant the model
 * can build.
 */
interface ParticipantCheck {

    /** Checks the participant at {@code index} of the document's {@code participants}. */
    void accept(DocumentIndex index, int participant, Participant value, Findings findings);

    /** Reports the findings that need every participant; called once, after the last one. */
    default void finish(DocumentIndex index, Findings findings) {
    }
}

package se.samverkan.json;

import java.util.Iterator;
import java.util.stream.Stream;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;

/**
 * The participants (<i>deltagare</i>) of a document read one at a time (JSON.md §1, streaming), with
 * the rest of the document available first: memory does not grow with the number of participants.
 * Obtained from {@link SamverkanJson#openParticipants(java.nio.file.Path)}.
 *
 * <p>{@link #header()} is the document without its participants (schema version, parties, associations,
 * projects), complete whatever the order of the properties in the text. The whole text has been checked
 * for well-formed JSON, limits, duplicate keys and trailing content before the reader is returned; a
 * participant that does not fit the format is reported when it is reached, by {@link #hasNext()} or
 * {@link #next()} throwing {@link SamverkanJsonException} with its pointer, line and column.
 *
 * <p>The reader closes itself after the last participant; close it (try-with-resources) when stopping
 * earlier. Not thread-safe: one consumer at a time.
 */
public interface ParticipantReader extends Iterator<Participant>, AutoCloseable {

    /**
     * The document without its participants: everything but the {@code participants} array.
     *
     * @return the document with an empty participant list, never null
     */
    SamverkanDocument header();

    /**
     * Whether another participant follows; reads it ahead.
     *
     * @return true if {@link #next()} will return a participant
     * @throws SamverkanJsonException if the next participant does not fit the format
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    @Override
    boolean hasNext();

    /**
     * The next participant, in document order.
     *
     * @return the participant, never null
     * @throws java.util.NoSuchElementException if there is none
     * @throws SamverkanJsonException if the participant does not fit the format
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    @Override
    Participant next();

    /**
     * The remaining participants as a sequential stream; closing the stream closes the reader.
     *
     * @return the stream, never null
     */
    Stream<Participant> stream();

    /** Releases the file (and deletes a temporary copy); idempotent. */
    @Override
    void close();
}

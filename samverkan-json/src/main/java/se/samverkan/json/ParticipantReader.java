package se.samverkan.json;

import java.util.Iterator;
import java.util.stream.Stream;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;

/**
 * The participants (<i>deltagare</i>) of a document read one at a time (docs/format.md, streaming), with
 * the rest of the document available first: memory does not grow with the number of participants.
 * Obtained from {@link SamverkanJson#openParticipants(java.nio.file.Path)}.
 *
 * <p>{@link #header()} is the document without its participants (schema version, parties, associations,
 * projects), complete whatever the order of the properties in the text. What has been checked when the
 * reader is returned depends on that order:
 * <ul>
 * <li><b>{@code participants} after all five other root properties</b> ({@code schemaVersion},
 * {@code parties}, {@code associations}, {@code projects}, {@code structures}; the order the library
 * writes, empty arrays included): the text is read in one pass. Checked before the reader is returned: everything before the
 * participants array (well-formed, within the limits, no duplicate or unknown key, every part fits the
 * format) and that {@code participants} is an array or {@code null}. Everything from the first participant
 * on is checked only when it is reached: a participant that does not fit the format, malformed text, a
 * limit exceeded (the document's length included), and, after the last participant, a repeated or unknown
 * root property or content after the document.</li>
 * <li><b>Any other order, or a root property absent</b>: the text is read twice. Checked before the reader
 * is returned: the whole text (well-formed, within the limits, no duplicate key, no content after the
 * document) and every part but the participants. Only a participant that does not fit the format is
 * reported when it is reached.</li>
 * </ul>
 * Whatever is reported when reached is reported by {@link #hasNext()} or {@link #next()} throwing
 * {@link SamverkanJsonException} with its pointer, line and column. From then on the reader is closed and
 * every call of {@code hasNext()} or {@code next()} throws the same exception again.
 *
 * <p>Whenever a problem is found, before the reader is returned or while iterating, the exception carries
 * every problem of the text, exactly as a whole read of the same bytes reports them (in the order of the
 * text, up to 100, see {@link SamverkanJsonException}): the text is then read once more from its start to
 * collect them. No participant is returned after the first problem has been found.
 *
 * <p>So the participants returned are those of a valid document only once iteration has ended without an
 * exception ({@code hasNext()} returned {@code false}). A consumer must not treat what it has computed from
 * them (counts, metrics, output) as complete, or publish it, before that: if iteration throws, the whole
 * document is to be treated as unreadable.
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
     * @return true if {@link #next()} will return a participant; false once the document has been read
     *     to its end without a problem
     * @throws SamverkanJsonException if the next participant does not fit the format or, where the text is
     *     read in one pass, the text up to the next participant or to the document's end has a problem
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    @Override
    boolean hasNext();

    /**
     * The next participant, in document order.
     *
     * @return the participant, never null
     * @throws java.util.NoSuchElementException if there is none
     * @throws SamverkanJsonException if the participant does not fit the format, or the text has a problem
     *     as for {@link #hasNext()}
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

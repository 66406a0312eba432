package se.samverkan.json.internal;

import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;

/**
 * Yields the participants of a file one at a time; holds one participant at a time. Either the cursor that
 * read the header is inside the participants array (one pass: after the array, the rest of the document is
 * read and checked), or a fresh cursor finds the array again (second pass, the text already checked whole).
 * Once reading fails, every later call reports the same failure: the participants returned so far are then
 * not the document's. The failure carries every problem of the text, as a whole read reports them: at the
 * first problem the reader hands out no more participants and has the whole text read again for them.
 */
final class StreamingParticipantReader implements ParticipantReader {

    private final SamverkanDocument header;
    private final DocumentCursor cursor;
    private final boolean onePass;
    private final Path file;
    private final boolean deleteOnClose;
    private final Supplier<SamverkanJsonException> verdict;
    private Participant next;
    private boolean inArray;
    private boolean started;
    private boolean done;
    private boolean closed;
    private RuntimeException failure;

    private StreamingParticipantReader(SamverkanDocument header, DocumentCursor cursor, boolean onePass,
            boolean inArray, Path file, boolean deleteOnClose, Supplier<SamverkanJsonException> verdict) {
        this.header = header;
        this.verdict = verdict;
        this.cursor = cursor;
        this.onePass = onePass;
        this.inArray = inArray;
        this.started = onePass;
        this.file = file;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * A reader continuing the pass that read the header.
     *
     * @param cursor positioned on the value of {@code participants}, the last root property
     * @param inArray whether that value is an array (false for JSON null)
     * @param verdict every problem of the whole text, read again
     */
    static StreamingParticipantReader onePass(SamverkanDocument header, DocumentCursor cursor, boolean inArray,
            Path file, boolean deleteOnClose, Supplier<SamverkanJsonException> verdict) {
        return new StreamingParticipantReader(header, cursor, true, inArray, file, deleteOnClose, verdict);
    }

    /**
     * A reader making a second pass over a text already checked whole.
     *
     * @param cursor a fresh cursor at the start of the text
     * @param verdict every problem of the whole text, read again
     */
    static StreamingParticipantReader secondPass(SamverkanDocument header, DocumentCursor cursor, Path file,
            boolean deleteOnClose, Supplier<SamverkanJsonException> verdict) {
        return new StreamingParticipantReader(header, cursor, false, false, file, deleteOnClose, verdict);
    }

    @Override
    public SamverkanDocument header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        if (closed) {
            return false;
        }
        if (next == null && !done) {
            try {
                advance();
            } catch (SamverkanJsonException e) {
                failure = verdict.get();
                close();
                throw failure;
            } catch (RuntimeException e) {
                failure = e;
                close();
                throw e;
            }
        }
        return next != null;
    }

    private void advance() {
        if (!started) {
            started = true;
            inArray = positionOnParticipants();
        }
        next = inArray ? cursor.nextElement(Participant.class) : null;
        cursor.finish();
        if (next == null) {
            if (onePass) {
                endOfRoot();
                cursor.finish();
            }
            done = true;
            close();
        }
    }

    /** Second pass: skip the parts already read, stop on the participants array. */
    private boolean positionOnParticipants() {
        cursor.open();
        for (String name = cursor.nextProperty(); name != null; name = cursor.nextProperty()) {
            if (name.equals("participants")) {
                return cursor.enterArray();
            }
            cursor.skipValue();
        }
        return false;
    }

    /**
     * One pass, after the participants: every root property has been read, so the root object must end here,
     * with nothing but white space after it. The cursor reports whatever else follows (a repeated or unknown
     * property, malformed text, trailing content).
     */
    private void endOfRoot() {
        String after = cursor.nextProperty();
        if (after != null) {
            throw new IllegalStateException("root property after the participants not refused: " + after);
        }
    }

    @Override
    public Participant next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more participants");
        }
        Participant result = next;
        next = null;
        return result;
    }

    @Override
    public Stream<Participant> stream() {
        Spliterator<Participant> split = Spliterators.spliteratorUnknownSize(this,
            Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(this::close);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            cursor.close();
            if (deleteOnClose) {
                DocumentEngine.deleteQuietly(file);
            }
        }
    }
}

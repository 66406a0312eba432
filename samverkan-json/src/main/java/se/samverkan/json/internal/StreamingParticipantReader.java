package se.samverkan.json.internal;

import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import se.samverkan.json.ParticipantReader;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;

/**
 * Yields the participants of a file one at a time from a cursor positioned in the second pass; holds one
 * participant at a time.
 */
final class StreamingParticipantReader implements ParticipantReader {

    private final SamverkanDocument header;
    private final DocumentCursor cursor;
    private final Path file;
    private final boolean deleteOnClose;
    private Participant next;
    private boolean inArray;
    private boolean started;
    private boolean done;
    private boolean closed;

    StreamingParticipantReader(SamverkanDocument header, DocumentCursor cursor, Path file, boolean deleteOnClose) {
        this.header = header;
        this.cursor = cursor;
        this.file = file;
        this.deleteOnClose = deleteOnClose;
    }

    @Override
    public SamverkanDocument header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (next == null && !done) {
            if (!started) {
                started = true;
                inArray = positionOnParticipants();
            }
            next = inArray ? cursor.nextElement(Participant.class) : null;
            if (next == null) {
                done = true;
                close();
            }
        }
        return next != null;
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

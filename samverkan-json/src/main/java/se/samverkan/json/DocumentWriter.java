package se.samverkan.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import se.samverkan.model.DocumentOrder;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.participant.Participant;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A streaming writer of one samverkan document (<i>samverkansdokument</i>, docs/format.md): the header (the
 * parties, förbund, insatser and cooperation structures) first, then the participants (<i>deltagare</i>)
 * one at a time, so that a document of hundreds of thousands of participants is written without holding
 * them in memory. Get one from {@link SamverkanJson#writer(OutputStream)}.
 *
 * <pre>{@code
 * DocumentWriter writer = json.writer(out);
 * writer.header(header);                     // its own participants, if any, come first
 * for (Participant participant : source) {
 *     writer.participant(participant);
 * }
 * writer.finish();                           // ends the document
 * }</pre>
 *
 * <p>The bytes are exactly those {@link SamverkanJson#write(SamverkanDocument, OutputStream)} writes for the
 * header with all the participants in the order given: UTF-8, the same property order, indentation and
 * final line break. The writer keeps no participant: its memory does not grow with their number. Nothing
 * is checked while writing; check the document with {@code DocumentCheck} if it was not checked before.
 *
 * <p>{@link #finish()} ends the document and flushes the stream but does not close it. It is deliberately
 * not {@code close()}: a writer left by an exception (the source of the participants failed half way) must
 * leave an unfinished text that no reader accepts, not a complete-looking document that lacks
 * participants. A writer is used by one thread at a time; it is not thread-safe.
 */
public final class DocumentWriter {

    /** The module on a mapper with SamverkanJson's two output settings: the same bytes, property by property. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
        .addModule(new SamverkanModule())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)   // one flush at the end, not one per participant
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)            // the caller owns the stream
        .build();
    private static final List<String> ROOT = DocumentOrder.of(SamverkanDocument.class);
    private static final ObjectWriter PARTICIPANT = MAPPER.writerFor(Participant.class);

    private enum State { NEW, PARTICIPANTS, FINISHED }

    private final OutputStream out;
    private JsonGenerator generator;
    private State state = State.NEW;

    private DocumentWriter(OutputStream out) {
        this.out = out;
    }

    /**
     * A writer to a stream.
     *
     * @param out the stream, not null; written as UTF-8, flushed, never closed
     * @return the writer, never null
     * @throws NullPointerException if {@code out} is null
     */
    static DocumentWriter to(OutputStream out) {
        return new DocumentWriter(Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes the document's header: every root property before {@code participants}, and then the header's
     * own participants, if it has any. Call it once, first.
     *
     * @param header the document whose header is written, not null
     * @return this writer, never null
     * @throws NullPointerException if {@code header} is null
     * @throws IllegalStateException if a header was written already or the document is finished
     * @throws IOException if the stream fails
     */
    public DocumentWriter header(SamverkanDocument header) throws IOException {
        Objects.requireNonNull(header, "header");
        if (state != State.NEW) {
            throw new IllegalStateException(state == State.FINISHED ? "the document is finished"
                : "the header is written already; write participants or finish");
        }
        io(() -> {
            generator = MAPPER.createGenerator(out);
            generator.writeStartObject();
            for (String name : ROOT.subList(0, ROOT.size() - 1)) {
                generator.writeName(name);
                writeRoot(name, header);
            }
            generator.writeName(ROOT.get(ROOT.size() - 1));
            generator.writeStartArray();
        });
        state = State.PARTICIPANTS;
        for (Participant participant : header.getParticipants()) {
            participant(participant);
        }
        return this;
    }

    private void writeRoot(String name, SamverkanDocument header) {
        switch (name) {
            case "schemaVersion" -> generator.writeString(header.getSchemaVersion());
            case "parties" -> list(header.getParties(), se.samverkan.model.party.Party.class);
            case "associations" ->
                list(header.getAssociations(), se.samverkan.model.association.CoordinationAssociation.class);
            case "projects" -> list(header.getProjects(), se.samverkan.model.project.Project.class);
            case "structures" -> list(header.getStructures(), se.samverkan.model.structure.CooperationGroup.class);
            default -> throw new IllegalStateException("a root property this writer does not know: " + name);
        }
    }

    private void list(List<?> values, Class<?> element) {
        JavaType type = MAPPER.getTypeFactory().constructCollectionType(List.class, element);
        MAPPER.writerFor(type).writeValue(generator, values);
    }

    /**
     * Writes one participant, after the header and the participants written before it.
     *
     * @param participant the participant, not null
     * @return this writer, never null
     * @throws NullPointerException if {@code participant} is null
     * @throws IllegalStateException if no header was written yet or the document is finished
     * @throws IOException if the stream fails
     */
    public DocumentWriter participant(Participant participant) throws IOException {
        Objects.requireNonNull(participant, "participant");
        if (state != State.PARTICIPANTS) {
            throw new IllegalStateException(state == State.NEW ? "write the header first" : "the document is finished");
        }
        io(() -> PARTICIPANT.writeValue(generator, participant));
        return this;
    }

    /**
     * Ends the document (the participants array, the root object and the final line break) and flushes the
     * stream, which stays open. Call it once every participant is written; finishing twice does nothing.
     *
     * @throws IllegalStateException if no header was written: a document without one would not read back
     * @throws IOException if the stream fails
     */
    public void finish() throws IOException {
        if (state == State.FINISHED) {
            return;
        }
        if (state == State.NEW) {
            throw new IllegalStateException("no header was written; write one before finishing");
        }
        state = State.FINISHED;
        io(() -> {
            generator.writeEndArray();
            generator.writeEndObject();
            generator.close();   // flushes; the stream stays open (AUTO_CLOSE_TARGET is off)
        });
        out.write('\n');
        out.flush();
    }

    /** A step that writes, with Jackson's unchecked failures of the stream turned back into IOException. */
    private interface Step {
        void run();
    }

    private static void io(Step step) throws IOException {
        try {
            step.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            throw e;
        }
    }
}

package se.samverkan.json.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.samverkan.json.JsonLimits;
import se.samverkan.json.JsonProblem;
import se.samverkan.json.ParticipantReader;
import se.samverkan.json.SamverkanJsonException;
import se.samverkan.model.ImmutableSamverkanDocument;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.association.CoordinationAssociation;
import se.samverkan.model.participant.Participant;
import se.samverkan.model.party.Party;
import se.samverkan.model.project.Project;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reading and writing machinery behind {@code SamverkanJson}: two strict mappers (one bounded for
 * documents read whole, one for streamed documents), the document walk and the writer.
 *
 * <p>Methods throw {@link SamverkanJsonException} for problems in the text and {@link UncheckedIOException}
 * when the source or sink fails. Instances are immutable and thread-safe.
 */
public final class DocumentEngine {

    private final JsonLimits limits;
    private final JsonMapper wholeMapper;
    private final JsonMapper streamMapper;
    private final ProblemTranslator wholeTranslator;
    private final ProblemTranslator streamTranslator;
    private final ObjectWriter writer;

    /**
     * An engine with the given bounds.
     *
     * @param limits the bounds on input, not null
     */
    public DocumentEngine(JsonLimits limits) {
        this.limits = limits;
        this.wholeMapper = HardenedMapper.create(limits, limits.maxDocumentLength());
        this.streamMapper = HardenedMapper.create(limits, limits.maxStreamedDocumentLength());
        this.wholeTranslator = new ProblemTranslator(limits, limits.maxDocumentLength());
        this.streamTranslator = new ProblemTranslator(limits, limits.maxStreamedDocumentLength());
        this.writer = wholeMapper.writer();
    }

    /**
     * Reads a whole document held in a string.
     *
     * @param json the text, not null
     * @return the document, never null
     */
    public SamverkanDocument read(String json) {
        if (json.length() > limits.maxDocumentLength()) {
            String bound = Long.toString(limits.maxDocumentLength());
            throw new SamverkanJsonException(List.of(JsonProblem.of("", 1, 1, ProblemType.DOCUMENT_TOO_LONG.key(),
                ProblemType.DOCUMENT_TOO_LONG.swedish(bound), ProblemType.DOCUMENT_TOO_LONG.english(bound))));
        }
        try {
            return read(TextSource.withoutByteOrderMark(new StringReader(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a whole document from characters; the reader is closed.
     *
     * @param source the text, not null
     * @return the document, never null
     */
    public SamverkanDocument read(Reader source) {
        try (DocumentCursor cursor = cursor(wholeMapper, wholeTranslator, source)) {
            ImmutableSamverkanDocument.Builder document = SamverkanDocument.builder();
            readParts(cursor, document, true);
            return document.build();
        }
    }

    /**
     * Opens a streaming reader over a file: a first pass reads everything but the participants (and
     * checks the whole text), a second pass yields the participants one at a time.
     *
     * @param path the file, not null
     * @param deleteOnClose whether the file is a temporary copy to delete when the reader closes
     * @return the reader, never null
     */
    public ParticipantReader openParticipants(Path path, boolean deleteOnClose) {
        boolean handedOver = false;
        try {
            SamverkanDocument header;
            try (DocumentCursor cursor = cursor(streamMapper, streamTranslator, open(path))) {
                ImmutableSamverkanDocument.Builder document = SamverkanDocument.builder();
                readParts(cursor, document, false);
                header = document.build();
            }
            DocumentCursor participants = cursor(streamMapper, streamTranslator, open(path));
            ParticipantReader reader = new StreamingParticipantReader(header, participants, path, deleteOnClose);
            handedOver = true;
            return reader;
        } finally {
            if (!handedOver && deleteOnClose) {
                deleteQuietly(path);
            }
        }
    }

    /**
     * Writes a document: UTF-8 JSON, two-space indentation, properties in the order of JSON.md §1, absent
     * optional values left out, a final newline. The same document always gives the same text.
     *
     * @param document the document, not null
     * @param out the sink, not null; not closed
     */
    public void write(SamverkanDocument document, Writer out) {
        try {
            writer.writeValue(new NonClosingWriter(out), document);
            out.write('\n');
            out.flush();
        } catch (JacksonException e) {
            throw new UncheckedIOException(e.getCause() instanceof IOException
                ? (IOException) e.getCause() : new IOException(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The line and column of each JSON Pointer in a text already read successfully; a pointer that names
     * no value present in the text (a default) is placed at its nearest enclosing value.
     *
     * @param source the text, not null; closed
     * @param pointers the pointers, not null
     * @return for each pointer its 1-based line and column, never null
     */
    public Map<String, int[]> locate(Reader source, Collection<String> pointers) {
        try (JsonParser parser = wholeMapper.createParser(source)) {
            return LocationIndex.locate(parser, pointers);
        }
    }

    private static void readParts(DocumentCursor cursor, ImmutableSamverkanDocument.Builder document,
            boolean withParticipants) {
        cursor.open();
        for (String name = cursor.nextProperty(); name != null; name = cursor.nextProperty()) {
            switch (name) {
                case "schemaVersion":
                    String version = cursor.readString();
                    if (version != null) {
                        document.schemaVersion(version);
                    }
                    break;
                case "parties":
                    cursor.readArray(Party.class, document::addParties);
                    break;
                case "associations":
                    cursor.readArray(CoordinationAssociation.class, document::addAssociations);
                    break;
                case "projects":
                    cursor.readArray(Project.class, document::addProjects);
                    break;
                case "participants":
                    if (withParticipants) {
                        cursor.readArray(Participant.class, document::addParticipants);
                    } else {
                        cursor.skipArray();
                    }
                    break;
                default:
                    throw new IllegalStateException("root property not handled: " + name);
            }
        }
    }

    private DocumentCursor cursor(JsonMapper mapper, ProblemTranslator translator, Reader source) {
        JsonParser parser;
        try {
            parser = mapper.createParser(source);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getOriginalMessage()));
        }
        return new DocumentCursor(mapper, parser, translator);
    }

    private static Reader open(Path path) {
        try {
            return TextSource.utf8(Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A temporary copy that cannot be deleted is left to the operating system's clean-up.
        }
    }

    /** Keeps Jackson from closing the caller's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

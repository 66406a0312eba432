package se.samverkan.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
import se.samverkan.model.structure.CooperationGroup;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reading and writing machinery behind {@code SamverkanJson}: strict mappers (over characters one
 * bounded for documents read whole and one for streamed documents; over the UTF-8 bytes of files one whose
 * length bound {@code CheckedUtf8Input} applies in characters), the document walk and the writer.
 *
 * <p>Methods throw {@link SamverkanJsonException} for problems in the text and {@link UncheckedIOException}
 * when the source or sink fails. Instances are immutable and thread-safe.
 */
public final class DocumentEngine {

    private static final String PARTICIPANTS = "participants";
    /** The root properties besides the participants (docs/format.md): the header of a streamed document. */
    private static final List<String> HEADER_PROPERTIES = DocumentCursor.ROOT_PROPERTIES.stream()
        .filter(name -> !name.equals(PARTICIPANTS)).collect(Collectors.toUnmodifiableList());

    private final JsonLimits limits;
    private final JsonMapper wholeMapper;
    private final ValueReaders wholeReaders;
    private final ValueReaders streamReaders;
    private final ValueReaders byteReaders;
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
        this.wholeReaders = new ValueReaders(wholeMapper);
        // Over bytes, Jackson would bound the length in bytes; CheckedUtf8Input bounds it in characters.
        this.byteReaders = new ValueReaders(HardenedMapper.create(limits, Long.MAX_VALUE));
        this.streamReaders = new ValueReaders(HardenedMapper.create(limits, limits.maxStreamedDocumentLength()));
        this.wholeTranslator = new ProblemTranslator(limits, limits.maxDocumentLength(), PropertyGuide.document());
        this.streamTranslator = new ProblemTranslator(limits, limits.maxStreamedDocumentLength(),
            PropertyGuide.document());
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
        try (DocumentCursor cursor = cursor(wholeReaders, wholeTranslator, source)) {
            ImmutableSamverkanDocument.Builder document = SamverkanDocument.builder();
            readParts(cursor, document);
            cursor.finish();
            return document.build();
        }
    }

    /**
     * Reads a whole document from a UTF-8 file. The parser reads the bytes (no decoding to characters
     * first); the bytes are checked as strictly as the character path checks them, and every problem's
     * column is still counted in characters.
     *
     * @param path the file, not null
     * @return the document, never null
     */
    public SamverkanDocument read(Path path) {
        try (DocumentCursor cursor = cursor(byteReaders, wholeReaders, wholeTranslator, path,
                limits.maxDocumentLength())) {
            ImmutableSamverkanDocument.Builder document = SamverkanDocument.builder();
            readParts(cursor, document);
            cursor.finish();
            return document.build();
        }
    }

    /**
     * Opens a streaming reader over a file. The root object is read up to the {@code participants} array. If
     * every other root property came before it (the order the writer and docs/format.md use), the participants
     * are then read from the same pass, and what follows the array is checked after the last participant.
     * Otherwise a first pass reads the whole root, skipping the participants but checking the whole text,
     * and a second pass yields the participants.
     *
     * @param path the file, not null
     * @param deleteOnClose whether the file is a temporary copy to delete when the reader closes
     * @return the reader, never null
     */
    public ParticipantReader openParticipants(Path path, boolean deleteOnClose) {
        long bound = limits.maxStreamedDocumentLength();
        DocumentCursor cursor = null;
        boolean handedOver = false;
        Supplier<SamverkanJsonException> verdict = () -> verdict(path);
        try {
            cursor = cursor(byteReaders, streamReaders, streamTranslator, path, bound);
            ImmutableSamverkanDocument.Builder document = SamverkanDocument.builder();
            Set<String> read = new HashSet<>();
            cursor.open();
            for (String name = cursor.nextProperty(); name != null; name = cursor.nextProperty()) {
                if (name.equals(PARTICIPANTS) && read.containsAll(HEADER_PROPERTIES) && !cursor.hasProblems()) {
                    boolean inArray = cursor.enterArray();
                    cursor.finish();
                    ParticipantReader reader = StreamingParticipantReader.onePass(document.build(), cursor, inArray,
                        path, deleteOnClose, verdict);
                    handedOver = true;
                    return reader;
                }
                readPart(cursor, document, name, Participants.SKIP);
                read.add(name);
            }
            cursor.finish();
            cursor.close();
            DocumentCursor participants = cursor(byteReaders, streamReaders, streamTranslator, path, bound);
            ParticipantReader reader = StreamingParticipantReader.secondPass(document.build(), participants, path,
                deleteOnClose, verdict);
            handedOver = true;
            return reader;
        } catch (SamverkanJsonException e) {
            throw verdict.get();
        } finally {
            if (!handedOver) {
                if (cursor != null) {
                    cursor.close();
                }
                if (deleteOnClose) {
                    deleteQuietly(path);
                }
            }
        }
    }

    /**
     * The problems of a streamed file that has one: the whole text read again from the start, every problem
     * collected, so that a streamed read reports exactly what a whole read of the same bytes reports, in the
     * order of the text, whichever participant it had come to. The participants are checked and dropped.
     */
    private SamverkanJsonException verdict(Path path) {
        try (DocumentCursor cursor = cursor(byteReaders, streamReaders, streamTranslator, path,
                limits.maxStreamedDocumentLength())) {
            ImmutableSamverkanDocument.Builder ignored = SamverkanDocument.builder();
            cursor.open();
            for (String name = cursor.nextProperty(); name != null; name = cursor.nextProperty()) {
                readPart(cursor, ignored, name, Participants.CHECK);
            }
            cursor.finish();
        } catch (SamverkanJsonException e) {
            return e;
        }
        throw new IllegalStateException("a streamed read failed, but reading the whole text found no problem");
    }

    /**
     * Writes a document: UTF-8 JSON, two-space indentation, properties in the order of docs/format.md, absent
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

    private static void readParts(DocumentCursor cursor, ImmutableSamverkanDocument.Builder document) {
        cursor.open();
        for (String name = cursor.nextProperty(); name != null; name = cursor.nextProperty()) {
            readPart(cursor, document, name, Participants.READ);
        }
    }

    /** What reading a root part does with the participants. */
    private enum Participants {
        /** Read into the document. */
        READ,
        /** Read, every problem recorded, and dropped. */
        CHECK,
        /** Skipped: only the JSON syntax is checked. */
        SKIP
    }

    /** Reads the value of one root property; the participants as {@code participants} says. */
    private static void readPart(DocumentCursor cursor, ImmutableSamverkanDocument.Builder document, String name,
            Participants participants) {
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
            case "structures":
                cursor.readArray(CooperationGroup.class, document::addStructures);
                break;
            case PARTICIPANTS:
                if (participants == Participants.READ) {
                    cursor.readArray(Participant.class, document::addParticipants);
                } else if (participants == Participants.CHECK) {
                    cursor.readArray(Participant.class, participant -> { });
                } else {
                    cursor.skipArray();
                }
                break;
            default:
                throw new IllegalStateException("root property not handled: " + name);
        }
    }

    private static DocumentCursor cursor(ValueReaders readers, ProblemTranslator translator, Reader source) {
        JsonParser parser;
        try {
            parser = readers.mapper().createParser(source);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getOriginalMessage()));
        }
        return new DocumentCursor(readers, parser, translator, CharacterColumns.AS_REPORTED);
    }

    /**
     * A cursor whose parser reads the file's bytes, checked by {@link CheckedUtf8Input}. Should Jackson take
     * the first bytes for UTF-16 or UTF-32 (it guesses so from zero bytes, which UTF-8 JSON never holds
     * there), or refuse them as an unsupported byte order, the file is read as characters instead, exactly as
     * before bytes were parsed, so such text is reported malformed rather than decoded.
     */
    private static DocumentCursor cursor(ValueReaders readers, ValueReaders characterReaders,
            ProblemTranslator translator, Path path, long maxCharacters) {
        InputStream in;
        try {
            in = new CheckedUtf8Input(Files.newInputStream(path), maxCharacters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonParser parser;
        try {
            parser = readers.mapper().createParser(in);
        } catch (JacksonException e) {
            closeQuietly(in);
            if (ProblemTranslator.isInputFailure(e)) {
                // Jackson's encoding detection refuses some byte orders it guessed from zero bytes ("Unsupported
                // UCS-4 endianness") with an I/O exception; the character path reports such text as malformed,
                // and a file that truly cannot be read fails there again with its own I/O exception.
                return characterCursor(characterReaders, translator, path);
            }
            throw new SamverkanJsonException(List.of(translator.translate(e, null, CharacterColumns.AS_REPORTED)));
        }
        if (!(parser instanceof UTF8StreamJsonParser)) {
            parser.close();
            return characterCursor(characterReaders, translator, path);
        }
        return new DocumentCursor(readers, parser, translator, new Utf8FileColumns(path));
    }

    private static DocumentCursor characterCursor(ValueReaders characterReaders, ProblemTranslator translator,
            Path path) {
        try {
            return cursor(characterReaders, translator, TextSource.utf8(Files.newInputStream(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing was read; the failure that matters is the one being reported.
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

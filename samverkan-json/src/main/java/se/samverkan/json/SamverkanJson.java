package se.samverkan.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.samverkan.json.internal.DocumentEngine;
import se.samverkan.json.internal.ProblemType;
import se.samverkan.json.internal.TextSource;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.problem.Position;
import se.samverkan.model.problem.SourcePositions;
import se.samverkan.model.validation.SamverkanValidator;
import se.samverkan.model.validation.Violation;

/**
 * The samverkan JSON document format (<i>JSON-formatet</i>, docs/format.md): reads and writes whole
 * documents, streams participants from documents of any size, validates with violations located in the
 * text, and publishes the JSON Schema. Callers never see a Jackson type.
 *
 * <p><b>Reading</b> is strict and bounded by {@link JsonLimits}: unknown properties, duplicate keys,
 * trailing content, {@code null} or a decimal for an integer, a string for a number and the reverse
 * (except money and shares), a boolean as a string, an unknown enum code, a wrong root, an empty text and
 * malformed JSON are all errors, reported as {@link SamverkanJsonException} with {@link JsonProblem}s that
 * name pointer, line and column: every problem of a document at once, in the order of the text, up to
 * {@value SamverkanJsonException#MAX_PROBLEMS}; reading stops early only where the text is not JSON any more
 * (or at a limit or bad encoding). Every value is built through the model's builders, so the model's
 * invariants hold for everything read. An optional property may be absent or {@code null}; an array may
 * be absent or {@code null} (both mean empty); a required property absent or {@code null} is an error.
 * Text is UTF-8; a leading byte-order mark is ignored.
 *
 * <p><b>Values</b>: money (<i>belopp</i>) is written as a string with exactly two decimals
 * ({@code "438000.00"}) and read from a plain decimal string or a JSON number; a share (<i>andel</i>,
 * 0–1, at most 12 decimals) is treated the same way and written as its plain decimal string
 * ({@code "0.25"}); other decimals (targets, rates, full-time equivalents) are JSON numbers only; dates
 * are {@code YYYY-MM-DD} strings only.
 *
 * <p><b>Writing</b> is deterministic: the same document always gives the same text (UTF-8, two-space
 * indentation, properties in the order of docs/format.md, absent optional values left out, empty arrays
 * written, a final newline).
 *
 * <p>Typical use:
 * <pre>{@code
 * SamverkanJson json = SamverkanJson.create();
 * try {
 *     ValidatedDocument result = json.readAndValidate(Path.of("export.json"));
 *     for (LocatedViolation v : result.violations()) {
 *         System.err.println(v.line() + ":" + v.column() + " " + v.path() + " " + v.violation().message());
 *     }
 * } catch (SamverkanJsonException e) {
 *     e.problems().forEach(p -> System.err.println(p.line() + ":" + p.column() + " " + p.message()));
 * }
 *
 * try (ParticipantReader participants = json.openParticipants(Path.of("large.json"))) {
 *     List<Project> projects = participants.header().getProjects();
 *     participants.forEachRemaining(p -> count(p, projects));
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 */
public final class SamverkanJson {

    private static final String SCHEMA_RESOURCE = "samverkan.schema.json";

    private final JsonLimits limits;
    private final DocumentEngine engine;

    private SamverkanJson(JsonLimits limits) {
        this.limits = limits;
        this.engine = new DocumentEngine(limits);
    }

    /**
     * A reader and writer with the {@linkplain JsonLimits#defaults() default limits}.
     *
     * @return a new instance, never null
     */
    public static SamverkanJson create() {
        return new SamverkanJson(JsonLimits.defaults());
    }

    /**
     * A reader and writer with the given limits.
     *
     * @param limits the bounds on input, not null
     * @return a new instance, never null
     * @throws NullPointerException if {@code limits} is null
     */
    public static SamverkanJson create(JsonLimits limits) {
        return new SamverkanJson(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * The limits this instance enforces.
     *
     * @return the limits, never null
     */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Reads a whole document from a string.
     *
     * @param json the JSON text, not null
     * @return the document, never null
     * @throws NullPointerException if {@code json} is null
     * @throws SamverkanJsonException if the text is not a readable document
     */
    public SamverkanDocument read(String json) {
        Objects.requireNonNull(json, "json");
        return engine.read(json);
    }

    /**
     * Reads a whole document from characters; the reader is read to the end and closed.
     *
     * @param reader the JSON text, not null
     * @return the document, never null
     * @throws NullPointerException if {@code reader} is null
     * @throws SamverkanJsonException if the text is not a readable document
     * @throws IOException if the reader fails
     */
    public SamverkanDocument read(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        return unchecked(() -> engine.read(TextSource.withoutByteOrderMark(reader)));
    }

    /**
     * Reads a whole document from UTF-8 bytes; the stream is read to the end and closed.
     *
     * @param in the JSON bytes, not null
     * @return the document, never null
     * @throws NullPointerException if {@code in} is null
     * @throws SamverkanJsonException if the bytes are not a readable document (including invalid UTF-8)
     * @throws IOException if the stream fails
     */
    public SamverkanDocument read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return unchecked(() -> engine.read(TextSource.utf8(in)));
    }

    /**
     * Reads a whole document from a UTF-8 file.
     *
     * @param path the file, not null
     * @return the document, never null
     * @throws NullPointerException if {@code path} is null
     * @throws SamverkanJsonException if the file is not a readable document
     * @throws IOException if the file cannot be read
     */
    public SamverkanDocument read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return unchecked(() -> engine.read(path));
    }

    /**
     * Reads a whole document and validates it with the model's validator (docs/problems.md); each violation
     * carries its JSON Pointer into this text and the line and column there.
     *
     * @param json the JSON text, not null
     * @return the document and its located violations, never null
     * @throws NullPointerException if {@code json} is null
     * @throws SamverkanJsonException if the text is not a readable document
     * @deprecated checks field rules only, so a document with reporting-rule errors counts as valid; use
     *     {@code DocumentCheck.create().check(json.read(…), json.positions(…))} of samverkan-metrics, which
     *     gives every problem once as a {@code Problem}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public ValidatedDocument readAndValidate(String json) {
        SamverkanDocument document = read(json);
        try {
            return validated(document, () -> TextSource.withoutByteOrderMark(new StringReader(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a whole document from a UTF-8 file and validates it, like {@link #readAndValidate(String)}.
     *
     * @param path the file, not null
     * @return the document and its located violations, never null
     * @throws NullPointerException if {@code path} is null
     * @throws SamverkanJsonException if the file is not a readable document
     * @throws IOException if the file cannot be read
     * @deprecated checks field rules only, so a document with reporting-rule errors counts as valid; use
     *     {@code DocumentCheck.create().check(json.read(…), json.positions(…))} of samverkan-metrics, which
     *     gives every problem once as a {@code Problem}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public ValidatedDocument readAndValidate(Path path) throws IOException {
        SamverkanDocument document = read(path);
        return validated(document, () -> TextSource.utf8(Files.newInputStream(path)));
    }

    /**
     * Reads a whole document from UTF-8 bytes (for example standard input) and validates it, like
     * {@link #readAndValidate(String)}. The bytes are held in memory, up to
     * {@link JsonLimits#maxDocumentLength()} characters.
     *
     * @param in the JSON bytes, not null; read to the end and closed
     * @return the document and its located violations, never null
     * @throws NullPointerException if {@code in} is null
     * @throws SamverkanJsonException if the bytes are not a readable document (including invalid UTF-8 and
     *     a document beyond the size limit)
     * @throws IOException if the stream fails
     * @deprecated checks field rules only, so a document with reporting-rule errors counts as valid; use
     *     {@code DocumentCheck.create().check(json.read(…), json.positions(…))} of samverkan-metrics, which
     *     gives every problem once as a {@code Problem}
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public ValidatedDocument readAndValidate(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        StringBuilder text = new StringBuilder();
        try (Reader reader = TextSource.utf8(in)) {
            char[] buffer = new char[64 * 1024];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > limits.maxDocumentLength()) {
                    throw tooLong(limits.maxDocumentLength());
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw TextSource.notUtf8(e);
        }
        return readAndValidate(text.toString());
    }

    private ValidatedDocument validated(SamverkanDocument document, Source source) throws IOException {
        List<Violation> violations = Validators.INSTANCE.validate(document);
        SourcePositions positions = positionsOf(source);
        if (violations.isEmpty()) {
            return ValidatedDocument.of(document, List.of(), positions);
        }
        Set<String> pointers = new LinkedHashSet<>();
        violations.forEach(v -> pointers.add(v.path()));
        Reader text = source.open();
        Map<String, int[]> places = unchecked(() -> engine.locate(text, pointers));
        List<LocatedViolation> located = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            int[] place = places.get(v.path());
            located.add(LocatedViolation.of(v, place[0], place[1]));
        }
        return ValidatedDocument.of(document, located, positions);
    }

    /**
     * Opens a document file for streaming its participants one at a time, with memory independent of
     * their number; the rest of the document is available at once from {@link ParticipantReader#header()}
     * whatever the order of the properties. When {@code participants} is the last root property and all
     * five others come before it (as the library writes documents), the file is read once and problems from
     * the participants array on are reported while iterating; otherwise it is read twice, the first pass
     * reading the other parts and checking the whole text. {@link ParticipantReader} states exactly what is
     * checked when. Documents up to {@link JsonLimits#maxStreamedDocumentLength()} are accepted.
     *
     * @param path the UTF-8 file, not null
     * @return the reader, to be closed, never null
     * @throws NullPointerException if {@code path} is null
     * @throws SamverkanJsonException if the text read before the reader is returned (see
     *     {@link ParticipantReader}) is not well-formed, breaks a limit, or a part other than a participant
     *     does not fit the format
     * @throws IOException if the file cannot be read
     */
    public ParticipantReader openParticipants(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return unchecked(() -> engine.openParticipants(path, false));
    }

    /**
     * Opens a document stream for streaming its participants, like {@link #openParticipants(Path)}. Since
     * the properties of a JSON object may come in any order, the bytes are first copied to a temporary
     * file (deleted when the reader is closed); memory stays independent of the document's size.
     *
     * @param in the UTF-8 bytes, not null; read to the end and closed
     * @return the reader, to be closed, never null
     * @throws NullPointerException if {@code in} is null
     * @throws SamverkanJsonException if the text read before the reader is returned (see
     *     {@link ParticipantReader}) is not well-formed, breaks a limit, or a part other than a participant
     *     does not fit the format
     * @throws IOException if the stream cannot be read or the temporary file written
     */
    public ParticipantReader openParticipants(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        Path copy = Files.createTempFile("samverkan-", ".json");
        try (InputStream source = in; OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            long bound = limits.maxStreamedDocumentLength();
            long maxBytes = bound > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : bound * 4;
            for (int n = source.read(buffer); n >= 0; n = source.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    // More bytes than the largest accepted document can have characters in UTF-8.
                    throw tooLong(limits.maxStreamedDocumentLength());
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return unchecked(() -> engine.openParticipants(copy, true));
    }

    private static SamverkanJsonException tooLong(long bound) {
        String text = Long.toString(bound);
        return new SamverkanJsonException(List.of(JsonProblem.of("", 1, 1, ProblemType.DOCUMENT_TOO_LONG.key(),
            ProblemType.DOCUMENT_TOO_LONG.swedish(text), ProblemType.DOCUMENT_TOO_LONG.english(text))));
    }

    /**
     * The document as JSON text (see the class comment for the exact form).
     *
     * @param document the document, not null
     * @return the text, never null
     * @throws NullPointerException if {@code document} is null
     */
    public String write(SamverkanDocument document) {
        Objects.requireNonNull(document, "document");
        StringWriter out = new StringWriter();
        engine.write(document, out);
        return out.toString();
    }

    /**
     * Writes the document as JSON text; the writer is flushed, not closed.
     *
     * @param document the document, not null
     * @param out the sink, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the writer fails
     */
    public void write(SamverkanDocument document, Writer out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        unchecked(() -> {
            engine.write(document, out);
            return null;
        });
    }

    /**
     * Writes the document as UTF-8 JSON bytes; the stream is flushed, not closed.
     *
     * @param document the document, not null
     * @param out the sink, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the stream fails
     */
    public void write(SamverkanDocument document, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(document, writer);
        writer.flush();
    }

    /**
     * A streaming writer of one document to a stream: the header, then the participants one at a time,
     * for documents too large to build whole. It writes the same bytes as
     * {@link #write(SamverkanDocument, OutputStream)}; see {@link DocumentWriter}.
     *
     * @param out the stream, not null; written as UTF-8, flushed, never closed
     * @return the writer, never null
     * @throws NullPointerException if {@code out} is null
     */
    public DocumentWriter writer(OutputStream out) {
        return DocumentWriter.to(out);
    }

    /**
     * Writes the document to a UTF-8 file, replacing it.
     *
     * @param document the document, not null
     * @param path the file, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the file cannot be written
     */
    public void write(SamverkanDocument document, Path path) throws IOException {
        Objects.requireNonNull(document, "document");
        try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            write(document, writer);
        }
    }

    /**
     * The JSON Schema (draft 2020-12) of the document, generated from the model and published with the
     * library: a description on every definition and property, required properties (and
     * {@code schemaVersion}), enum codes, id patterns, dates that exist, bounds, no additional properties,
     * and the rules within one object that JSON Schema can state. Money and shares are strings holding
     * plain decimals or numbers, bounded as the reader bounds them; other decimals are numbers.
     * docs/format.md lists what it cannot say.
     *
     * @return the schema text, never null
     */
    public static String schema() {
        return resource(SCHEMA_RESOURCE);
    }

    /**
     * The JSON Schema (draft 2020-12) of the metrics output ({@code MetricsJsonWriter}, the CLI's
     * {@code metrics}; docs/metrics.md): the figures of a document, its published view (hidden figures
     * {@code null}, a last {@code disclosure} object) and a series by calendar period. Every object is closed
     * and every key required, so an integrator can rely on the shape.
     *
     * @return the schema text, never null
     */
    public static String metricsSchema() {
        return resource("metrics.schema.json");
    }

    private static String resource(String name) {
        try (InputStream in = SamverkanJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + name);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T unchecked(IoStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface IoStep<T> {
        T run() throws IOException;
    }

    /**
     * The positions of the values of a document text, by JSON Pointer, for locating problems found in the
     * document read from it (see {@code DocumentCheck} in the metrics module). Each lookup of many pointers
     * reads the text once.
     *
     * @param json the JSON text the document was read from, not null
     * @return the positions, never null
     * @throws NullPointerException if {@code json} is null
     */
    public SourcePositions positions(String json) {
        Objects.requireNonNull(json, "json");
        return positionsOf(() -> TextSource.withoutByteOrderMark(new StringReader(json)));
    }

    /**
     * The positions of the values of a UTF-8 document file, like {@link #positions(String)}; the file is
     * read again at each lookup.
     *
     * @param path the file the document was read from, not null
     * @return the positions, never null
     * @throws NullPointerException if {@code path} is null
     */
    public SourcePositions positions(Path path) {
        Objects.requireNonNull(path, "path");
        return positionsOf(() -> TextSource.utf8(Files.newInputStream(path)));
    }

    private SourcePositions positionsOf(Source source) {
        return new SourcePositions() {
            @Override
            public Position locate(String pointer) {
                return locateAll(List.of(pointer)).get(pointer);
            }

            @Override
            public Map<String, Position> locateAll(Collection<String> pointers) {
                Map<String, Position> found = new HashMap<>();
                if (pointers.isEmpty()) {
                    return found;
                }
                try (Reader text = source.open()) {
                    engine.locate(text, pointers).forEach((p, at) -> found.put(p, Position.of(at[0], at[1])));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return found;
            }
        };
    }

    @FunctionalInterface
    private interface Source {
        Reader open() throws IOException;
    }

    /** One validator for all instances: building it loads the constraint metadata. */
    private static final class Validators {
        static final SamverkanValidator INSTANCE = SamverkanValidator.create();
    }

}

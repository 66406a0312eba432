package se.samverkan.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file as Excel and other tools save it. Encoding: a UTF-8 byte-order mark means UTF-8; else a file
 * that is valid UTF-8 throughout is UTF-8; else it is Windows-1252 (Swedish Excel's "CSV
 * (semikolonavgränsad)"). Separator: whichever of {@code ;}, tab and {@code ,} occurs most often in the
 * header row outside quotes, ties in that order. Quotes as RFC 4180.
 */
final class CsvTable extends RawTable {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final char[] SEPARATORS = {';', '\t', ','};

    private final Reader reader;
    private final MappingIterator<String[]> rows;
    private long records;

    private CsvTable(Reader reader, char separator) {
        this.reader = reader;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        this.rows = MAPPER.readerFor(String[].class).with(CsvReadFeature.WRAP_AS_ARRAY).with(schema)
            .readValues(reader);
    }

    static CsvTable open(Path file) throws IOException {
        Charset charset;
        boolean bom;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        }
        charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        char separator;
        try (BufferedReader first = Files.newBufferedReader(file, charset)) {
            separator = separator(first.readLine());
        }
        InputStream in = Files.newInputStream(file);
        if (bom) {
            in.skipNBytes(3);
        }
        Reader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
        try {
            return new CsvTable(reader, separator);
        } catch (JacksonException e) {
            reader.close();
            throw new UnreadableTableException(e.getOriginalMessage(), e);
        }
    }

    /** Whether the whole file decodes as UTF-8, read in blocks. */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            byte[] block = new byte[32 * 1024];
            int read;
            while ((read = in.read(block)) >= 0) {
                bytes.put(block, 0, read).flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
                return false;
            }
            return !bytes.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The separator of a header line: the most frequent outside quotes, ties in the order ; tab ,. */
    static char separator(String headerLine) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        String line = headerLine == null ? "" : headerLine;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    @Override
    boolean advance() throws IOException {
        try {
            if (!rows.hasNextValue()) {
                return false;
            }
            at(Arrays.asList(rows.nextValue()), ++records);
        } catch (JacksonException e) {
            throw new UnreadableTableException(e.getOriginalMessage(), e);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        rows.close();
        reader.close();
    }
}

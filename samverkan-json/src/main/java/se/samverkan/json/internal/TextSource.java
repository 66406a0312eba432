package se.samverkan.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.samverkan.json.JsonProblem;
import se.samverkan.json.SamverkanJsonException;

/**
 * Opens JSON text as characters: UTF-8 (RFC 8259) decoded strictly, so malformed bytes are an error and
 * never replaced; a leading byte-order mark, as some spreadsheet exports write, is skipped. Reading
 * characters rather than bytes makes every reported column count characters.
 */
public final class TextSource {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private TextSource() {
    }

    /**
     * The characters of a UTF-8 stream.
     *
     * @param in the bytes, not null; closed when the reader is closed
     * @return the reader, never null
     * @throws IOException if the stream cannot be read
     */
    public static Reader utf8(InputStream in) throws IOException {
        Reader decoded = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
        return withoutByteOrderMark(decoded);
    }

    /**
     * The characters of a reader without a leading byte-order mark.
     *
     * @param reader the characters, not null
     * @return the reader, never null
     * @throws IOException if the reader fails
     * @throws SamverkanJsonException if the first character is not valid UTF-8
     */
    public static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first;
        try {
            first = pushback.read();
        } catch (CharacterCodingException e) {
            throw new SamverkanJsonException(List.of(JsonProblem.of("", 1, 1, ProblemType.ENCODING.key(),
                ProblemType.ENCODING.swedish(), ProblemType.ENCODING.english())));
        }
        if (first != -1 && first != BYTE_ORDER_MARK) {
            pushback.unread(first);
        }
        return pushback;
    }
}

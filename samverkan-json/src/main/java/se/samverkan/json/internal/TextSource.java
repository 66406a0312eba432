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
        // The checker sees every byte before the decoder does, so malformed input is reported with its place.
        Reader decoded = new InputStreamReader(new CheckedUtf8Input(in, Long.MAX_VALUE), StandardCharsets.UTF_8.newDecoder()
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
            throw notUtf8(e);
        }
        if (first != -1 && first != BYTE_ORDER_MARK) {
            pushback.unread(first);
        }
        return pushback;
    }

    /**
     * The failure for text that is not UTF-8: one problem for the whole document, at the line and column of
     * the first malformed character where the decoding failure names them, otherwise at the document's start.
     *
     * @param e the decoding failure, not null
     * @return the exception to throw, never null
     */
    public static SamverkanJsonException notUtf8(CharacterCodingException e) {
        return new SamverkanJsonException(List.of(encodingProblem(e)));
    }

    static JsonProblem encodingProblem(CharacterCodingException e) {
        int line = 1;
        int column = 1;
        if (e instanceof MalformedUtf8Exception) {
            MalformedUtf8Exception located = (MalformedUtf8Exception) e;
            line = (int) Math.min(Integer.MAX_VALUE, located.line());
            column = (int) Math.min(Integer.MAX_VALUE, located.column());
        }
        return JsonProblem.of("", line, column, ProblemType.ENCODING.key(), ProblemType.ENCODING.swedish(),
            ProblemType.ENCODING.english());
    }
}

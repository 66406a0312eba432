package se.samverkan.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The bytes of a UTF-8 text (RFC 8259), handed on unchanged to a byte parser while being checked as
 * strictly as the JDK's reporting UTF-8 decoder checks them: overlong forms, encoded surrogates, values
 * beyond U+10FFFF, stray continuation bytes and a sequence cut off at the end are all malformed, reported
 * as {@link MalformedInputException}. It also counts the text's characters (UTF-16 units, a leading
 * byte-order mark not counted) and fails with a {@link StreamConstraintsException} as soon as they exceed
 * the bound, so the documented limit stays one of characters, not bytes.
 */
final class CheckedUtf8Input extends FilterInputStream {

    private final long maxCharacters;
    private long characters;
    private long position;
    /** Continuation bytes still expected in the current sequence. */
    private int pending;
    /** Bounds of the next continuation byte (narrower than 0x80..0xBF right after some lead bytes). */
    private int low = 0x80;
    private int high = 0xBF;

    CheckedUtf8Input(InputStream in, long maxCharacters) {
        super(in);
        this.maxCharacters = maxCharacters;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            if (pending != 0) {
                throw new MalformedInputException(pending);
            }
            return n;
        }
        if (position == 0 && n >= 3 && buffer[offset] == (byte) 0xEF && buffer[offset + 1] == (byte) 0xBB
                && buffer[offset + 2] == (byte) 0xBF) {
            characters--;
        }
        check(buffer, offset, offset + n);
        position += n;
        if (characters > maxCharacters) {
            throw new StreamConstraintsException("Document length (" + characters + ") exceeds the maximum allowed ("
                + maxCharacters + ")");
        }
        return n;
    }

    private void check(byte[] buffer, int from, int to) throws MalformedInputException {
        long counted = characters;
        int state = pending;
        int i = from;
        while (i < to) {
            if (state == 0) {
                int start = i;
                while (i < to && buffer[i] >= 0) {
                    i++;
                }
                counted += i - start;
                if (i == to) {
                    break;
                }
                int lead = buffer[i++] & 0xFF;
                low = 0x80;
                high = 0xBF;
                if (lead >= 0xC2 && lead <= 0xDF) {
                    state = 1;
                } else if (lead >= 0xE0 && lead <= 0xEF) {
                    state = 2;
                    if (lead == 0xE0) {
                        low = 0xA0;
                    } else if (lead == 0xED) {
                        high = 0x9F;
                    }
                } else if (lead >= 0xF0 && lead <= 0xF4) {
                    state = 3;
                    counted++;
                    if (lead == 0xF0) {
                        low = 0x90;
                    } else if (lead == 0xF4) {
                        high = 0x8F;
                    }
                } else {
                    throw new MalformedInputException(1);
                }
                counted++;
            } else {
                int next = buffer[i++] & 0xFF;
                if (next < low || next > high) {
                    throw new MalformedInputException(1);
                }
                low = 0x80;
                high = 0xBF;
                state--;
            }
        }
        pending = state;
        characters = counted;
    }

    /** Skips by reading, so skipped bytes are checked and counted too. */
    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}

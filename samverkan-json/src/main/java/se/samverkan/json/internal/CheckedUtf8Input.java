package se.samverkan.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The bytes of a UTF-8 text (RFC 8259), handed on unchanged to a parser while being checked as strictly as
 * the JDK's reporting UTF-8 decoder checks them: overlong forms, encoded surrogates, values beyond
 * U+10FFFF, stray continuation bytes and a sequence cut off at the end are all malformed, reported as a
 * {@link MalformedUtf8Exception} that names the line and column of the malformed character (lines end at
 * LF, CR or CR LF, as the parser counts them).
 *
 * <p>Only whole, checked characters are handed on: the bytes of a character cut by a read wait for the rest
 * of it, and the good bytes before a malformed sequence go first. A reader therefore meets the problems of
 * a text in text order, however the reads happen to be cut, whether it parses the bytes or decodes them to
 * characters first; the same bytes get the same verdict from a file, a stream or standard input.
 *
 * <p>It also counts the text's characters (UTF-16 units, a leading byte-order mark not counted) and fails
 * with a {@link StreamConstraintsException} as soon as they exceed the bound, so the documented limit stays
 * one of characters, not bytes.
 */
final class CheckedUtf8Input extends FilterInputStream {

    private static final int BUFFER = 8192;

    private final long maxCharacters;
    private final byte[] buffer = new byte[BUFFER];
    /** The next byte to hand on. */
    private int start;
    /** The end of the checked whole characters; after it, up to three bytes of a character still cut off. */
    private int safeEnd;
    /** The end of the bytes read. */
    private int end;
    /** Bytes read from the stream so far. */
    private long position;
    private boolean endOfInput;
    /** The malformed sequence after the good bytes still to hand on: thrown once they are gone. */
    private MalformedUtf8Exception failure;

    private long characters;
    /** The current line, 1-based. */
    private long line = 1;
    /** Characters on the current line before the next byte. */
    private long lineCharacters;
    /** The 1-based column of the sequence being read. */
    private long sequenceColumn;
    /** Where in {@link #buffer} the sequence being read starts. */
    private int sequenceStart;
    /** Whether the last byte was a CR, so that an LF right after it ends no further line. */
    private boolean afterCarriageReturn;
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
    public int read(byte[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        while (start == safeEnd) {
            if (failure != null) {
                throw failure;
            }
            if (endOfInput) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, safeEnd - start);
        System.arraycopy(buffer, start, target, offset, n);
        start += n;
        return n;
    }

    /** Reads more bytes behind the cut-off character, if any, and checks them. */
    private void fill() throws IOException {
        int tail = end - safeEnd;
        System.arraycopy(buffer, safeEnd, buffer, 0, tail);
        sequenceStart -= safeEnd;
        start = 0;
        safeEnd = 0;
        end = tail;
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            endOfInput = true;
            if (pending != 0) {
                failure = new MalformedUtf8Exception(line, sequenceColumn);
            }
            return;
        }
        if (position == 0 && n >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB
                && buffer[2] == (byte) 0xBF) {
            characters--;
            lineCharacters--;
        }
        position += n;
        boolean good = check(end, end + n);
        end += n;
        if (characters > maxCharacters) {
            throw new StreamConstraintsException("Document length (" + characters + ") exceeds the maximum allowed ("
                + maxCharacters + ")");
        }
        if (!good) {
            failure = new MalformedUtf8Exception(line, sequenceColumn);
            safeEnd = sequenceStart;
        } else {
            safeEnd = pending == 0 ? end : sequenceStart;
        }
    }

    /** Available without blocking: the checked bytes, or none once a malformed sequence is known. */
    @Override
    public int available() throws IOException {
        if (start < safeEnd) {
            return safeEnd - start;
        }
        return failure != null || endOfInput ? 0 : in.available();
    }

    /** Checks the bytes; false at the first malformed sequence, which starts at {@link #sequenceStart}. */
    private boolean check(int from, int to) {
        long counted = characters;
        int state = pending;
        int i = from;
        try {
            while (i < to) {
                if (state == 0) {
                    int ascii = i;
                    while (i < to && buffer[i] >= 0) {
                        countAscii(buffer[i++]);
                    }
                    counted += i - ascii;
                    if (i == to) {
                        break;
                    }
                    afterCarriageReturn = false;
                    sequenceColumn = lineCharacters + 1;
                    sequenceStart = i;
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
                        lineCharacters++;
                        if (lead == 0xF0) {
                            low = 0x90;
                        } else if (lead == 0xF4) {
                            high = 0x8F;
                        }
                    } else {
                        return false;
                    }
                    counted++;
                    lineCharacters++;
                } else {
                    int next = buffer[i++] & 0xFF;
                    if (next < low || next > high) {
                        return false;
                    }
                    low = 0x80;
                    high = 0xBF;
                    state--;
                }
            }
            return true;
        } finally {
            pending = state;
            characters = counted;
        }
    }

    private void countAscii(byte ascii) {
        if (ascii == '\n' || ascii == '\r') {
            if (ascii == '\r' || !afterCarriageReturn) {
                line++;
            }
            lineCharacters = 0;
            afterCarriageReturn = ascii == '\r';
        } else {
            lineCharacters++;
            afterCarriageReturn = false;
        }
    }

    /** Skips by reading, so skipped bytes are checked and counted too. */
    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), BUFFER)];
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

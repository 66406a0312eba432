package se.samverkan.json.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import tools.jackson.core.TokenStreamLocation;

/**
 * Character columns for a parser reading a UTF-8 file as bytes. Only on the way to a problem: the line's
 * bytes before the reported place are read again from the file and their characters (UTF-16 units, as a
 * parser over characters counts them) counted; a leading byte-order mark is not counted, as it never
 * reaches a parser over characters. If the file cannot be read again, the byte column is kept.
 */
final class Utf8FileColumns implements CharacterColumns {

    private static final int CHUNK = 64 * 1024;

    private final Path file;

    Utf8FileColumns(Path file) {
        this.file = file;
    }

    @Override
    public TokenStreamLocation of(TokenStreamLocation location) {
        if (location == null || location.getByteOffset() < 0 || location.getColumnNr() < 1) {
            return location;
        }
        long end = location.getByteOffset();
        long lineStart = end - (location.getColumnNr() - 1);
        if (lineStart < 0) {
            return location;
        }
        try {
            long column = charactersBetween(lineStart, end) + 1;
            if (column > Integer.MAX_VALUE) {
                return location;
            }
            return new TokenStreamLocation(location.contentReference(), location.getByteOffset(),
                location.getCharOffset(), location.getLineNr(), (int) column);
        } catch (IOException e) {
            return location;
        }
    }

    private long charactersBetween(long from, long to) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
        long count = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
            CharBuffer chars = CharBuffer.allocate(CHUNK);
            long at = from;
            boolean first = from == 0;
            while (at < to) {
                bytes.limit((int) Math.min(bytes.capacity(), bytes.position() + (to - at)));
                int n = channel.read(bytes, at);
                if (n <= 0) {
                    break;
                }
                at += n;
                bytes.flip();
                decoder.decode(bytes, chars, false);
                bytes.compact();
                chars.flip();
                if (first && chars.hasRemaining() && chars.get(0) == '\uFEFF') {
                    count--;
                }
                first = false;
                count += chars.remaining();
                chars.clear();
            }
        }
        return count;
    }
}

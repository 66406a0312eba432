package se.samverkan.benchmarks;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file decoded to characters the way samverkan-json decodes it before parsing (its internal
 * {@code TextSource.utf8}: a reporting UTF-8 decoder behind a one-character push-back for the byte-order
 * mark), so the benchmarks can separate the cost of parsing characters from the cost of parsing bytes.
 */
final class LibraryStyleText {

    private LibraryStyleText() {
    }

    static Reader open(Path path) throws IOException {
        Reader decoded = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
        PushbackReader pushback = new PushbackReader(decoded, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}

package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.testing.SeedDocuments;

/**
 * The same bytes get the same verdict whichever way they are read: from a file, from a stream, with or
 * without validation, and as a string when they are UTF-8. Encoding damage is reported at the 1-based
 * line and column of the first malformed character, however the reads happen to be cut.
 */
class SameBytesProperties {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final byte[] TEXT = JSON.write(SeedDocuments.gemensammaTagetVuxna(3, 5))
        .getBytes(StandardCharsets.UTF_8);
    /** Malformed UTF-8: Latin-1 ö, a stray continuation, a lead before ASCII, overlong, surrogate, beyond U+10FFFF. */
    private static final List<byte[]> MALFORMED = List.of(new byte[] {(byte) 0xF6}, new byte[] {(byte) 0x80},
        new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xC0, (byte) 0xAF},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFF});

    /** A verdict: the document read, or the first problem with its place. */
    private record Verdict(String text) {
    }

    @Provide
    Arbitrary<byte[]> damagedBytes() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, TEXT.length);
        Arbitrary<byte[]> bad = Arbitraries.of(MALFORMED);
        Arbitrary<Boolean> byteOrderMark = Arbitraries.of(true, false);
        Arbitrary<Boolean> carriageReturns = Arbitraries.of(true, false);
        Arbitrary<Boolean> cut = Arbitraries.of(true, false);
        return Combinators.combine(at, bad, byteOrderMark, carriageReturns, cut).as((position, inserted, bom, crlf,
                truncate) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (bom) {
                out.write(0xEF);
                out.write(0xBB);
                out.write(0xBF);
            }
            for (int i = 0; i < TEXT.length; i++) {
                if (i == position) {
                    out.writeBytes(inserted);
                }
                if (truncate && i == position) {
                    break;
                }
                if (crlf && TEXT[i] == '\n') {
                    out.write('\r');
                }
                out.write(TEXT[i]);
            }
            if (position == TEXT.length) {
                out.writeBytes(inserted);
            }
            return out.toByteArray();
        });
    }

    private static Verdict verdict(Read read) {
        try {
            return new Verdict("read " + read.document());
        } catch (SamverkanJsonException e) {
            JsonProblem first = e.problems().get(0);
            assertThat(first.line()).isPositive();
            assertThat(first.column()).isPositive();
            return new Verdict(first.messageKey() + " at " + first.line() + ":" + first.column() + " "
                + first.pointer());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @FunctionalInterface
    private interface Read {
        Object document() throws IOException;
    }

    /** The verdicts on the bytes from a file, a stream, and each with validation, in this order. */
    private static List<Verdict> wholeVerdicts(Path file, byte[] bytes) {
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(verdict(() -> JSON.read(file)));
        verdicts.add(verdict(() -> JSON.read(new ByteArrayInputStream(bytes))));
        verdicts.add(verdict(() -> JSON.readAndValidate(file).document()));
        verdicts.add(verdict(() -> JSON.readAndValidate(new ByteArrayInputStream(bytes)).document()));
        return verdicts;
    }

    /** The verdicts on the bytes when their participants are streamed, from the file and from a stream. */
    private static List<Verdict> streamedVerdicts(Path file, byte[] bytes) {
        return List.of(verdict(() -> streamed(JSON.openParticipants(file))),
            verdict(() -> streamed(JSON.openParticipants(new ByteArrayInputStream(bytes)))));
    }

    @Property(tries = 150)
    void every_way_of_reading_gives_the_same_verdict_on_the_same_bytes(@ForAll("damagedBytes") byte[] bytes)
            throws IOException {
        Path file = Files.write(Files.createTempFile("same-bytes", ".json"), bytes);
        try {
            List<Verdict> whole = wholeVerdicts(file, bytes);
            Verdict fromFile = whole.get(0);
            assertThat(fromFile.text()).startsWith("se.samverkan.json.encoding at ");
            assertThat(whole).allSatisfy(v -> assertThat(v).isEqualTo(fromFile));
            assertThat(streamedVerdicts(file, bytes)).allSatisfy(v -> assertThat(v).isEqualTo(fromFile));
        } finally {
            Files.delete(file);
        }
    }

    private static Object streamed(ParticipantReader reader) throws IOException {
        try (ParticipantReader open = reader) {
            return SamverkanDocument.builder().from(open.header()).participants(open.stream().toList()).build();
        }
    }
}

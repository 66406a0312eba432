package se.samverkan.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The checking stream every byte of a document passes through: it hands on exactly the bytes of whole,
 * well-formed UTF-8 characters, places the first malformed one at its line and column in characters, and
 * stops a text of more characters than allowed. Expected places are counted by hand in each test.
 */
class CheckedUtf8InputTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    @Test
    void the_single_byte_read_hands_on_each_byte_then_the_end() throws IOException {
        // "aé": 61, then é = C3 A9; read() gives unsigned values, then -1 at the end (and again after it).
        CheckedUtf8Input in = checked(NO_LIMIT, "61c3a9");
        assertThat(in.read()).isEqualTo(0x61);
        assertThat(in.read()).isEqualTo(0xC3);
        assertThat(in.read()).isEqualTo(0xA9);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void a_read_of_no_bytes_reads_nothing_and_bad_bounds_are_refused() throws IOException {
        CheckedUtf8Input in = checked(NO_LIMIT, "6162");
        assertThat(in.read(new byte[4], 2, 0)).isZero();
        assertThatThrownBy(() -> in.read(new byte[4], 3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        // Nothing was consumed by either call: both bytes are still there.
        assertThat(in.readAllBytes()).containsExactly(0x61, 0x62);
    }

    @Test
    void skip_skips_by_reading_and_stops_at_the_end() throws IOException {
        CheckedUtf8Input in = checked(NO_LIMIT, "616263646566"); // "abcdef"
        assertThat(in.skip(0)).isZero();
        assertThat(in.skip(-5)).isZero();
        assertThat(in.skip(2)).isEqualTo(2);                 // past "ab"
        assertThat(in.read()).isEqualTo('c');
        assertThat(in.skip(100)).isEqualTo(3);               // only "def" is left
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.skip(1)).isZero();
    }

    @Test
    void skip_asks_only_for_what_is_left_when_a_read_comes_short() throws IOException {
        // The first read brings only "a"; skip(3) then needs 2 more, takes "bc" and leaves "d".
        CheckedUtf8Input in = new CheckedUtf8Input(new Chunks(bytes("61"), bytes("626364")), NO_LIMIT);
        assertThat(in.skip(3)).isEqualTo(3);
        assertThat(in.read()).isEqualTo('d');
    }

    @Test
    void skip_checks_what_it_skips() {
        // "ab", then FF (never UTF-8) at column 3.
        CheckedUtf8Input in = checked(NO_LIMIT, "6162ff");
        assertThatThrownBy(() -> in.skip(10)).isInstanceOfSatisfying(MalformedUtf8Exception.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(1, 3));
    }

    @Test
    void the_good_bytes_before_a_malformed_character_go_first() throws IOException {
        // "a" then E2 82 cut off by the end: "a" is handed on, then the cut character at column 2 fails.
        CheckedUtf8Input in = checked(NO_LIMIT, "61e282");
        byte[] target = new byte[8];
        assertThat(in.read(target, 0, 8)).isEqualTo(1);
        assertThat(target[0]).isEqualTo((byte) 0x61);
        assertThat(in.available()).isZero();
        assertThatThrownBy(() -> in.read(target, 0, 8)).isInstanceOfSatisfying(MalformedUtf8Exception.class,
            e -> assertThat(new long[] {e.line(), e.column()}).containsExactly(1, 2));
    }

    @Test
    void available_counts_the_checked_bytes_then_none_at_the_end() throws IOException {
        CheckedUtf8Input in = checked(NO_LIMIT, "616263"); // "abc"
        assertThat(in.available()).isEqualTo(3);            // nothing read yet: the stream's own 3
        assertThat(in.read()).isEqualTo('a');
        assertThat(in.available()).isEqualTo(2);            // "bc", checked and waiting
        assertThat(in.skip(2)).isEqualTo(2);
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.available()).isZero();
        assertThat(in.markSupported()).isFalse();
    }

    @Test
    void lines_end_at_lf_cr_and_cr_lf_counted_once() {
        // "a" CR LF "b" CR "c" LF LF "d" FF: line 1 "a", CR LF ends it once -> line 2 "b", CR -> line 3 "c",
        // LF -> line 4 (empty), LF -> line 5 "d"; FF is the 2nd character of line 5.
        assertMalformedAt("610d0a620d630a0a64ff", 5, 2);
        // LF CR is two line ends: line 3, column 1.
        assertMalformedAt("0a0dff", 3, 1);
    }

    @Test
    void two_carriage_returns_end_two_lines() {
        // CR CR: line 3, and FF is its 1st character.
        assertMalformedAt("0d0dff", 3, 1);
    }

    @Test
    void a_nul_character_is_well_formed_ascii() throws IOException {
        // "a" U+0000 "b" is UTF-8; NUL is only the parser's business, so the bytes are handed on unchanged.
        assertThat(checked(NO_LIMIT, "610062").readAllBytes()).containsExactly(0x61, 0x00, 0x62);
        // ... and it is a character of its column: NUL is column 1, FF column 2.
        assertMalformedAt("00ff", 1, 2);
    }

    @Test
    void a_malformed_sequence_is_found_at_once_before_a_text_longer_than_the_buffer() {
        // C2 7F (a lead byte, then no continuation byte) at column 1, then 9000 bytes of "a", more than
        // the stream's 8192-byte buffer: the verdict comes from the first read, not after the whole text.
        // (A stream that lost the malformed character would fill its buffer and wait for ever: the time-out.)
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertMalformedAt("c27f" + "61".repeat(9000), 1, 1));
    }

    @Test
    void columns_count_utf16_units() {
        // é (C3 A9) is column 1, 😀 (F0 9F 98 80, a surrogate pair) columns 2 and 3, € (E2 82 AC) column 4,
        // so FF is column 5.
        assertMalformedAt("c3a9f09f9880e282acff", 1, 5);
    }

    @Test
    void a_leading_byte_order_mark_is_not_a_column() {
        // BOM, "a", FF: the BOM takes no column, so "a" is column 1 and FF column 2.
        assertMalformedAt("efbbbf61ff", 1, 2);
    }

    @Test
    void the_limit_is_of_characters_without_the_leading_byte_order_mark() throws IOException {
        // Two characters are allowed under a limit of 2, with or without a BOM before them.
        assertThat(checked(2, "6162").readAllBytes()).hasSize(2);
        assertThat(checked(2, "efbbbf6162").readAllBytes()).hasSize(5);
        // A BOM alone is no character: it passes a limit of 0.
        assertThat(checked(0, "efbbbf").readAllBytes()).hasSize(3);
        // Three characters do not pass a limit of 2, BOM or not.
        assertTooLong(checked(2, "616263"));
        assertTooLong(checked(2, "efbbbf616263"));
        // 😀 is two UTF-16 units: it passes a limit of 2 but not of 1.
        assertThat(checked(2, "f09f9880").readAllBytes()).hasSize(4);
        assertTooLong(checked(1, "f09f9880"));
        // é and € are one unit each: "é€" passes a limit of 2.
        assertThat(checked(2, "c3a9e282ac").readAllBytes()).hasSize(5);
    }

    @Test
    void only_a_byte_order_mark_at_the_start_is_left_uncounted() {
        // "a", then (in a later read) EF BB BF: this U+FEFF is a character (a zero-width space), so "a" and it
        // are two characters, over a limit of 1.
        InputStream chunks = new Chunks(bytes("61"), bytes("efbbbf"));
        assertTooLong(new CheckedUtf8Input(chunks, 1));
    }

    @Test
    void a_character_cut_between_reads_waits_for_the_rest() throws IOException {
        // € = E2 82 AC arrives in three reads; the first two hand nothing on, then the whole character goes.
        CheckedUtf8Input in = new CheckedUtf8Input(new Chunks(bytes("61e2"), bytes("82"), bytes("ac62")),
            NO_LIMIT);
        byte[] target = new byte[8];
        assertThat(in.read(target, 0, 8)).isEqualTo(1);    // "a" only
        assertThat(in.read(target, 0, 8)).isEqualTo(4);    // E2 82 AC "b"
        assertThat(HexFormat.of().formatHex(target, 0, 4)).isEqualTo("e282ac62");
        assertThat(in.read(target, 0, 8)).isEqualTo(-1);
    }

    @Test
    void the_edges_of_each_sequence_form_are_checked() throws IOException {
        String[] wellFormed = {
            "c280",     // U+0080, the smallest two-byte character
            "dfbf",     // U+07FF, the largest
            "c2bf",     // a continuation byte at its top, BF
            "e0a080",   // U+0800: after E0 the next byte starts at A0
            "ed9fbf",   // U+D7FF: after ED the next byte ends at 9F
            "efbfbf",   // U+FFFF
            "f0908080", // U+10000: after F0 the next byte starts at 90
            "f48fbfbf", // U+10FFFF: after F4 the next byte ends at 8F
        };
        for (String hex : wellFormed) {
            assertThat(checked(NO_LIMIT, hex).readAllBytes()).as(hex).isEqualTo(bytes(hex));
        }
        String[] malformed = {
            "c1bf",     // overlong two-byte form of U+007F
            "c27f",     // continuation byte below 80
            "c2c0",     // continuation byte above BF
            "e09f80",   // overlong three-byte form
            "eda080",   // an encoded surrogate, U+D800
            "f08fbfbf", // overlong four-byte form
            "f4908080", // beyond U+10FFFF
            "f5808080", // a lead byte that is never used
            "80",       // a stray continuation byte
        };
        for (String hex : malformed) {
            // Each follows "ab", so the malformed character is column 3.
            assertMalformedAt("6162" + hex, 1, 3);
        }
    }

    private static void assertMalformedAt(String hex, long line, long column) {
        CheckedUtf8Input in = checked(NO_LIMIT, hex);
        assertThatThrownBy(() -> in.transferTo(new ByteArrayOutputStream())).as(hex)
            .isInstanceOfSatisfying(MalformedUtf8Exception.class,
                e -> assertThat(new long[] {e.line(), e.column()}).as(hex).containsExactly(line, column));
    }

    private static void assertTooLong(CheckedUtf8Input in) {
        assertThatThrownBy(in::readAllBytes).isInstanceOf(StreamConstraintsException.class);
    }

    private static CheckedUtf8Input checked(long maxCharacters, String hex) {
        return new CheckedUtf8Input(new ByteArrayInputStream(bytes(hex)), maxCharacters);
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /** A stream that returns its chunks one read each, as a pipe or a socket may. */
    private static final class Chunks extends InputStream {

        private final Deque<byte[]> chunks = new ArrayDeque<>();

        Chunks(byte[]... chunks) {
            for (byte[] chunk : chunks) {
                this.chunks.add(chunk);
            }
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in chunks only");
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            byte[] chunk = chunks.poll();
            if (chunk == null) {
                return -1;
            }
            System.arraycopy(chunk, 0, target, offset, chunk.length);
            return chunk.length;
        }
    }
}

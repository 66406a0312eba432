package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading never leaves a file open: not after a whole read, not after a refused file (whatever its
 * encoding), and a participant reader releases its file when closed, when it reaches the end and when it
 * fails, even if the caller never closes it. A stream opened for participants is copied to a temporary
 * file, which is gone once the reader is closed. Open files are counted in {@code /proc/self/fd}, so these
 * tests run on Linux only.
 */
@EnabledOnOs(OS.LINUX)
class ReleasedFilesTest {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final String PARTY = "{ \"id\": \"fk\", \"name\": \"Försäkringskassan\", \"type\": \"SOCIAL_INSURANCE_AGENCY\" }";
    /** Participants first: read in two passes. */
    private static final String TWO_PASS = "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\" },\n"
        + "  { \"id\": \"p2\", \"gender\": \"WOMAN\" } ],\n  \"parties\": [ " + PARTY + " ] }";
    /** Participants last after all other root properties: read in one pass. */
    private static final String ONE_PASS = "{ \"schemaVersion\": \"1\", \"parties\": [ " + PARTY + " ], \"associations\": [],"
        + " \"projects\": [], \"structures\": [],\n  \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\" } ] }";

    @TempDir
    Path dir;

    @BeforeEach
    void warmUp() throws Exception {
        // Classes and jars loaded on first use stay open; load them before counting.
        Path file = Files.writeString(dir.resolve("warm.json"), TWO_PASS);
        JSON.read(file);
        try (ParticipantReader reader = JSON.openParticipants(file)) {
            reader.forEachRemaining(p -> { });
        }
        try (ParticipantReader reader = JSON.openParticipants(bytes(ONE_PASS))) {
            reader.forEachRemaining(p -> { });
        }
        catchThrowable(() -> JSON.read(Files.write(dir.resolve("warm16.json"), "{}".getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void a_whole_read_and_a_refused_file_leave_nothing_open() throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), TWO_PASS);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ \"parties\": [ 17 ] }");
        Path utf16 = Files.write(dir.resolve("utf16.json"), "{ \"parties\": [] }".getBytes(StandardCharsets.UTF_16BE));
        byte[] ucs4 = {0, 4, 0, 0, 0, 0, 0, 0, 0, 0x20, '[', ' ', '{', 'f', '0'};
        Path odd = Files.write(dir.resolve("ucs4.json"), ucs4);
        long before = openFiles();
        JSON.read(good);
        for (Path refused : List.of(bad, utf16, odd)) {
            assertThat(catchThrowable(() -> JSON.read(refused))).isInstanceOf(SamverkanJsonException.class);
            assertThat(catchThrowable(() -> JSON.openParticipants(refused))).isInstanceOf(SamverkanJsonException.class);
        }
        assertThat(openFiles()).isEqualTo(before);
    }

    @Test
    void a_participant_reader_releases_its_file_when_closed_early() throws Exception {
        for (String text : List.of(TWO_PASS, ONE_PASS)) {
            Path file = Files.writeString(dir.resolve("early.json"), text);
            long before = openFiles();
            ParticipantReader reader = JSON.openParticipants(file);
            reader.next();
            reader.close();
            assertThat(openFiles()).isEqualTo(before);
        }
    }

    @Test
    void a_participant_reader_releases_its_file_at_the_end_without_being_closed() throws Exception {
        for (String text : List.of(TWO_PASS, ONE_PASS)) {
            Path file = Files.writeString(dir.resolve("end.json"), text);
            long before = openFiles();
            ParticipantReader reader = JSON.openParticipants(file);
            reader.forEachRemaining(p -> { });
            assertThat(reader.hasNext()).isFalse();
            assertThat(openFiles()).isEqualTo(before);
        }
    }

    @Test
    void a_participant_reader_releases_its_file_when_it_fails_without_being_closed() throws Exception {
        Path file = Files.writeString(dir.resolve("failing.json"),
            "{ \"schemaVersion\": \"1\", \"parties\": [], \"associations\": [], \"projects\": [], \"structures\": [],\n"
                + "  \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\" }, { \"id\": 2, \"gender\": \"MAN\" } ] }");
        long before = openFiles();
        ParticipantReader reader = JSON.openParticipants(file);
        reader.next();
        assertThat(catchThrowable(reader::hasNext)).isInstanceOf(SamverkanJsonException.class);
        assertThat(openFiles()).isEqualTo(before);
    }

    @Test
    void the_copy_of_a_stream_is_deleted_when_the_reader_is_closed() throws Exception {
        long before = openFiles();
        ParticipantReader reader = JSON.openParticipants(bytes(ONE_PASS));
        List<Path> copies = openTemporaryCopies();
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0)).exists();
        reader.close();
        assertThat(copies.get(0)).doesNotExist();
        assertThat(openFiles()).isEqualTo(before);
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    /** The temporary copies ({@code samverkan-*.json}) this process has open. */
    private static List<Path> openTemporaryCopies() throws IOException {
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    String name = target.getFileName() == null ? "" : target.getFileName().toString();
                    if (name.startsWith("samverkan-") && name.endsWith(".json")) {
                        copies.add(target);
                    }
                } catch (IOException e) {
                    // The descriptor of the listing itself, closed meanwhile.
                }
            }
        }
        return copies;
    }
}

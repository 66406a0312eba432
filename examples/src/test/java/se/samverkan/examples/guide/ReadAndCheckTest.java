package se.samverkan.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverkan.model.problem.Problem;
import se.samverkan.model.problem.Severity;

class ReadAndCheckTest {

    private static final Path GEMENSAMMA_TAGET = Path.of("data", "gemensamma-taget-vuxna.json");

    @Test
    void the_gemensamma_taget_sample_reads_with_its_91_participants() throws Exception {
        assertThat(ReadAndCheck.read(GEMENSAMMA_TAGET).getParticipants()).hasSize(91);
    }

    @Test
    void the_gemensamma_taget_sample_has_the_applications_own_eleven_problems() throws Exception {
        List<Problem> problems = ReadAndCheck.problems(GEMENSAMMA_TAGET);

        // The application as written: its studies table states age-band totals 0 and 10 where the cells
        // give 4 and 6 (two errors); three goals each break two age bands (18–30, 31–64) out of the target
        // group's 25–45 (six warnings); group 13 out of sequence; one participant outside the age range; one
        // with a single authority contact. 2 + 6 + 1 + 1 + 1 = 11.
        assertThat(problems).hasSize(11);
        assertThat(problems).filteredOn(Problem::isError)
            .extracting(Problem::id, Problem::pointer)
            .containsExactly(
                tuple("BREAKDOWN_TOTAL_MISMATCH", "/projects/0/goals/2/breakdown/columnTotals/0"),
                tuple("BREAKDOWN_TOTAL_MISMATCH", "/projects/0/goals/2/breakdown/columnTotals/1"));
        Problem sequence = problems.stream().filter(p -> p.id().equals("COHORT_SEQUENCE")).findFirst().orElseThrow();
        assertThat(sequence.severity()).isEqualTo(Severity.WARNING);
        assertThat(sequence.pointer()).isEqualTo("/projects/0/cohorts/12");
        // The thirteenth cohort object of the sample file opens on line 895, indented by 8 spaces.
        assertThat(Files.readAllLines(GEMENSAMMA_TAGET).get(sequence.line() - 1)).isEqualTo("        {");
        assertThat(sequence.column()).isEqualTo(9);
        assertThat(sequence.message(Locale.ENGLISH)).contains("group 13");
    }

    @Test
    void a_text_that_is_not_a_document_gives_its_reading_problem_in_the_same_shape(@TempDir Path dir)
        throws Exception {
        Path file = dir.resolve("broken.json");
        // "parties" must be an array; the string starts on line 2, column 14.
        Files.writeString(file, "{\"schemaVersion\": \"1\",\n  \"parties\": \"fk\"}");

        List<Problem> problems = ReadAndCheck.problems(file);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).isError()).isTrue();
        assertThat(problems.get(0).pointer()).isEqualTo("/parties");
        assertThat(problems.get(0).line()).isEqualTo(2);
        assertThat(problems.get(0).column()).isEqualTo(14);
    }

    @Test
    void a_file_that_is_not_utf8_gives_a_located_reading_problem_not_an_exception(@TempDir Path dir)
        throws Exception {
        Path file = dir.resolve("latin1.json");
        // Line 2 holds "Umeå" in ISO-8859-1: the byte 0xE5 after "Ume" is not UTF-8.
        byte[] head = "{\"schemaVersion\": \"1\",\n  \"parties\": [{\"id\": \"umea\", \"name\": \"Ume".getBytes(
            java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = "\"}]}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1 + tail.length);
        bytes[head.length] = (byte) 0xE5;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);

        List<Problem> problems = ReadAndCheck.problems(file);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).isError()).isTrue();
        assertThat(problems.get(0).id()).isEqualTo("BAD_ENCODING");
        assertThat(problems.get(0).line()).isEqualTo(2);
        // Before the bad byte on line 2: 2 spaces + "parties": (10) + space + [{ (2) + "id": (5) + space
        // + "umea", (7) + space + "name": (7) + space + "Ume (4) = 41 characters, so column 42.
        assertThat(problems.get(0).column()).isEqualTo(42);
    }
}

package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A date is exactly four, two and two ASCII digits joined by hyphens: every digit 0–9 is one, the
 * characters next to them in ASCII ({@code /} before 0, {@code :} after 9) are not, and the year may be
 * any four digits, 0000 included (whether the year makes sense is for validation, not for reading).
 */
class DateTextTest {

    private static final SamverkanJson JSON = SamverkanJson.create();

    /** A participation starting at {@code date}. */
    private static String participation(String date) {
        return "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\",\n  \"participations\": [\n"
            + "    { \"project\": \"gt\", \"start\": \"" + date + "\" } ] } ] }";
    }

    private static LocalDate start(String date) {
        return JSON.read(participation(date)).getParticipants().get(0).getParticipations().get(0).getStart();
    }

    @Test
    void every_digit_is_read() {
        assertThat(start("1999-09-29")).isEqualTo(LocalDate.of(1999, 9, 29));
        assertThat(start("2008-10-31")).isEqualTo(LocalDate.of(2008, 10, 31));
        assertThat(start("1234-05-06")).isEqualTo(LocalDate.of(1234, 5, 6));
        assertThat(start("5678-07-18")).isEqualTo(LocalDate.of(5678, 7, 18));
    }

    @Test
    void the_year_0000_is_read() {
        assertThat(start("0000-06-15")).isEqualTo(LocalDate.of(0, 6, 15));
    }

    @Test
    void the_characters_next_to_the_digits_are_not_digits() {
        // Line 3 is `    { "project": "gt", "start": "…" } ] } ] }`: 4 spaces, `{ "project": "gt", "start": `
        // (28 characters), so the string's opening quote is at column 4 + 28 + 1 = 33.
        for (String date : List.of("2008-0/-01", "2008-0:-01", "/008-01-01", "2008-01-:1", "2008/01/01", "2008-01-1",
                "2008-01-011")) {
            JsonProblem problem = OnlyProblem.of(() -> JSON.read(participation(date)));
            assertThat(problem.messageKey()).as(date).isEqualTo("se.samverkan.json.invalid-date");
            assertThat(problem.pointer()).isEqualTo("/participants/0/participations/0/start");
            assertThat(new int[] {problem.line(), problem.column()}).as(date).containsExactly(3, 33);
            assertThat(problem.message(Locale.ENGLISH))
                .isEqualTo("Invalid date; write YYYY-MM-DD, for example \"2008-03-31\".");
        }
    }
}

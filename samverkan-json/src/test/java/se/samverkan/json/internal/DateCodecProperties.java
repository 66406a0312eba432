package se.samverkan.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The allocation-free date reading of {@link DateCodec#parse} accepts exactly the dates that the regex
 * {@code [0-9]{4}-[0-9]{2}-[0-9]{2}} followed by {@link LocalDate#parse} accepted, and gives the same date.
 */
class DateCodecProperties {

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    @Property(tries = 3000)
    void reads_a_date_exactly_as_regex_and_iso_parse_did(@ForAll("dateLikeTexts") String text) {
        LocalDate expected = reference(text);
        Statistics.collect(expected == null ? "refused" : "read");
        assertThat(DateCodec.parse(text)).as(text).isEqualTo(expected);
    }

    @Property(tries = 300)
    void every_valid_date_reads_back(@ForAll("dates") LocalDate date) {
        assertThat(DateCodec.parse(date.toString())).isEqualTo(date);
    }

    @Example
    void refuses_the_dates_the_calendar_does_not_have_and_other_shapes() {
        for (String text : new String[] {"2024-02-30", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
            "2024-01-00", "2024-1-01", "24-01-01", "2024/01/01", "2024-01-01T00:00", "+2024-01-01", "٢٠٢٤-01-01",
            "2024-01-0١", "", "2024-01-01 "}) {
            assertThat(DateCodec.parse(text)).as(text).isNull();
        }
        assertThat(DateCodec.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DateCodec.parse("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(DateCodec.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Provide
    Arbitrary<String> dateLikeTexts() {
        Arbitrary<String> twoDigits = Arbitraries.integers().between(0, 99).map(i -> String.format("%02d", i));
        Arbitrary<String> year = Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i));
        Arbitrary<String> shaped = Combinators.combine(year, twoDigits, twoDigits)
            .as((y, m, d) -> y + "-" + m + "-" + d);
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-/ T:+١a").ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> edited = Combinators.combine(shaped, Arbitraries.integers().between(0, 9),
            Arbitraries.of('x', '-', ' ', '١', '9', '0')).as((t, i, c) -> t.substring(0, i) + c + t.substring(i + 1));
        return Arbitraries.frequencyOf(
            Tuple.of(5, shaped), Tuple.of(2, noise), Tuple.of(3, edited));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    }

    /** What the codec did before: the regex, then the ISO parser. */
    private static LocalDate reference(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.testing.SeedDocuments;

/**
 * Same bytes, same verdict, for documents with several bad values: streaming the participants reports
 * exactly the problems a whole read reports, in the same order, whether the participants come last (one
 * pass) or first (two passes), and each planted value is reported once, up to the limit of 100.
 */
class StreamedProblemsProperties {

    private static final SamverkanJson JSON = SamverkanJson.create();
    /** 60 participants: each has a gender, a birth year or none, and participations with start dates. */
    private static final String TEXT = JSON.write(SeedDocuments.gemensammaTagetVuxna(60, 7));
    /** The values planted over: each match's value group is replaced by a value the format refuses. */
    private static final List<Pattern> PLACES = List.of(Pattern.compile("\"gender\" ?: (\"[A-Z_]+\")"),
        Pattern.compile("\"birthYear\" ?: ([0-9]+)"), Pattern.compile("\"start\" ?: (\"[0-9-]+\")"),
        Pattern.compile("\"type\" ?: (\"[A-Z_]+\")"));
    private static final List<String> BAD = List.of("\"X\"", "\"abc\"", "\"2008-02-30\"", "\"AGENCY\"");

    @Provide
    Arbitrary<Set<Integer>> planted() {
        int places = countPlaces();
        // Enough places to plant beyond the limit of 100 problems.
        assertThat(places).isGreaterThan(130);
        return Arbitraries.integers().between(0, places - 1).set().ofMinSize(1).ofMaxSize(Math.min(places, 130));
    }

    @Property(tries = 25)
    void a_streamed_read_reports_what_a_whole_read_reports(@ForAll("planted") Set<Integer> planted,
            @ForAll boolean participantsFirst) throws IOException {
        String bad = plant(TEXT, planted);
        String text = participantsFirst ? participantsFirst(bad) : bad;
        List<JsonProblem> whole = catchThrowableOfType(SamverkanJsonException.class, () -> JSON.read(text))
            .problems();
        // Each planted value is one problem; beyond 100, the 101st place is TOO_MANY_PROBLEMS instead.
        assertThat(whole).hasSize(planted.size() <= 100 ? planted.size() : 101);
        Path file = Files.writeString(Files.createTempFile("streamed-problems", ".json"), text);
        try {
            SamverkanJsonException streamed = catchThrowableOfType(SamverkanJsonException.class, () -> {
                try (ParticipantReader reader = JSON.openParticipants(file)) {
                    reader.forEachRemaining(participant -> { });
                }
            });
            assertThat(streamed.problems()).isEqualTo(whole);
        } finally {
            Files.delete(file);
        }
    }

    private static int countPlaces() {
        int count = 0;
        for (Pattern place : PLACES) {
            Matcher m = place.matcher(TEXT);
            while (m.find()) {
                count++;
            }
        }
        return count;
    }

    /** The text with the values at the chosen places (numbered over all patterns in turn) replaced. */
    private static String plant(String text, Set<Integer> chosen) {
        String result = text;
        int number = 0;
        for (int kind = 0; kind < PLACES.size(); kind++) {
            Matcher m = PLACES.get(kind).matcher(result);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = chosen.contains(number++) ? BAD.get(kind) : m.group(1);
                m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group().substring(0, m.start(1) - m.start()) + value));
            }
            m.appendTail(out);
            result = out.toString();
        }
        return result;
    }

    /** The same document with the participants array moved from last to first. */
    private static String participantsFirst(String text) {
        int at = text.indexOf(",\n  \"participants\"");
        int end = text.lastIndexOf("\n}");
        return "{\n" + text.substring(at + 2, end) + ",\n" + text.substring(2, at) + "\n}\n";
    }
}

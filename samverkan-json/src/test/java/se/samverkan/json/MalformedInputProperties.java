package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.samverkan.model.testing.SeedDocuments;

/**
 * Whatever the damage to a document's text, reading either succeeds or fails with a
 * {@link SamverkanJsonException} whose problems have a place and clean messages: never another exception.
 */
class MalformedInputProperties {

    private static final SamverkanJson JSON = SamverkanJson.create();
    private static final String TEXT = JSON.write(SeedDocuments.gemensammaTagetVuxna(3, 5));

    @Provide
    Arbitrary<String> damagedDocuments() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, TEXT.length() - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 12);
        Arbitrary<String> insert = Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "null", "1e999999", "-",
            "\\", "\u0000", "true", "\"x\"", "0.001", "\uFEFF", "\"id\": \"x\",");
        return Combinators.combine(at, length, insert).as((start, cut, text) ->
            TEXT.substring(0, start) + text + TEXT.substring(Math.min(TEXT.length(), start + cut)));
    }

    @Property(tries = 200)
    void damaged_text_is_read_or_reported_never_crashes(@ForAll("damagedDocuments") String damaged) {
        try {
            JSON.read(damaged);
        } catch (SamverkanJsonException e) {
            assertThat(e.problems()).isNotEmpty();
            for (JsonProblem problem : e.problems()) {
                assertThat(problem.line()).isPositive();
                assertThat(problem.column()).isPositive();
                assertThat(problem.messageKey()).startsWith("se.samverkan.json.");
                assertThat(problem.message(Locale.ENGLISH)).doesNotContain("jackson", "Exception", "java.");
                assertThat(problem.message()).doesNotContain("jackson", "Exception", "java.");
            }
        }
    }
}

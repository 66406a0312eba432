package se.samverkan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;
import se.samverkan.model.SamverkanDocument;
import se.samverkan.model.goal.Breakdown;
import se.samverkan.model.goal.Indicator;
import se.samverkan.model.structure.CooperationGroup;

/**
 * The integers that may be left out and the yes/no {@code achieved} survive a round trip through the JSON
 * form over their whole range (validation, which bounds some of them, is not part of reading or writing):
 * the text gives the model value, the model value is written back as the same JSON integer or boolean, and
 * reading that gives an equal document.
 */
class OptionalValuesRoundTripProperties {

    private static final SamverkanJson JSON = SamverkanJson.create();

    private static final String PROJECT = OptionalValuesJsonTest.PROJECT_UP_TO_GOALS;

    /** Any int (jqwik's edge cases include the smallest and the largest); empty for a value not given. */
    @Provide
    Arbitrary<OptionalInt> values() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().map(OptionalInt::of)),
            Tuple.of(1, Arbitraries.just(OptionalInt.empty())));
    }

    /** True, false or (null) not given. */
    @Provide
    Arbitrary<Boolean> answers() {
        return Arbitraries.of(true, false).injectNull(0.3);
    }

    @Property(tries = 200)
    void integers_are_read_written_and_read_back_unchanged(@ForAll("values") OptionalInt birthYear,
            @ForAll("values") OptionalInt threshold, @ForAll("values") OptionalInt total,
            @ForAll("values") OptionalInt reviews, @ForAll boolean asNull) {
        String text = "{ \"participants\": [ { \"id\": \"p1\", \"gender\": \"MAN\""
            + key("birthYear", text(birthYear), asNull) + " } ],\n"
            + "  \"structures\": [ { \"id\": \"g\", \"name\": \"Trisam\", \"level\": \"CASE_OFFICERS\","
            + " \"meetingsPerYear\": 0" + key("reviewsPerYear", text(reviews), asNull) + " } ],\n"
            + PROJECT.substring(2) + "{ \"id\": \"g\", \"title\": \"T\","
            + " \"indicator\": { \"type\": \"SURVEY_SHARE\", \"question\": \"q\"" + key("threshold", text(threshold), asNull)
            + " }, \"target\": { \"comparator\": \"AT_LEAST\", \"value\": 40 },"
            + " \"breakdown\": { \"ageBands\": []" + key("total", text(total), asNull) + " } } ] } ] }";
        SamverkanDocument document = JSON.read(text);

        Indicator indicator = document.getProjects().get(0).getGoals().get(0).getIndicator();
        Breakdown breakdown = document.getProjects().get(0).getGoals().get(0).getBreakdown().orElseThrow();
        CooperationGroup group = document.getStructures().get(0);
        assertThat(document.getParticipants().get(0).getBirthYear()).isEqualTo(birthYear);
        assertThat(indicator.getThreshold()).isEqualTo(threshold);
        assertThat(breakdown.getTotal()).isEqualTo(total);
        assertThat(group.getReviewsPerYear()).isEqualTo(reviews);

        String written = JSON.write(document);
        assertWritten(written, "birthYear", text(birthYear));
        assertWritten(written, "threshold", text(threshold));
        assertWritten(written, "total", text(total));
        assertWritten(written, "reviewsPerYear", text(reviews));
        assertThat(JSON.read(written)).isEqualTo(document);
    }

    @Property(tries = 20)
    void achieved_is_read_written_and_read_back_unchanged(@ForAll("answers") @Nullable Boolean achieved,
            @ForAll boolean asNull) {
        String value = achieved == null ? null : achieved.toString();
        String text = PROJECT + "{ \"id\": \"g\", \"title\": \"T\", \"indicator\": { \"type\": \"REPORTED\""
            + key("achieved", value, asNull) + " }, \"target\": { \"comparator\": \"AT_LEAST\", \"value\": 1 } } ] } ] }";
        SamverkanDocument document = JSON.read(text);
        assertThat(document.getProjects().get(0).getGoals().get(0).getIndicator().getAchieved())
            .isEqualTo(achieved);
        String written = JSON.write(document);
        assertWritten(written, "achieved", value);
        assertThat(JSON.read(written)).isEqualTo(document);
    }

    /** The key with its value; a value not given (null) is the key with null ({@code asNull}) or no key. */
    private static String key(String name, @Nullable String value, boolean asNull) {
        if (value != null) {
            return ", \"" + name + "\": " + value;
        }
        return asNull ? ", \"" + name + "\": null" : "";
    }

    /** The JSON text of the value, or null when not given. */
    private static @Nullable String text(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : null;
    }

    private static void assertWritten(String written, String name, @Nullable String value) {
        if (value != null) {
            // The whole value: followed by the comma or the line break after it.
            assertThat(written).containsPattern("\"" + name + "\" : " + Pattern.quote(value) + "[,\n]");
        } else {
            assertThat(written).doesNotContain("\"" + name + "\"");
        }
    }
}

package se.samverkan.json.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverkan.json.SamverkanJson;
import se.samverkan.metrics.rules.Finding;
import se.samverkan.metrics.rules.ReportingRules;
import se.samverkan.model.problem.Position;

/**
 * A finding as the metrics output shows it: its rule, severity and path, its message in the language
 * chosen (Swedish unless English is asked for), and a place when one is given; two are equal exactly when
 * they show the same.
 */
class MetricsFindingTest {

    private static Finding first;
    private static Finding second;

    /** An association whose own id and only member name no party: two findings at two paths. */
    @BeforeAll
    static void findings() {
        List<Finding> findings = ReportingRules.create()
            .check(SamverkanJson.create().read("{ \"associations\": [ { \"id\": \"sf\", \"members\": [\"fk\"] } ] }"));
        assertThat(findings).hasSizeGreaterThanOrEqualTo(2);
        first = findings.get(0);
        second = findings.get(1);
        assertThat(first.path()).isNotEqualTo(second.path());
    }

    @Test
    void a_finding_shows_its_rule_severity_path_and_swedish_message() {
        MetricsFinding shown = MetricsFinding.of(first);
        assertThat(shown.rule()).isEqualTo(first.rule());
        assertThat(shown.severity()).isEqualTo(first.severity());
        assertThat(shown.path()).isEqualTo(first.path()).startsWith("/associations/0/");
        assertThat(shown.message()).isEqualTo(first.message(Locale.forLanguageTag("sv")));
        assertThat(shown.position()).isEmpty();
    }

    @Test
    void the_language_path_and_place_can_be_chosen() {
        MetricsFinding english = MetricsFinding.of(first).in(Locale.ENGLISH);
        assertThat(english.message()).isEqualTo(first.message(Locale.ENGLISH))
            .isNotEqualTo(first.message(Locale.forLanguageTag("sv")));
        assertThat(MetricsFinding.at(first, "/projects/3").path()).isEqualTo("/projects/3");
        MetricsFinding placed = english.located(Position.of(2, 9));
        assertThat(placed.position()).isEqualTo(Optional.of(Position.of(2, 9)));
        assertThat(placed.message()).isEqualTo(english.message());
        assertThat(placed.in(Locale.ENGLISH).position()).isEqualTo(Optional.of(Position.of(2, 9)));
    }

    @Test
    void equal_exactly_when_they_show_the_same() {
        MetricsFinding shown = MetricsFinding.of(first);
        MetricsFinding again = MetricsFinding.at(first, first.path());
        assertThat(shown).isEqualTo(again);
        assertThat(shown.hashCode()).isEqualTo(again.hashCode());
        List<MetricsFinding> others = List.of(MetricsFinding.of(second), MetricsFinding.at(first, "/elsewhere"),
            shown.in(Locale.ENGLISH), shown.located(Position.of(1, 1)));
        for (MetricsFinding other : others) {
            assertThat(shown).isNotEqualTo(other);
            assertThat(other).isNotEqualTo(shown);
        }
        assertThat(others).extracting(MetricsFinding::hashCode).doesNotContain(shown.hashCode());
        assertThat(shown.equals(first)).isFalse();
    }

    @Test
    void to_string_names_rule_severity_path_and_place() {
        String head = first.rule().id() + " " + first.severity() + " " + first.path();
        assertThat(MetricsFinding.of(first)).hasToString(head);
        assertThat(MetricsFinding.of(first).located(Position.of(4, 2))).hasToString(head + " line 4, column 2");
    }
}

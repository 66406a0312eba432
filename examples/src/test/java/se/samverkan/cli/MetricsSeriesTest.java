package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.json.SamverkanJson;
import se.samverkan.model.project.Project;

/**
 * {@code metrics --by} on the sample documents. Gemensamma taget Vuxna runs 1 March 2008 – 28 February 2010,
 * 91 participations started and 81 ended in it (docs/cli.md), budget 1 198 000 kr in 2008, 1 365 000 kr in 2009
 * and 192 000 kr in 2010.
 */
class MetricsSeriesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode run(String... args) {
        Cli cli = Cli.run(args);
        assertThat(cli.status).as(cli.toString()).isZero();
        return JSON.readTree(cli.out);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.propertyNames().forEach(keys::add);
        return keys;
    }

    private static String period(JsonNode entry) {
        return entry.get("period").get("start").stringValue() + "/" + entry.get("period").get("end").stringValue();
    }

    private static Project gemensammaTaget() throws IOException {
        return SamverkanJson.create().read(Files.readString(Path.of(Cli.GEMENSAMMA_TAGET))).getProjects().get(0);
    }

    @Test
    void tertials_of_the_project_period_clipped_at_both_ends_their_counts_adding_up_to_the_whole() {
        JsonNode root = run("metrics", Cli.GEMENSAMMA_TAGET, "--by", "TERTIAL");

        assertThat(keys(root)).containsExactly("schemaVersion", "by", "series", "findings");
        assertThat(root.get("by").stringValue()).isEqualTo("TERTIAL");
        List<String> periods = new ArrayList<>();
        int started = 0;
        int ended = 0;
        for (JsonNode entry : root.get("series")) {
            periods.add(period(entry));
            assertThat(keys(entry)).containsExactly("period", "asOf", "projects");
            assertThat(entry.get("asOf").stringValue()).isEqualTo(entry.get("period").get("end").stringValue());
            JsonNode project = entry.get("projects").get(0);
            assertThat(keys(project)).containsExactly("id", "name", "period", "asOf", "participants", "goals",
                "incomeTransitions", "costs");
            assertThat(project.get("costs").isNull()).isTrue();
            // "participants" is a PARTICIPANTS_STARTED goal: its target is for the whole project
            assertThat(project.get("goals").get(0).get("attained").isNull()).isTrue();
            started += project.get("participants").get("started").intValue();
            ended += project.get("participants").get("ended").intValue();
        }
        assertThat(periods).containsExactly("2008-03-01/2008-04-30", "2008-05-01/2008-08-31", "2008-09-01/2008-12-31",
            "2009-01-01/2009-04-30", "2009-05-01/2009-08-31", "2009-09-01/2009-12-31", "2010-01-01/2010-02-28");
        // every participation starts in exactly one tertial, and ends in at most one
        assertThat(started).isEqualTo(91);
        assertThat(ended).isEqualTo(81);
    }

    @Test
    void each_tertial_is_the_single_period_metrics_of_that_tertial() throws IOException {
        JsonNode root = run("metrics", Cli.GEMENSAMMA_TAGET, "--by", "TERTIAL");

        for (JsonNode entry : root.get("series")) {
            SingleMeasurement.assertSeriesProjectIsTheSingleMeasurement(gemensammaTaget(), entry.get("projects").get(0),
                false, root.get("findings"), "", Cli.GEMENSAMMA_TAGET);
        }
    }

    @Test
    void years_have_the_budget_of_their_year_and_are_the_single_period_metrics_of_that_year() throws IOException {
        JsonNode root = run("metrics", Cli.GEMENSAMMA_TAGET, "--by", "year");

        assertThat(root.get("by").stringValue()).isEqualTo("YEAR");
        List<String> totals = new ArrayList<>();
        for (JsonNode entry : root.get("series")) {
            JsonNode project = entry.get("projects").get(0);
            totals.add(period(entry) + " " + project.get("costs").get("budgetTotal").stringValue());
            SingleMeasurement.assertSeriesProjectIsTheSingleMeasurement(gemensammaTaget(), project, true,
                root.get("findings"), "", Cli.GEMENSAMMA_TAGET);
        }
        assertThat(totals).containsExactly("2008-03-01/2008-12-31 1198000.00", "2009-01-01/2009-12-31 1365000.00",
            "2010-01-01/2010-02-28 192000.00");
    }

    @Test
    void an_as_of_date_inside_the_series_ends_it_there() {
        JsonNode root = run("metrics", Cli.GEMENSAMMA_TAGET, "--by", "HALF", "--as-of", "2009-03-31");

        List<String> periods = new ArrayList<>();
        root.get("series").forEach(entry -> periods.add(period(entry) + " " + entry.get("asOf").stringValue()));
        // the half year that starts 1 July 2009 starts after the as-of date: left out
        assertThat(periods).containsExactly("2008-03-01/2008-06-30 2008-06-30", "2008-07-01/2008-12-31 2008-12-31",
            "2009-01-01/2009-06-30 2009-03-31");
        // 28 participations started in the first quarter of 2009 (docs/cli.md: the first half of 2009 as of
        // 31 March)
        assertThat(root.get("series").get(2).get("projects").get(0).get("participants").get("started").intValue())
            .isEqualTo(28);
    }

    @Test
    void an_as_of_date_before_the_first_period_gives_an_empty_series() {
        JsonNode root = run("metrics", Cli.GEMENSAMMA_TAGET, "--by", "MONTH", "--as-of", "2008-02-29");

        assertThat(root.get("series")).isEmpty();
        assertThat(root.get("findings")).isNotEmpty();
    }

    @Test
    void a_count_only_project_has_no_annual_counts_in_a_quarter_and_its_reported_goal_no_attainment()
        throws IOException {
        JsonNode root = run("metrics", Cli.KAVLINGE_LOMMA, "--by", "QUARTER");
        Project process = SamverkanJson.create().read(Files.readString(Path.of(Cli.KAVLINGE_LOMMA))).getProjects()
            .get(0);

        // 2016-01-01 – 2018-12-31: twelve quarters
        assertThat(root.get("series")).hasSize(12);
        for (JsonNode entry : root.get("series")) {
            JsonNode project = entry.get("projects").get(0);
            assertThat(project.get("participants").get("started").isNull()).isTrue();
            SingleMeasurement.assertSeriesProjectIsTheSingleMeasurement(process, project, false, root.get("findings"),
                "", Cli.KAVLINGE_LOMMA);
        }
    }

    @Test
    void disclosed_series_hide_each_period_and_point_into_the_series() {
        Cli cli = Cli.run("metrics", Cli.GEMENSAMMA_TAGET, "--by", "TERTIAL", "--disclosed");
        assertThat(cli.status).as(cli.toString()).isZero();
        JsonNode root = JSON.readTree(cli.out);

        assertThat(keys(root)).containsExactly("schemaVersion", "by", "series", "findings", "disclosure");
        assertThat(root.get("disclosure").get("minimum").intValue()).isEqualTo(5);
        List<String> suppressed = new ArrayList<>();
        root.get("disclosure").get("suppressed").forEach(pointer -> suppressed.add(pointer.stringValue()));
        assertThat(suppressed).isNotEmpty().allSatisfy(pointer -> {
            assertThat(pointer).matches("/series/[0-6]/projects/0/.+");
            assertThat(root.at(JsonPointer.compile(pointer)).isNull()).as(pointer).isTrue();
        });
        // 2010-01-01 – 2010-02-28: no participation started (0 is shown), and each count 1–4 is hidden
        JsonNode last = root.get("series").get(6).get("projects").get(0).get("participants");
        assertThat(last.get("started").intValue()).isZero();
        JsonNode exact = run("metrics", Cli.GEMENSAMMA_TAGET, "--by", "TERTIAL");
        for (int i = 0; i < 7; i++) {
            int started = exact.get("series").get(i).get("projects").get(0).get("participants").get("started").intValue();
            String pointer = "/series/" + i + "/projects/0/participants/started";
            assertThat(suppressed.contains(pointer)).as(pointer + " = " + started).isEqualTo(started >= 1 && started <= 4);
        }
    }

    @Test
    void a_bad_period_length_is_one_message_and_exit_2() {
        Cli cli = Cli.run("metrics", Cli.GEMENSAMMA_TAGET, "--by", "WEEK", "--lang", "en");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err.strip()).isEqualTo("samverkan: option --by: 'WEEK' is not one of YEAR, HALF, TERTIAL, "
            + "QUARTER, MONTH").doesNotContain("\n");
    }
}

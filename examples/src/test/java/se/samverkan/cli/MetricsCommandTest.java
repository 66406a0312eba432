package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MetricsCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode metrics(String... args) {
        Cli cli = Cli.run(args);
        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.err).isEmpty();
        return JSON.readTree(cli.out);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = node.propertyNames().iterator();
        names.forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void every_key_of_json_md_section_3_is_present_in_its_order() {
        JsonNode root = metrics("metrics", Cli.GEMENSAMMA_TAGET);

        assertThat(keys(root)).containsExactly("schemaVersion", "projects", "associations", "findings");
        JsonNode project = root.get("projects").get(0);
        assertThat(keys(project)).containsExactly("id", "name", "period", "asOf", "participants", "goals",
            "incomeTransitions", "costs");
        assertThat(keys(project.get("period"))).containsExactly("start", "end");
        assertThat(keys(project.get("participants"))).containsExactly("started", "ended", "ongoing",
            "distinctPersons", "startedByGender", "startedByAgeBand", "endedByOutcome", "endedByGroup",
            "meanDurationDays", "medianDurationDays");
        assertThat(keys(project.get("participants").get("startedByGender")))
            .containsExactly("WOMAN", "MAN", "NON_BINARY", "UNSPECIFIED");
        assertThat(keys(project.get("participants").get("startedByAgeBand")))
            .containsExactly("-17", "18-29", "30-54", "55-", "unknown");
        assertThat(keys(project.get("participants").get("endedByOutcome"))).containsExactly("EMPLOYMENT",
            "SUBSIDISED_EMPLOYMENT", "STUDIES", "JOB_SEEKING", "OTHER_SUPPORT", "HEALTH_CARE", "DISCONTINUED",
            "MOVED", "OTHER");
        assertThat(keys(project.get("participants").get("endedByGroup")))
            .containsExactly("WORK_OR_STUDIES", "JOB_SEEKING", "OTHER");
        for (JsonNode goal : project.get("goals")) {
            assertThat(keys(goal)).containsExactly("id", "numerator", "denominator", "actual", "target", "upper",
                "comparator", "attained", "wilson95", "breakdown");
        }
        assertThat(keys(project.get("incomeTransitions")))
            .containsExactly("recorded", "supportedAtStart", "supportedAtEnd", "leftSupport");
        assertThat(keys(project.get("costs"))).containsExactly("budgetTotal", "budgetByYear",
            "budgetByCategory", "byFunder", "outcomeTotal", "outcomeByYear", "outcomeByCategory", "outcomeByFunder",
            "perStartedParticipant", "perWorkOrStudies", "esf");
        assertThat(keys(root.get("associations").get(0))).containsExactly("id", "years");
        assertThat(keys(root.get("associations").get(0).get("years").get(0))).containsExactly("year", "total", "shares");
        assertThat(keys(root.get("findings").get(0))).containsExactly("rule", "severity", "path", "message",
            "line", "column");
    }

    @Test
    void gemensamma_taget_budget_matches_the_application() {
        JsonNode costs = metrics("metrics", Cli.GEMENSAMMA_TAGET).get("projects").get(0).get("costs");

        assertThat(costs.get("budgetTotal").stringValue()).isEqualTo("2755000.00");
        assertThat(costs.get("budgetByYear").get("2008").stringValue()).isEqualTo("1198000.00");
        assertThat(costs.get("budgetByYear").get("2009").stringValue()).isEqualTo("1365000.00");
        assertThat(costs.get("budgetByYear").get("2010").stringValue()).isEqualTo("192000.00");
        assertThat(costs.get("byFunder")).singleElement().satisfies(funder -> {
            assertThat(funder.get("party").stringValue()).isEqualTo("sf-umea");
            assertThat(funder.get("amount").stringValue()).isEqualTo("2755000.00");
            assertThat(funder.get("percent").stringValue()).isEqualTo("100.0");
        });
        // 2 755 000 ÷ 91 started, and ÷ 38 ended in work or studies, half-even to öre.
        assertThat(costs.get("perStartedParticipant").stringValue()).isEqualTo("30274.73");
        assertThat(costs.get("perWorkOrStudies").stringValue()).isEqualTo("72500.00");
        assertThat(costs.get("esf").isNull()).isTrue();
    }

    @Test
    void gemensamma_taget_participants_and_goals_of_the_synthetic_register() {
        JsonNode project = metrics("metrics", Cli.GEMENSAMMA_TAGET).get("projects").get(0);
        JsonNode participants = project.get("participants");

        // 91 synthetic people, one of them enrolled twice, one registration erroneous (dropped).
        assertThat(participants.get("started").intValue()).isEqualTo(91);
        assertThat(participants.get("ended").intValue()).isEqualTo(81);
        assertThat(participants.get("ongoing").intValue()).isEqualTo(10);
        assertThat(participants.get("distinctPersons").intValue()).isEqualTo(90);
        assertThat(participants.get("endedByGroup").get("WORK_OR_STUDIES").intValue()).isEqualTo(38);
        JsonNode work = project.get("goals").get(1);
        assertThat(work.get("id").stringValue()).isEqualTo("work");
        assertThat(work.get("numerator").intValue()).isEqualTo(28);
        assertThat(work.get("denominator").intValue()).isEqualTo(81);
        assertThat(work.get("actual").stringValue()).isEqualTo("34.6");
        assertThat(work.get("target").stringValue()).isEqualTo("40");
        assertThat(work.get("attained").booleanValue()).isFalse();
        assertThat(work.get("wilson95").get(0).stringValue()).isEqualTo("25.1");
        assertThat(work.get("wilson95").get(1).stringValue()).isEqualTo("45.4");
        assertThat(work.get("breakdown")).hasSize(4);
        assertThat(work.get("breakdown").get(0).get("ageBand").stringValue()).isEqualTo("18-30");
        assertThat(project.get("goals").get(3).get("breakdown")).isEmpty();
    }

    @Test
    void the_forbund_key_gives_forsakringskassan_half_and_arbetsformedlingen_nothing() {
        JsonNode year = metrics("metrics", Cli.GEMENSAMMA_TAGET).get("associations").get(0).get("years").get(0);

        assertThat(year.get("total").stringValue()).isEqualTo("6000000.00");
        assertThat(year.get("shares")).extracting(s -> s.get("party").stringValue(), s -> s.get("amount").stringValue())
            .containsExactly(tuple("fk", "3000000.00"), tuple("region-vb", "1500000.00"),
                tuple("umea", "1500000.00"));
    }

    @Test
    void findings_name_the_applications_errors_and_the_participants_at_their_index() {
        JsonNode findings = metrics("metrics", Cli.GEMENSAMMA_TAGET).get("findings");

        assertThat(findings).extracting(f -> f.get("rule").stringValue(), f -> f.get("path").stringValue())
            .contains(tuple("BREAKDOWN_TOTAL_MISMATCH", "/projects/0/goals/2/breakdown/columnTotals/0"),
                tuple("BREAKDOWN_TOTAL_MISMATCH", "/projects/0/goals/2/breakdown/columnTotals/1"),
                tuple("COHORT_SEQUENCE", "/projects/0/cohorts/12"),
                tuple("AGE_OUTSIDE_TARGET_GROUP", "/participants/11/participations/0"),
                tuple("TOO_FEW_AUTHORITY_CONTACTS", "/participants/29/participations/0/authorityContacts"))
            .hasSize(11);
    }

    @Test
    void gransgangare_splits_the_esf_support_into_union_and_national_halves() {
        JsonNode costs = metrics("metrics", Cli.GRANSGANGARE).get("projects").get(0).get("costs");

        assertThat(costs.get("budgetTotal").stringValue()).isEqualTo("399909.00");
        assertThat(costs.get("esf").get("grantedSupport").stringValue()).isEqualTo("399909.00");
        assertThat(costs.get("esf").get("unionPart").stringValue()).isEqualTo("199954.50");
        assertThat(costs.get("esf").get("nationalPart").stringValue()).isEqualTo("199954.50");
        assertThat(costs.get("perStartedParticipant").isNull()).isTrue();
    }

    @Test
    void kavlinge_lomma_process_leader_and_travel_710000_a_year() {
        JsonNode project = metrics("metrics", Cli.KAVLINGE_LOMMA).get("projects").get(0);

        assertThat(project.get("costs").get("budgetTotal").stringValue()).isEqualTo("2130000.00");
        assertThat(project.get("costs").get("budgetByYear").get("2017").stringValue()).isEqualTo("710000.00");
        assertThat(project.get("participants").get("started").intValue()).isZero();
        assertThat(project.get("participants").get("meanDurationDays").isNull()).isTrue();
        // The activity plan is a reported goal with nothing reported yet.
        assertThat(project.get("goals").get(0).get("actual").isNull()).isTrue();
        assertThat(project.get("goals").get(0).get("attained").isNull()).isTrue();
    }

    @Test
    void mysam_gavle_deliverable_is_attained_without_an_actual() {
        JsonNode goal = metrics("metrics", Cli.MYSAM_GAVLE).get("projects").get(0).get("goals").get(0);

        assertThat(goal.get("actual").isNull()).isTrue();
        assertThat(goal.get("attained").booleanValue()).isTrue();
        assertThat(goal.get("numerator").isNull()).isTrue();
    }

    @Test
    void a_measurement_period_limits_participants_and_budget_years() {
        JsonNode project = metrics("metrics", Cli.GEMENSAMMA_TAGET, "--project", "gt-vuxna",
            "--from", "2008-01-01", "--to", "2008-12-31").get("projects").get(0);

        assertThat(project.get("costs").get("budgetTotal").stringValue()).isEqualTo("1198000.00");
        assertThat(keys(project.get("costs").get("budgetByYear"))).containsExactly("2008");
        assertThat(project.get("participants").get("started").intValue()).isEqualTo(34);
    }

    @Test
    void as_of_counts_what_was_known_that_day() {
        JsonNode participants = metrics("metrics", Cli.GEMENSAMMA_TAGET, "--as-of", "2008-06-30")
            .get("projects").get(0).get("participants");

        assertThat(participants.get("started").intValue()).isEqualTo(13);
    }

    @Test
    void reads_standard_input_for_a_dash() throws Exception {
        Cli cli = Cli.runWithInput(Files.readString(Path.of(Cli.GRANSGANGARE)), "metrics", "-");

        assertThat(cli.status).isZero();
        assertThat(JSON.readTree(cli.out).get("projects").get(0).get("id").stringValue()).isEqualTo("gransgangare");
    }

    @Test
    void bad_options_end_with_status_2_and_one_message() {
        assertThat(Cli.run("metrics", Cli.GEMENSAMMA_TAGET, "--project", "nope"))
            .satisfies(cli -> assertThat(cli.status).isEqualTo(SamverkanCli.BAD_INPUT))
            .satisfies(cli -> assertThat(cli.err).isEqualTo("samverkan: insatsen 'nope' finns inte i dokumentet\n"))
            .satisfies(cli -> assertThat(cli.out).isEmpty());
        assertThat(Cli.run("metrics", Cli.GEMENSAMMA_TAGET, "--from", "2008-01-01").err)
            .isEqualTo("samverkan: --from och --to måste anges tillsammans\n");
        assertThat(Cli.run("metrics", Cli.GEMENSAMMA_TAGET, "--as-of", "2008-13-01", "--lang", "en").err)
            .isEqualTo("samverkan: option --as-of: '2008-13-01' is not a date YYYY-MM-DD\n");
        assertThat(Cli.run("metrics", Cli.GEMENSAMMA_TAGET, "--from", "2009-01-01", "--to", "2008-01-01").status)
            .isEqualTo(SamverkanCli.BAD_INPUT);
    }
}

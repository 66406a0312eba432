package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published outputs (report text, HTML, {@code metrics --disclosed}) of a project with 7 ended
 * participations, 3 of them to work: none of them may let a reader learn the 3 or the 4 others.
 */
class PublishedOutputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** 3 women born 1995 ended in employment, 4 men born 1990 discontinued; all 2024-02-01 – 2024-09-30. */
    private static final String SEVEN_ENDED = new SmallProject(List.of("EMPLOYMENT"))
        .add(3, "WOMAN", 1995, "EMPLOYMENT").add(4, "MAN", 1990, "DISCONTINUED").json();

    @Test
    void the_text_report_hides_the_share_interval_and_count_of_three_out_of_seven() {
        Cli cli = Cli.runWithInput(SEVEN_ENDED, "report", "-");

        assertThat(cli.status).as(cli.toString()).isZero();
        // 7 ended is shown; so 3 of 7 (42,9 %, interval 15,8–75,0 %) would give the 3 back: all hidden,
        // attainment (42,9 ≥ 40) still shown. The count goal's actual 3 is hidden like the count.
        assertThat(cli.out).contains("Avslutade deltaganden               7\n")
            .containsPattern("Andel till arbete +≥ 40 % +\\.\\. +\\.\\. +\\.\\. +\\.\\. +ja\n")
            .containsPattern("Antal till arbete +≥ 5 +\\.\\. +ej tillämpligt +\\.\\. +ej tillämpligt +nej\n")
            .doesNotContain("42,9", "15,8", "75,0");
        // 910 000 / 7 = 130 000,00 shown; 910 000 / 3 = 303 333,33 would give the 3: hidden.
        assertThat(cli.out).containsPattern("Per påbörjat deltagande +130\u00a0000,00 kr\n")
            .containsPattern("Per avslut till arbete eller studier +\\.\\.\n")
            .doesNotContain("303");
        // Groups: work or studies 3 and other 4 hidden, job seeking 0 shown.
        assertThat(cli.out).containsPattern("Arbete eller studier +\\.\\.\nArbetssökande +0\nÖvrigt +\\.\\.\n");
    }

    @Test
    void the_html_report_neither_prints_nor_draws_them(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("liten.html");

        Cli cli = Cli.runWithInput(SEVEN_ENDED, "report", "-", "--html", page.toString());

        assertThat(cli.status).as(cli.toString()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("<tr><th scope=\"row\">Andel till arbete</th><td class=\"n t\">≥ 40 %</td>"
                + "<td class=\"n\">..</td><td class=\"n\">..</td><td class=\"n\">..</td><td class=\"n\">..</td>"
                + "<td class=\"n t\">ja</td></tr>")
            .contains("<tr><th scope=\"row\">Antal till arbete</th><td class=\"n t\">≥ 5</td><td class=\"n\">..</td>"
                + "<td class=\"n t\">ej tillämpligt</td><td class=\"n\">..</td><td class=\"n t\">ej tillämpligt</td>"
                + "<td class=\"n t\">nej</td></tr>")
            .doesNotContain("42,9", "15,8", "75,0", "303");
        // In the goal chart each row is its label, the background, the target line and the text with the
        // marker: no actual bar (a rect of the attained/not-attained colour) and no interval whiskers.
        assertThat(html).containsPattern("Andel till arbete</text>\n<rect [^>]*fill=\"#eceff1\"/>\n<line [^>]*"
                + "stroke=\"#0d47a1\"[^>]*/>\n<text [^>]*>\\.\\. / ≥ 40 % – ja</text>")
            .containsPattern("Antal till arbete</text>\n<rect [^>]*fill=\"#eceff1\"/>\n<line [^>]*"
                + "stroke=\"#0d47a1\"[^>]*/>\n<text [^>]*>\\.\\. / ≥ 5 – nej</text>")
            .doesNotContain("fill=\"" + SvgChart.ATTAINED + "\"", "fill=\"" + SvgChart.NOT_ATTAINED + "\"");
    }

    @Test
    void metrics_disclosed_nulls_every_hidden_figure_and_lists_it() {
        Cli cli = Cli.runWithInput(SEVEN_ENDED, "metrics", "-", "--disclosed");

        assertThat(cli.status).as(cli.toString()).isZero();
        JsonNode output = JSON.readTree(cli.out);
        JsonNode project = output.get("projects").get(0);
        JsonNode participants = project.get("participants");
        assertThat(participants.get("started").intValue()).isEqualTo(7);
        assertThat(participants.get("ended").intValue()).isEqualTo(7);
        // Women 3 and men 4 hidden (two in the row: no second cell); zeros shown.
        assertThat(participants.get("startedByGender").toString())
            .isEqualTo("{\"WOMAN\":null,\"MAN\":null,\"NON_BINARY\":0,\"UNSPECIFIED\":0}");
        // 2024 − 1995 = 29 (18–29), 2024 − 1990 = 34 (30–54).
        assertThat(participants.get("startedByAgeBand").toString())
            .isEqualTo("{\"-17\":0,\"18-29\":null,\"30-54\":null,\"55-\":0,\"unknown\":0}");
        assertThat(participants.get("endedByGroup").toString())
            .isEqualTo("{\"WORK_OR_STUDIES\":null,\"JOB_SEEKING\":0,\"OTHER\":null}");
        // Feb 1 – Sep 30 2024: 29 + 31 + 30 + 31 + 30 + 31 + 31 + 31 + 30 = 274 − 31 = 243 days; ended 7 is shown.
        assertThat(participants.get("meanDurationDays").stringValue()).isEqualTo("243.0");
        JsonNode share = project.get("goals").get(0);
        assertThat(share.get("numerator").isNull()).isTrue();
        assertThat(share.get("actual").isNull()).isTrue();
        assertThat(share.get("wilson95").isNull()).isTrue();
        assertThat(share.get("attained").booleanValue()).isTrue();
        assertThat(share.get("target").stringValue()).isEqualTo("40");
        assertThat(project.get("costs").get("perStartedParticipant").stringValue()).isEqualTo("130000.00");
        assertThat(project.get("costs").get("perWorkOrStudies").isNull()).isTrue();
        assertThat(project.get("costs").get("budgetTotal").stringValue()).isEqualTo("910000.00");

        List<String> names = new ArrayList<>();
        output.propertyNames().forEach(names::add);
        assertThat(names).containsExactly("schemaVersion", "projects", "associations", "findings", "disclosure");
        assertThat(output.get("disclosure").get("minimum").intValue()).isEqualTo(5);
        List<String> suppressed = new ArrayList<>();
        output.get("disclosure").get("suppressed").forEach(p -> suppressed.add(p.stringValue()));
        // In output order; the count goal's denominator is null anyway and so not listed.
        assertThat(suppressed).containsExactly(
            "/projects/0/participants/startedByGender/WOMAN", "/projects/0/participants/startedByGender/MAN",
            "/projects/0/participants/startedByAgeBand/18-29", "/projects/0/participants/startedByAgeBand/30-54",
            "/projects/0/participants/endedByOutcome/EMPLOYMENT", "/projects/0/participants/endedByOutcome/DISCONTINUED",
            "/projects/0/participants/endedByGroup/WORK_OR_STUDIES", "/projects/0/participants/endedByGroup/OTHER",
            "/projects/0/goals/0/numerator", "/projects/0/goals/0/denominator", "/projects/0/goals/0/actual",
            "/projects/0/goals/0/wilson95", "/projects/0/goals/1/numerator", "/projects/0/goals/1/actual",
            "/projects/0/costs/perWorkOrStudies");
        for (String pointer : suppressed) {
            assertThat(output.at(pointer).isNull()).as(pointer).isTrue();
        }
    }

    @Test
    void plain_metrics_stay_exact_and_have_no_disclosure_object() {
        Cli cli = Cli.runWithInput(SEVEN_ENDED, "metrics", "-");

        JsonNode output = JSON.readTree(cli.out);
        JsonNode share = output.get("projects").get(0).get("goals").get(0);
        // 100 × 3 / 7 = 42.857… → 42.9.
        assertThat(share.get("numerator").intValue()).isEqualTo(3);
        assertThat(share.get("actual").stringValue()).isEqualTo("42.9");
        assertThat(output.has("disclosure")).isFalse();
    }
}

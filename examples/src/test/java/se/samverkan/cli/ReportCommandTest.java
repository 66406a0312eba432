package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @Test
    void the_text_report_has_participants_goals_costs_and_findings_per_project() {
        Cli cli = Cli.run("report", Cli.GEMENSAMMA_TAGET);

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.err).isEmpty();
        assertThat(cli.out)
            .startsWith("Samverkansrapport: Samordningsförbundet Umeå\n============================================\n"
                + "Period 2008-03-01 – 2010-02-28 · Källa: gemensamma-taget-vuxna.json · 1 insats · 91 deltagare\n")
            .contains("Gemensamma taget Vuxna (gt-vuxna)")
            .contains("Påbörjade deltaganden              91")
            .containsPattern("Minst 40 % finner, får och behåller ett arbete, med eller utan stöd +≥ 40 % +34,6 % +"
                + "25,1 % – 45,4 % +28 +81 +nej\n")
            .contains("Summa  2\u00a0755\u00a0000,00 kr")
            .contains("Försäkringskassan             Försäkringskassan  1\u00a0377\u00a0500,00 kr  50,0 %")
            .contains("FEL      BREAKDOWN_TOTAL_MISMATCH      /projects/0/goals/2/breakdown/columnTotals/0")
            .contains("VARNING  COHORT_SEQUENCE               /projects/0/cohorts/12")
            .contains("Förbundsnyckel: Samordningsförbundet Umeå")
            // A goal counted without a denominator has none: not applicable rather than a dash.
            .containsPattern("Cirka 80–100 personer deltar under projekttiden +80–100 +91 +ej tillämpligt +91 "
                + "+ej tillämpligt +ja\n")
            .endsWith("Noll visas, utom där en nolla skulle avslöja ett dolt antal.\n");
    }

    @Test
    void disclosure_control_hides_small_counts_in_every_count_table() {
        String out = Cli.run("report", Cli.GEMENSAMMA_TAGET).out;

        // Two moved and one "other": both below 5, shown as the marker.
        assertThat(out).contains("Flyttat                             ..\nÖvrigt                              ..\n");
        // The studies table's actual counts (3, 4, 1, 2) are all hidden.
        assertThat(out).contains("Kvinna                   2               ..                   3               ..\n"
            + "Man                      2               ..                   3               ..");
        // No count from 1 to 4 survives in a count column of the participant tables.
        Matcher small = Pattern.compile("(?m)^(Kvinna|Man|Arbete|Studier|Flyttat|Övrigt|Avbrott)\\s+[1-4]$").matcher(out);
        assertThat(small.find()).as("a small count is shown").isFalse();
    }

    @Test
    void the_report_in_english() {
        Cli cli = Cli.run("report", Cli.GRANSGANGARE, "--lang", "en");

        assertThat(cli.out).startsWith("Samverkan report: Samordningsförbundet Älv och Kust, FINSAM Göteborg, ")
            // The ESF split is a section of its own, not a cost per participant.
            .containsPattern("ESF support\n-+\nMeasure +Amount\nGranted ESF support +399,909\\.00 SEK\n"
                + "Union part \\(50\\.0 %\\) +199,954\\.50 SEK\nNational part +199,954\\.50 SEK\n")
            .doesNotContain("Cost per participant\n")
            // A pre-study aimed at structures has no participants: not applicable, no participant tables.
            .containsPattern("Förstudien Gränsgångare +Pre-study +Aimed at structures +2022-04-01 – 2022-11-30 +"
                + "not applicable +not applicable +399,909\\.00 SEK +not reported +not applicable +0 of 1 \\(1 cannot be decided\\)\n")
            .doesNotContain("Participants\n---")
            // Six förbund run the pre-study: each counts as its members' types, so no rule is broken, and an
            // empty findings table is left out, as is the förbund key of a förbund without funding.
            .doesNotContain("Findings of the reporting rules", "No findings", "Förbund key");
    }

    @Test
    void the_html_page_is_self_contained_with_five_inline_charts(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("rapport.html");

        Cli cli = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--html", page.toString());

        assertThat(cli.status).as(cli.toString()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"sv\">")
            .contains("<meta charset=\"utf-8\">", "<title>Samverkansrapport: Samordningsförbundet Umeå</title>",
                "<h2>Gemensamma taget Vuxna</h2>")
            .contains("<figcaption>Mål och utfall</figcaption>", "<figcaption>Status vid avslut</figcaption>",
                "<figcaption>Kostnad per part</figcaption>",
                "<figcaption>Påbörjade och avslutade per tertial</figcaption>",
                "<figcaption>Budget och utfall per år</figcaption>")
            .doesNotContain("<script", "<link", "<img", "src=", "@import", "url(");
        assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(5);
        // The only address in the page is the SVG namespace name, which is never fetched.
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:");
        // Hidden counts are not drawn: the bars of "Flyttat" and "Övrigt" show only the marker.
        assertThat(html).containsPattern("Flyttat</text>\n<rect [^>]* fill=\"#eceff1\"/>\n<text [^>]*>\\.\\.</text>")
            .containsPattern("Arbete</text>\n<rect [^>]* fill=\"#eceff1\"/>\n<rect [^>]* fill=\"#1565c0\"/>\n"
                + "<text [^>]*>13</text>");
        // Text is the same report as on standard output.
        assertThat(cli.out).contains("Gemensamma taget Vuxna (gt-vuxna)");
    }

    @Test
    void text_from_the_document_is_escaped_in_the_html(@TempDir Path dir) throws Exception {
        String document = Files.readString(Path.of(Cli.MYSAM_GAVLE))
            .replace("\"name\": \"Förstudie Mysam Gävle – initiativ för att minska glappen mellan myndigheter\"",
                "\"name\": \"<script>alert('x')</script> & \\\"Mysam\\\"\"");
        Path page = dir.resolve("escaped.html");

        Cli cli = Cli.runWithInput(document, "report", "-", "--html", page.toString());

        assertThat(cli.status).as(cli.toString()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>")
            .contains("<h2>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Mysam&quot;</h2>");
    }

    @Test
    void an_html_file_that_cannot_be_written_is_one_message(@TempDir Path dir) {
        Cli cli = Cli.run("report", Cli.MYSAM_GAVLE, "--html", dir.resolve("no/such/dir/r.html").toString());

        assertThat(cli.status).isEqualTo(SamverkanCli.BAD_INPUT);
        assertThat(cli.err).startsWith("samverkan: HTML-sidan kunde inte skrivas till ").doesNotContain("Exception");
    }

    @Test
    void a_project_period_out_of_order_gets_a_report_without_tertials() throws Exception {
        // The project period ends before it starts (validate reports END_BEFORE_START): there are no
        // tertials to cut, and the report is still written, showing the period as given.
        String document = Files.readString(Path.of(Cli.GEMENSAMMA_TAGET))
            .replaceFirst("\"start\": \"2008-03-01\",\\s*\"end\": \"2010-02-28\"",
                "\"start\": \"2012-01-07\", \"end\": \"2001-01-25\"");
        assertThat(document).contains("\"start\": \"2012-01-07\", \"end\": \"2001-01-25\"");

        Cli cli = Cli.runWithInput(document, "report", "-");

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(cli.err).doesNotContain("internt fel");
        assertThat(cli.out).contains("Period 2012-01-07 – 2001-01-25")
            .doesNotContain("Påbörjade och avslutade per tertial");
    }
}

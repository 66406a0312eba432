package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --parameters}: the valuation tables in the text report, the charts in the HTML page. */
class ReportValuationTest {

    private static final String PARAMETERS = Cli.DATA.resolve("valuation-parameters.json").toString();

    /** The lines of the text table whose caption starts with {@code caption}, header included. */
    private static List<String> table(String out, String caption) {
        List<String> lines = out.lines().toList();
        int at = 0;
        while (!lines.get(at).startsWith(caption)) {
            at++;
        }
        int end = at + 2;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return lines.subList(at + 2, end);
    }

    @Test
    void the_text_report_values_each_payer_and_the_years() {
        Cli cli = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--parameters", PARAMETERS, "--lang", "en");
        assertThat(cli.status).as(cli.toString()).isZero();
        // The figures worked by hand in ValueCommandTest (docs/valuation.md).
        List<String> payers = table(cli.out, "Socio-economic valuation: Gemensamma taget Vuxna");
        assertThat(payers.get(1).split("\\s{2,}")).containsExactly("Social Insurance Agency", "1,166,400.00 SEK",
            "3,389,528.42 SEK", "1,377,500.00 SEK", "2,012,028.42 SEK");
        assertThat(payers.get(6).split("\\s{2,}")).containsExactly("Total (public)", "2,721,600.00 SEK",
            "7,908,899.65 SEK", "2,755,000.00 SEK", "5,153,899.65 SEK");
        assertThat(payers.get(7)).contains("Horizon factor 2.905974").contains("2.87").contains("year: 2")
            .contains("without a control group");
        // Year 2: 2 721 600 × (1 + 50/69) = 4 693 773.913… ; year 5 is the whole horizon value.
        List<String> years = table(cli.out, "Cumulative value year by year: Gemensamma taget Vuxna");
        assertThat(years).hasSize(6);
        assertThat(years.get(2).split("\\s{2,}")).containsExactly("2", "4,693,773.91 SEK", "2,755,000.00 SEK");
        assertThat(years.get(5).split("\\s{2,}")).containsExactly("5", "7,908,899.65 SEK", "2,755,000.00 SEK");
    }

    @Test
    void the_valuation_covers_the_period_the_report_covers() {
        // 2008 only (10 of the 24 months): two participants left social assistance in the window, so the
        // municipality's annual change is 2 × 162 000 × (1 − 0.2 deadweight) = 259 200, over the horizon
        // 259 200 × 2.905974 ≈ 753 228.5; the cost is the insats's 2008 cost, 1 198 000, shared 50/25/25.
        // Over the whole period the total was 7 908 899.65 against 2 755 000 (the test above).
        Cli cli = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--parameters", PARAMETERS, "--from", "2008-03-01",
            "--to", "2008-12-31", "--lang", "en");
        assertThat(cli.status).as(cli.toString()).isZero();
        List<String> payers = table(cli.out, "Socio-economic valuation: Gemensamma taget Vuxna");
        assertThat(payers.get(4).split("\\s{2,}")).containsExactly("Municipality", "259,200.00 SEK",
            "753,228.54 SEK", "299,500.00 SEK", "453,728.54 SEK");
        assertThat(payers.get(6).split("\\s{2,}")).containsExactly("Total (public)", "259,200.00 SEK",
            "753,228.54 SEK", "1,198,000.00 SEK", "-444,771.46 SEK");
        assertThat(payers.get(7)).contains("Valued participations: 8.").contains("paid back in year: none");
    }

    @Test
    void the_valuation_covers_only_the_insats_the_report_covers() {
        Cli all = Cli.run("report", Cli.DATA.resolve("gavleborg-struktur.json").toString(), "--parameters",
            PARAMETERS, "--lang", "en");
        assertThat(all.out).contains("Socio-economic valuation: Sammankallande för Mysam-grupperna")
            .contains("Socio-economic valuation: Förstudie Mysam Gävle");
        Cli one = Cli.run("report", Cli.DATA.resolve("gavleborg-struktur.json").toString(), "--parameters",
            PARAMETERS, "--project", "mysam-gavle-forstudie", "--lang", "en");
        assertThat(one.status).as(one.toString()).isZero();
        assertThat(one.out).contains("Socio-economic valuation: Förstudie Mysam Gävle")
            .doesNotContain("Sammankallande för Mysam-grupperna");
    }

    @Test
    void without_parameters_the_report_has_no_valuation() {
        Cli cli = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--lang", "en");
        assertThat(cli.out).doesNotContain("Socio-economic valuation");
    }

    @Test
    void the_html_page_has_both_charts_and_the_caveat(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        Cli cli = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--parameters", PARAMETERS, "--html", html.toString());
        assertThat(cli.status).as(cli.toString()).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        int section = page.indexOf("<section class=\"project\" id=\"valuation\">");
        assertThat(section).isPositive().isLessThan(page.indexOf("</main>"));
        String valuation = page.substring(section, page.indexOf("</section>", section));
        assertThat(valuation).contains("Värde över horisonten och kostnad per betalare: Gemensamma taget Vuxna")
            .contains("Samlat värde år för år mot total kostnad: Gemensamma taget Vuxna")
            .contains("utan kontrollgrupp");
        assertThat(Pattern.compile("<svg ").matcher(valuation).results().count()).isEqualTo(2);
        // One column per year of the horizon (5) in the second chart.
        String years = valuation.substring(valuation.lastIndexOf("<svg "));
        Matcher columns = Pattern.compile("<rect ").matcher(years);
        assertThat(columns.results().count()).isEqualTo(5);
        assertThat(page).contains("Samhällsekonomisk kalkyl: Gemensamma taget Vuxna");
    }

    @Test
    void bad_parameters_stop_the_report_with_exit_2(@TempDir Path dir) throws IOException {
        Path parameters = dir.resolve("p.json");
        Files.writeString(parameters, "{\"horizonYears\": 5, \"discountRate\": 0, \"persistence\": 1, \"x\": 1}");
        Cli cli = Cli.run("report", Cli.GEMENSAMMA_TAGET, "--parameters", parameters.toString(), "--lang", "en");
        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.out).isEmpty();
        assertThat(cli.err).contains("line 1, column").contains("/x");
    }
}

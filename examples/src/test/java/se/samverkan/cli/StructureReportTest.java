package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's cooperation-structure section for the Gävleborg sample, read as a user reads the text and
 * the HTML page: the tree of groups, the coverage table and the meetings table (figures worked out in
 * {@link StructureMetricsTest}).
 */
class StructureReportTest {

    private static final String GAVLEBORG = Cli.DATA.resolve("gavleborg-struktur.json").toString();

    @Test
    void the_text_report_shows_the_tree_the_coverage_and_the_meetings() {
        Cli cli = Cli.run("report", GAVLEBORG, "--lang", "en");
        assertThat(cli.status).as(cli.toString()).isZero();
        List<String> lines = cli.out.lines().toList();
        assertThat(lines).contains("Cooperation structure of Samordningsförbund Gävleborg (as of 2018-09-12)");
        // The tree: Mysam under the county leadership, Trisam under Mysam; the convener on 2018-09-12 is
        // Gävle kommun (Försäkringskassan's period ended 2017-06-30).
        assertThat(lines).anyMatch(l -> l.startsWith("Länsledning välfärd ") && l.contains("County leadership"));
        assertThat(lines).anyMatch(l -> l.startsWith("  └ Mysam Gävle ") && l.endsWith("Gävle kommun"));
        assertThat(lines).anyMatch(l -> l.startsWith("    └ Trisam Gävle ") && l.contains("Case officers (Trisam)"));
        // Coverage of Gävle: county leadership, first-line managers and case officers; no management, no other.
        assertThat(lines).anyMatch(l -> l.matches("Gävle kommun +yes +no +yes +yes +no"));
        // Mysam Gävle 2017: 4 of 4 held, 87.5 % attended; by type 100.0, 75.0, 75.0, 100.0.
        assertThat(lines).anyMatch(l -> l.matches("Mysam Gävle +2017 +4 +4 +87\\.5 % +100\\.0 % +75\\.0 % +75\\.0 % +100\\.0 %"));
        assertThat(lines).anyMatch(l -> l.matches("Mysam Gävle +2018 +3 +4 +75\\.0 % +66\\.7 % +66\\.7 % +66\\.7 % +100\\.0 %"));
    }

    @Test
    void the_html_page_has_the_structure_tables(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("rapport.html");
        Cli cli = Cli.run("report", GAVLEBORG, "--html", page.toString());
        assertThat(cli.status).as(cli.toString()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("Samverkansstruktur för Samordningsförbund Gävleborg (per 2018-09-12)")
            .contains("Täckning av kommunerna i Samordningsförbund Gävleborg per nivå (per 2018-09-12)")
            .contains("Möten och närvaro: Samordningsförbund Gävleborg")
            .contains("87,5 %");
    }
}

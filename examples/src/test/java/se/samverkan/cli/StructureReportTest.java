package se.samverkan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The report's cooperation-structure section for the Gävleborg sample, read as a user reads the text and
 * the HTML page: the tree of groups, the coverage table and the meetings table (figures worked out in
 * {@link StructureMetricsTest}), and in the page the structure drawn as an organisation chart (its SVG
 * parsed as XML).
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

    private static final String CHART_CAPTION = "Organisationsschema för Samordningsförbund Gävleborg (per 2018-09-12)";

    /** The HTML page of the report of {@code document}. */
    private static String page(Path dir, String document) throws Exception {
        Path page = dir.resolve("rapport.html");
        Cli cli = Cli.run("report", document, "--html", page.toString());
        assertThat(cli.status).as(cli.toString()).isZero();
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    /** The organisation chart of the page: the SVG after the figure caption, parsed as XML. */
    private static Element chart(String html, String caption) throws Exception {
        int at = html.indexOf("<figcaption>" + caption + "</figcaption>");
        assertThat(at).as("the chart's caption").isPositive();
        String svg = html.substring(html.indexOf("<svg ", at), html.indexOf("</svg>", at) + "</svg>".length());
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new InputSource(new StringReader(svg))).getDocumentElement();
    }

    /** Each group box of the chart (a {@code <g class="group">}): its texts, top to bottom. */
    private static Map<String, List<String>> boxes(Element svg) {
        Map<String, List<String>> boxes = new LinkedHashMap<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("group")) {
                List<String> texts = new ArrayList<>();
                NodeList lines = group.getElementsByTagName("text");
                for (int j = 0; j < lines.getLength(); j++) {
                    texts.add(lines.item(j).getTextContent());
                }
                boxes.put(texts.get(0), texts);
            }
        }
        return boxes;
    }

    /** The box's rectangle as x, y, width, height (its first {@code rect}). */
    private static double[] rect(Element svg, String name) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getElementsByTagName("text").item(0).getTextContent().equals(name)) {
                Element rect = (Element) group.getElementsByTagName("rect").item(0);
                return new double[] {Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
                    Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height"))};
            }
        }
        throw new AssertionError("no box " + name);
    }

    @Test
    void the_html_page_draws_the_structure_with_each_group_its_members_by_role_and_its_convener(@TempDir Path dir)
            throws Exception {
        Element svg = chart(page(dir, GAVLEBORG), CHART_CAPTION);
        Map<String, List<String>> boxes = boxes(svg);
        assertThat(boxes.keySet()).containsExactly("Länsledning välfärd", "Mysam Gävle", "Trisam Gävle");
        // Every name is short enough for one line; each role heading is followed by its parties, and the
        // convener on 2018-09-12 is Gävle kommun (Försäkringskassan's period ended 2017-06-30).
        assertThat(boxes.get("Länsledning välfärd")).containsExactly("Länsledning välfärd",
            "Ledamöter", "• Region Gävleborg", "• Gävle kommun",
            "Adjungerade", "• Försäkringskassan", "• Arbetsförmedlingen",
            "Sammankallande", "–");
        assertThat(boxes.get("Mysam Gävle")).containsExactly("Mysam Gävle",
            "Ledamöter", "• Gävle kommun", "• Arbetsförmedlingen", "• Region Gävleborg, primärvården",
            "• Försäkringskassan",
            "Adjungerade", "• Gävle kommun, skolan", "• Region Gävleborg, psykiatrin",
            "Gäster", "• Samordningsförbund Gävleborg",
            "Sammankallande", "Gävle kommun");
        assertThat(boxes.get("Trisam Gävle")).containsExactly("Trisam Gävle",
            "Ledamöter", "• Gävle kommun", "• Arbetsförmedlingen", "• Region Gävleborg, primärvården",
            "• Försäkringskassan", "Sammankallande", "–");
        // The levels top to bottom: county leadership, first-line managers, case officers.
        double[] lansledning = rect(svg, "Länsledning välfärd");
        double[] mysam = rect(svg, "Mysam Gävle");
        double[] trisam = rect(svg, "Trisam Gävle");
        assertThat(lansledning[1] + lansledning[3]).isLessThan(mysam[1]);
        assertThat(mysam[1] + mysam[3]).isLessThan(trisam[1]);
        // One line per reportsTo link, from the top centre of the reporting group to the bottom centre of
        // the group it reports to: Mysam → Länsledning, Trisam → Mysam.
        List<double[]> links = new ArrayList<>();
        NodeList paths = svg.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (path.getAttribute("class").equals("link")) {
                links.add(ends(path.getAttribute("d")));
            }
        }
        assertThat(links).hasSize(2);
        assertThat(links.get(0)).containsExactly(mysam[0] + mysam[2] / 2, mysam[1],
            lansledning[0] + lansledning[2] / 2, lansledning[1] + lansledning[3]);
        assertThat(links.get(1)).containsExactly(trisam[0] + trisam[2] / 2, trisam[1],
            mysam[0] + mysam[2] / 2, mysam[1] + mysam[3]);
    }

    /** The first and last points (x1, y1, x2, y2) of a path of M, H and V commands. */
    private static double[] ends(String d) {
        Matcher command = Pattern.compile("([MHV])([-0-9. ]+)").matcher(d);
        double x = 0;
        double y = 0;
        double[] ends = new double[4];
        boolean first = true;
        while (command.find()) {
            String[] numbers = command.group(2).trim().split(" ");
            switch (command.group(1)) {
                case "M" -> {
                    x = Double.parseDouble(numbers[0]);
                    y = Double.parseDouble(numbers[1]);
                }
                case "H" -> x = Double.parseDouble(numbers[0]);
                default -> y = Double.parseDouble(numbers[0]);
            }
            if (first) {
                ends[0] = x;
                ends[1] = y;
                first = false;
            }
        }
        ends[2] = x;
        ends[3] = y;
        return ends;
    }

    @Test
    void names_are_escaped_long_names_wrap_and_a_party_listed_twice_keeps_its_first_role(@TempDir Path dir)
            throws Exception {
        // The Mysam renamed with markup characters and a long name; Försäkringskassan listed again in the
        // Trisam as a guest (the repeat is ignored: it stays a member and no Gäster heading appears).
        String json = Files.readString(Path.of(GAVLEBORG), StandardCharsets.UTF_8)
            .replace("\"name\": \"Mysam Gävle\"", "\"name\": \"Mysam <Gävle> & \\\"Valbo\\\" – första linjens chefer i "
                + "kommunens socialtjänst, arbetsmarknad och vuxenutbildning\"")
            .replace("\"note\": \"Handläggare\"\n        }\n      ],",
                "\"note\": \"Handläggare\"\n        },\n        {\n          \"party\": \"fk\",\n          \"role\": \"GUEST\"\n        }\n      ],");
        Path document = dir.resolve("struktur.json");
        Files.writeString(document, json, StandardCharsets.UTF_8);
        String html = page(dir, document.toString());
        assertThat(html).doesNotContain("<Gävle>").contains("Mysam &lt;Gävle&gt; &amp; &quot;Valbo&quot;");
        Element svg = chart(html, CHART_CAPTION);
        List<List<String>> boxes = new ArrayList<>(boxes(svg).values());
        // The name no longer fits one line: its lines, joined again, give it back word for word.
        List<String> mysam = boxes.get(1);
        int members = mysam.indexOf("Ledamöter");
        assertThat(members).isGreaterThan(1);
        assertThat(String.join(" ", mysam.subList(0, members))).isEqualTo("Mysam <Gävle> & \"Valbo\" – första linjens "
            + "chefer i kommunens socialtjänst, arbetsmarknad och vuxenutbildning");
        assertThat(boxes.get(2)).containsExactly("Trisam Gävle",
            "Ledamöter", "• Gävle kommun", "• Arbetsförmedlingen", "• Region Gävleborg, primärvården",
            "• Försäkringskassan", "Sammankallande", "–");
        Cli text = Cli.run("report", document.toString(), "--lang", "en");
        assertThat(text.out.lines()).anyMatch(l -> l.matches("    └ Trisam Gävle .*Försäkringskassan +– +– +–"));
    }
}

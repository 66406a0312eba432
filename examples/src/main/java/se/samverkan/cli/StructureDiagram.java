package se.samverkan.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverkan.model.structure.GroupLevel;

/**
 * The HTML report's drawing of one förbund's cooperation structure (<i>samverkansstruktur</i>) as an
 * organisation chart in inline SVG: one band per level (county leadership at the top, then management,
 * first-line managers, case officers, other), each group a box holding its name, its members by role and
 * its convener on the as-of date, and a connector from each group up to the group it reports to.
 *
 * <p>SVG does not wrap text, so every text is wrapped here, on character widths taken generously (at
 * least those of DejaVu Sans, the widest common sans-serif), and a box grows with its lines: no text is
 * cut off. A level with more groups than fit side by side continues on further lines. Groups are ordered
 * within a level in the order of the groups they report to, then in document order. A link from a box to
 * one on the line just above runs through the gap between them; any other link (across a level, to a
 * group on the same line or below, on a cycle) runs up the right-hand margin, so no link passes behind a
 * box it does not join. Every text is escaped.
 */
final class StructureDiagram {

    static final int WIDTH = 1000;
    private static final int MARGIN = 10;
    private static final int BOX_WIDTH = 300;
    private static final int GAP_X = 20;
    private static final int PER_LINE = 3;
    /** The right-hand margin where links that cannot go straight up run (boxes end 30 px before it). */
    private static final int CORRIDOR = WIDTH - 8;
    /** The lanes of the links: so many, this far apart (they fit the 30 px gaps and margin). */
    private static final int LANES = 3;
    private static final int LANE_STEP = 4;
    private static final int PAD = 8;
    private static final int HEADING = 24;
    private static final int GAP_Y = 30;

    /** Font sizes (px, as the page's style sheet sets them) and line heights of the box texts. */
    private static final int TITLE_FONT = 13;
    private static final int TITLE_LINE = 17;
    private static final int TEXT_FONT = 12;
    private static final int TEXT_LINE = 15;
    private static final int INDENT = 10;

    /** Bold text is taken to be this much wider than regular text. */
    private static final double BOLD = 1.1;

    private static final Map<GroupLevel, String[]> COLOURS = new EnumMap<>(Map.of(
        GroupLevel.COUNTY_LEADERSHIP, new String[] {"#0d47a1", "#e3f2fd"},
        GroupLevel.MANAGEMENT, new String[] {"#00695c", "#e0f2f1"},
        GroupLevel.FIRST_LINE_MANAGERS, new String[] {"#6a1b9a", "#f3e5f5"},
        GroupLevel.CASE_OFFICERS, new String[] {"#bf360c", "#fbe9e7"},
        GroupLevel.OTHER, new String[] {"#455a64", "#eceff1"}));

    private StructureDiagram() {
    }

    /** The texts of one role in a box: its heading ("Ledamöter") and the names of its parties. */
    record Role(String heading, List<String> names) {
        Role {
            names = List.copyOf(names);
        }
    }

    /**
     * One group's box: its id (to draw its link), name, level, the group it reports to, its roles (only
     * those with parties) and its convener on the as-of date under its heading ("Sammankallande", "Gävle
     * kommun"; "–" when none).
     */
    record Box(String id, String name, GroupLevel level, Optional<String> reportsTo, List<Role> roles,
        String convenerHeading, String convener) {
        Box {
            roles = List.copyOf(roles);
        }
    }

    /** A wrapped line of a party's name: the first is bulleted, the others are indented under it. */
    private record Line(String text, boolean first) {
    }

    /** A placed box: its wrapped lines and position. */
    private static final class Placed {
        final Box box;
        final List<String> title;
        final List<List<Line>> roleLines = new ArrayList<>();
        final List<String> convener;
        int order;
        int line;
        double x;
        double y;
        double height;
        /** The middle of the free space above the box's line, and below it. */
        double above;
        double below;

        Placed(Box box) {
            this.box = box;
            int inner = BOX_WIDTH - 2 * PAD;
            this.title = wrap(box.name(), inner / (TITLE_FONT * BOLD));
            int lines = 0;
            for (Role role : box.roles()) {
                List<Line> names = new ArrayList<>();
                for (String name : role.names()) {
                    List<String> wrapped = wrap(name, (inner - INDENT) / (double) TEXT_FONT);
                    for (int i = 0; i < wrapped.size(); i++) {
                        names.add(new Line(wrapped.get(i), i == 0));
                    }
                }
                roleLines.add(names);
                lines += 1 + names.size();
            }
            this.convener = wrap(box.convener(), inner / (double) TEXT_FONT);
            lines += 1 + convener.size();
            this.height = PAD + title.size() * TITLE_LINE + 6 + lines * TEXT_LINE + PAD;
        }

        double centre() {
            return x + BOX_WIDTH / 2.0;
        }
    }

    /**
     * The chart.
     *
     * @param title the chart's accessible title
     * @param boxes the groups, in document order
     * @param levelLabels the heading of each level's band
     */
    static String svg(String title, List<Box> boxes, Map<GroupLevel, String> levelLabels) {
        Map<String, Placed> byId = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<Double> headingYs = new ArrayList<>();
        // Room above the first band for a link that has to reach its top line from above.
        double y = MARGIN / 2.0 + GAP_Y / 2.0;
        int lineNumber = 0;
        for (GroupLevel level : GroupLevel.values()) {
            List<Placed> row = new ArrayList<>();
            for (Box box : boxes) {
                if (box.level() == level) {
                    row.add(new Placed(box));
                }
            }
            if (row.isEmpty()) {
                continue;
            }
            // Under the group each reports to (when that one is already drawn above), then document order.
            row.sort(Comparator.comparingInt(p -> p.box.reportsTo().map(byId::get).map(parent -> parent.order)
                .orElse(Integer.MAX_VALUE)));
            headings.add(levelLabels.get(level));
            headingYs.add(y + 15);
            y += HEADING;
            for (int start = 0; start < row.size(); start += PER_LINE) {
                List<Placed> line = row.subList(start, Math.min(row.size(), start + PER_LINE));
                double left = (WIDTH - (line.size() * BOX_WIDTH + (line.size() - 1) * GAP_X)) / 2.0;
                double height = line.stream().mapToDouble(box -> box.height).max().orElse(0);
                for (int i = 0; i < line.size(); i++) {
                    Placed box = line.get(i);
                    box.line = lineNumber;
                    box.x = left + i * (BOX_WIDTH + GAP_X);
                    box.y = y;
                    box.above = y - (start == 0 ? HEADING : 0) - GAP_Y / 2.0;
                    box.below = y + height + GAP_Y / 2.0;
                }
                lineNumber++;
                y += height + GAP_Y;
            }
            for (Placed box : row) {
                box.order = placed.size();
                byId.putIfAbsent(box.box.id(), box);
                placed.add(box);
            }
        }
        int height = (int) Math.ceil(y - GAP_Y / 2.0 + MARGIN);
        StringBuilder svg = SvgChart.open(title, height, WIDTH);
        for (int i = 0; i < headings.size(); i++) {
            SvgChart.text(svg, MARGIN, headingYs.get(i), headings.get(i), "start", "level");
        }
        List<Placed> parents = new ArrayList<>();
        for (Placed box : placed) {
            box.box.reportsTo().map(byId::get).filter(parent -> parent != box)
                .ifPresent(parent -> link(svg, box, parent, parents));
        }
        for (Placed box : placed) {
            box(svg, box);
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * A connector from the child's top to the parent's bottom: straight through the gap when the parent
     * is on the line just above, else up the right-hand margin. Each parent has its own lane (a height
     * in the gaps, a place in the margin, taken in turn from a few), so the links to one group merge and
     * links to different groups run apart.
     */
    private static void link(StringBuilder svg, Placed child, Placed parent, List<Placed> parents) {
        if (!parents.contains(parent)) {
            parents.add(parent);
        }
        int lane = parents.indexOf(parent) % LANES;
        double shift = LANE_STEP * (lane - (LANES - 1) / 2.0);
        String path = "M" + n(child.centre()) + " " + n(child.y) + " V" + n(child.above + shift);
        if (parent.line != child.line - 1) {
            path += " H" + n(CORRIDOR - LANE_STEP * lane) + " V" + n(parent.below + shift);
        }
        path += " H" + n(parent.centre()) + " V" + n(parent.y + parent.height);
        svg.append("<path class=\"link\" d=\"").append(path)
            .append("\" fill=\"none\" stroke=\"#78909c\" stroke-width=\"1.5\"/>\n");
    }

    private static void box(StringBuilder svg, Placed box) {
        String[] colour = COLOURS.get(box.box.level());
        double titleHeight = PAD + box.title.size() * TITLE_LINE + 2;
        svg.append("<g class=\"group\">\n");
        // White box, tinted name band (rounded at the top only), outline in the level's colour.
        svg.append(rect(box.x, box.y, BOX_WIDTH, box.height, 5, "fill=\"#fff\""));
        svg.append(rect(box.x, box.y, BOX_WIDTH, titleHeight, 5, "fill=\"" + colour[1] + "\""));
        svg.append(rect(box.x, box.y + titleHeight - 6, BOX_WIDTH, 6, 0, "fill=\"" + colour[1] + "\""));
        svg.append(rect(box.x, box.y, BOX_WIDTH, box.height, 5,
            "fill=\"none\" stroke=\"" + colour[0] + "\" stroke-width=\"1.5\""));
        double x = box.x + PAD;
        double y = box.y + PAD;
        for (String line : box.title) {
            y += TITLE_LINE;
            SvgChart.text(svg, x, y - 4, line, "start", "name");
        }
        y += 6;
        for (int r = 0; r < box.roleLines.size(); r++) {
            y += TEXT_LINE;
            SvgChart.text(svg, x, y - 3, box.box.roles().get(r).heading(), "start", "role");
            for (Line line : box.roleLines.get(r)) {
                y += TEXT_LINE;
                SvgChart.text(svg, line.first() ? x : x + INDENT, y - 3, line.first() ? "• " + line.text() : line.text(),
                    "start", "party");
            }
        }
        y += TEXT_LINE;
        SvgChart.text(svg, x, y - 3, box.box.convenerHeading(), "start", "role");
        for (String line : box.convener) {
            y += TEXT_LINE;
            SvgChart.text(svg, x, y - 3, line, "start", "convener");
        }
        svg.append("</g>\n");
    }

    private static String rect(double x, double y, double width, double height, int radius, String paint) {
        return "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(width) + "\" height=\"" + n(height)
            + "\" rx=\"" + radius + "\" " + paint + "/>\n";
    }

    /**
     * The width of a character in em, taken at least as wide as DejaVu Sans draws it (wide letters about
     * 1 em, capitals 0.8, lower case and digits about 0.6, narrow letters and punctuation 0.4).
     */
    static double em(char c) {
        if ("WMmw@%".indexOf(c) >= 0) {
            return 1.0;
        }
        if (" .,;:'|!ijlft()[]-/".indexOf(c) >= 0) {
            return 0.4;
        }
        if (Character.isUpperCase(c) || !Character.isLetterOrDigit(c)) {
            return 0.8;
        }
        return 0.64;
    }

    private static double ems(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += em(text.charAt(i));
        }
        return width;
    }

    /**
     * The text broken into lines at most {@code max} em wide, at spaces where it can be, inside a word
     * only when the word alone is wider than a line.
     */
    static List<String> wrap(String text, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (ems(word) > max) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = 1;
                while (cut < word.length() && ems(word.substring(0, cut + 1)) <= max) {
                    cut++;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (line.length() > 0 && ems(line + " " + word) > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String n(double value) {
        return SvgChart.number(value);
    }
}

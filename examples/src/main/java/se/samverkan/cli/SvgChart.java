package se.samverkan.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts of the HTML report: goal target against actual with the 95 % interval, horizontal
 * bar charts (exit outcomes, cost shares) and grouped bar charts (budget against outcome per year; started
 * and ended per tertial). Labels wrap onto more lines instead of being cut. Plain SVG 1.1 with a {@code <title>} for screen readers; no
 * script, no external resource. Every text is escaped.
 */
final class SvgChart {

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 270;
    private static final int BAR_LEFT = LABEL_WIDTH + 10;
    private static final int BAR_WIDTH = 300;
    private static final int ROW = 30;
    private static final int LABEL_CHARACTERS = 40;
    private static final int LINE_HEIGHT = 14;
    private static final int GROUPED_ROW = 24;
    private static final int GROUP_GAP = 14;

    static final String ATTAINED = "#2e7d32";
    static final String NOT_ATTAINED = "#d84315";
    static final String UNKNOWN = "#78909c";
    static final String BAR = "#1565c0";
    static final String SECOND = "#ef6c00";
    private static final String[] SERIES = {BAR, SECOND};

    private SvgChart() {
    }

    /**
     * The goal chart: one row per goal, each on its own scale (0–100 for a share, 0 to a little above the
     * largest value for a count).
     */
    static String goals(String title, List<GoalBar> goals, String legend) {
        int height = 20 + goals.stream().mapToInt(g -> rowHeight(g.label)).sum() + 34;
        StringBuilder svg = open(title, height);
        int top = 16;
        for (GoalBar goal : goals) {
            int rowHeight = rowHeight(goal.label);
            int y = top + (rowHeight - ROW) / 2;
            double max = goal.share ? 100 : countScale(goal);
            label(svg, goal.label, y + 15);
            svg.append(rect(BAR_LEFT, y + 4, BAR_WIDTH, 16, "#eceff1", null));
            if (goal.target != null && goal.upper != null) {
                double from = x(goal.target, max);
                double to = x(goal.upper, max);
                svg.append(rect(from, y + 1, Math.max(2, to - from), 22, "#90caf9", "0.55"));
            }
            if (goal.actual != null) {
                String colour = goal.attained == null ? UNKNOWN : goal.attained ? ATTAINED : NOT_ATTAINED;
                svg.append(rect(BAR_LEFT, y + 7, x(goal.actual, max) - BAR_LEFT, 10, colour, null));
            }
            if (goal.low != null && goal.high != null) {
                double low = x(goal.low, max);
                double high = x(goal.high, max);
                double mid = y + 12;
                svg.append(line(low, mid, high, mid, "#263238", 1.5, null));
                svg.append(line(low, mid - 5, low, mid + 5, "#263238", 1.5, null));
                svg.append(line(high, mid - 5, high, mid + 5, "#263238", 1.5, null));
            }
            if (goal.target != null && goal.upper == null) {
                double at = x(goal.target, max);
                svg.append(line(at, y, at, y + 24, "#0d47a1", 2.5, "4 2"));
            }
            text(svg, BAR_LEFT + BAR_WIDTH + 10, y + 16, goal.text, "start", null);
            top += rowHeight;
        }
        text(svg, 8, top + 20, legend, "start", "legend");
        return svg.append("</svg>\n").toString();
    }

    /** A horizontal bar chart; a bar whose value is {@code null} (not published) is not drawn. */
    static String bars(String title, List<Bar> bars) {
        int height = 20 + Math.max(ROW, bars.stream().mapToInt(b -> rowHeight(b.label)).sum());
        StringBuilder svg = open(title, height);
        int top = 16;
        BigDecimal max = largest(bars);
        for (Bar bar : bars) {
            int rowHeight = rowHeight(bar.label);
            bar(svg, bar, top + (rowHeight - ROW) / 2, max, BAR);
            top += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * A grouped bar chart: per group (a year, a tertial) one bar per series (budget and outcome; started and
     * ended), all on one scale, the series told apart by colour and by their name beside each bar. A bar
     * whose value is {@code null} (not published, or not reported) is not drawn; its text says why.
     *
     * @param groups the group labels, in order
     * @param bars per group, one bar per series (its label is the series name)
     * @param legend the line under the chart
     */
    static String grouped(String title, List<String> groups, List<List<Bar>> bars, String legend) {
        int rows = bars.stream().mapToInt(List::size).sum();
        int height = 20 + Math.max(1, rows) * GROUPED_ROW + groups.size() * GROUP_GAP + 30;
        StringBuilder svg = open(title, height);
        List<Bar> all = new ArrayList<>();
        bars.forEach(all::addAll);
        BigDecimal max = largest(all);
        int y = 16;
        for (int g = 0; g < groups.size(); g++) {
            text(svg, 8, y + 11, groups.get(g), "start", "group");
            List<Bar> group = bars.get(g);
            for (int s = 0; s < group.size(); s++) {
                bar(svg, group.get(s), y - 4, max, SERIES[s % SERIES.length]);
                y += GROUPED_ROW;
            }
            y += GROUP_GAP;
        }
        text(svg, 8, y + 14, legend, "start", "legend");
        return svg.append("</svg>\n").toString();
    }

    private static BigDecimal largest(List<Bar> bars) {
        return bars.stream().map(b -> b.value).filter(v -> v != null && v.signum() > 0)
            .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    }

    /** One bar row: its label, the background, the bar (unless not published) and its text. */
    private static void bar(StringBuilder svg, Bar bar, int y, BigDecimal max, String colour) {
        label(svg, bar.label, y + 15);
        svg.append(rect(BAR_LEFT, y + 4, BAR_WIDTH, 16, "#eceff1", null));
        if (bar.value != null && bar.value.signum() > 0) {
            double width = BAR_WIDTH * bar.value.doubleValue() / max.doubleValue();
            svg.append(rect(BAR_LEFT, y + 4, Math.max(1, width), 16, colour, null));
        }
        text(svg, BAR_LEFT + BAR_WIDTH + 10, y + 16, bar.text, "start", null);
    }

    private static double countScale(GoalBar goal) {
        double max = 1;
        for (BigDecimal value : new BigDecimal[] {goal.target, goal.upper, goal.actual, goal.high}) {
            if (value != null) {
                max = Math.max(max, value.doubleValue());
            }
        }
        return max * 1.15;
    }

    private static double x(BigDecimal value, double max) {
        double clamped = Math.max(0, Math.min(max, value.doubleValue()));
        return BAR_LEFT + BAR_WIDTH * clamped / max;
    }

    static StringBuilder open(String title, int height) {
        return open(title, height, WIDTH);
    }

    /** The opening of a chart {@code width} pixels wide, with its accessible title. */
    static StringBuilder open(String title, int height, int width) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
            .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
            .append(height).append("\">\n<title>").append(Html.escape(title)).append("</title>\n");
        return svg;
    }

    /**
     * A label right-aligned before the bars, wrapped onto as many lines as it needs (never cut), centred
     * on the bar at {@code y}; the whole label is also its tooltip.
     */
    private static void label(StringBuilder svg, String label, int y) {
        List<String> lines = wrap(label, LABEL_CHARACTERS);
        svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"")
            .append(y - (lines.size() - 1) * LINE_HEIGHT / 2).append("\" text-anchor=\"end\"><title>")
            .append(Html.escape(label)).append("</title>");
        if (lines.size() == 1) {
            svg.append(Html.escape(label));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                svg.append("<tspan x=\"").append(LABEL_WIDTH).append("\" dy=\"").append(i == 0 ? 0 : LINE_HEIGHT)
                    .append("\">").append(Html.escape(lines.get(i))).append("</tspan>");
            }
        }
        svg.append("</text>\n");
    }

    /** The height of a bar row whose label wraps onto several lines. */
    private static int rowHeight(String label) {
        return Math.max(ROW, wrap(label, LABEL_CHARACTERS).size() * LINE_HEIGHT + 10);
    }

    /**
     * Splits a text into lines of at most {@code width} characters at spaces; a word longer than a line is
     * split inside the word. Every character other than the spaces between lines is kept.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static void text(StringBuilder svg, double x, double y, String text, String anchor, String cssClass) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y))
            .append("\" text-anchor=\"").append(anchor).append('"');
        if (cssClass != null) {
            svg.append(" class=\"").append(cssClass).append('"');
        }
        svg.append('>').append(Html.escape(text)).append("</text>\n");
    }

    static String rect(double x, double y, double width, double height, String fill, String opacity) {
        return "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(width) + "\" height=\""
            + number(height) + "\" fill=\"" + fill + '"' + (opacity == null ? "" : " fill-opacity=\"" + opacity + '"')
            + "/>\n";
    }

    static String line(double x1, double y1, double x2, double y2, String stroke, double width,
        String dash) {
        return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\""
            + number(y2) + "\" stroke=\"" + stroke + "\" stroke-width=\"" + number(width) + '"'
            + (dash == null ? "" : " stroke-dasharray=\"" + dash + '"') + "/>\n";
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

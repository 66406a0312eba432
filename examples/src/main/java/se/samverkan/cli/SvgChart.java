package se.samverkan.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts of the HTML report: goal target against actual with the 95 % interval, and horizontal
 * bar charts (exit outcomes, cost shares). Plain SVG 1.1 with a {@code <title>} for screen readers; no
 * script, no external resource. Every text is escaped.
 */
final class SvgChart {

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 270;
    private static final int BAR_LEFT = LABEL_WIDTH + 10;
    private static final int BAR_WIDTH = 300;
    private static final int ROW = 30;
    private static final int LABEL_CHARACTERS = 40;

    static final String ATTAINED = "#2e7d32";
    static final String NOT_ATTAINED = "#d84315";
    static final String UNKNOWN = "#78909c";
    static final String BAR = "#1565c0";

    private SvgChart() {
    }

    /**
     * The goal chart: one row per goal, each on its own scale (0–100 for a share, 0 to a little above the
     * largest value for a count).
     */
    static String goals(String title, List<GoalBar> goals, String legend) {
        int height = 20 + goals.size() * ROW + 34;
        StringBuilder svg = open(title, height);
        int y = 16;
        for (GoalBar goal : goals) {
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
            y += ROW;
        }
        text(svg, 8, y + 20, legend, "start", "legend");
        return svg.append("</svg>\n").toString();
    }

    /** A horizontal bar chart; a bar whose value is {@code null} (not published) is not drawn. */
    static String bars(String title, List<Bar> bars) {
        int height = 20 + Math.max(1, bars.size()) * ROW;
        StringBuilder svg = open(title, height);
        BigDecimal max = bars.stream().map(b -> b.value).filter(v -> v != null && v.signum() > 0)
            .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        int y = 16;
        for (Bar bar : bars) {
            label(svg, bar.label, y + 15);
            svg.append(rect(BAR_LEFT, y + 4, BAR_WIDTH, 16, "#eceff1", null));
            if (bar.value != null && bar.value.signum() > 0) {
                double width = BAR_WIDTH * bar.value.doubleValue() / max.doubleValue();
                svg.append(rect(BAR_LEFT, y + 4, Math.max(1, width), 16, BAR, null));
            }
            text(svg, BAR_LEFT + BAR_WIDTH + 10, y + 16, bar.text, "start", null);
            y += ROW;
        }
        return svg.append("</svg>\n").toString();
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

    private static void label(StringBuilder svg, String label, int y) {
        String shown = label.length() > LABEL_CHARACTERS
            ? label.substring(0, LABEL_CHARACTERS - 1).stripTrailing() + "…" : label;
        svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
            .append("\" text-anchor=\"end\"><title>").append(Html.escape(label)).append("</title>")
            .append(Html.escape(shown)).append("</text>\n");
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

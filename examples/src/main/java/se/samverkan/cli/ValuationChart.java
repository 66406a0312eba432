package se.samverkan.cli;

import java.math.BigDecimal;
import java.util.List;

/**
 * The two SVG charts of the valuation section of the HTML report: each public payer's value over the
 * horizon next to its cost (horizontal bars from a zero line, so negative values go left), and the
 * cumulative value year by year against the total cost (columns and a dashed cost line). Pixel positions
 * are computed in floating point: they only draw figures already computed exactly.
 */
final class ValuationChart {

    private static final int LABEL_WIDTH = 200;
    private static final int PLOT_LEFT = LABEL_WIDTH + 10;
    private static final int PLOT_WIDTH = 420;
    private static final int ROW = 40;
    static final String VALUE = "#1565c0";
    static final String COST = "#d84315";

    private ValuationChart() {
    }

    /** One payer's bars: its label, value over the horizon and cost, with their formatted texts. */
    static final class PayerBars {
        final String label;
        final BigDecimal value;
        final BigDecimal cost;
        final String valueText;
        final String costText;

        PayerBars(String label, BigDecimal value, BigDecimal cost, String valueText, String costText) {
            this.label = label;
            this.value = value;
            this.cost = cost;
            this.valueText = valueText;
            this.costText = costText;
        }
    }

    /** Value over the horizon (blue) and cost (orange) per payer, on one scale with a zero line. */
    static String payers(String title, List<PayerBars> payers, String legend) {
        double min = 0;
        double max = 0;
        for (PayerBars payer : payers) {
            min = Math.min(min, Math.min(payer.value.doubleValue(), payer.cost.doubleValue()));
            max = Math.max(max, Math.max(payer.value.doubleValue(), payer.cost.doubleValue()));
        }
        if (max - min <= 0) {
            max = 1;
        }
        int height = 20 + payers.size() * ROW + 30;
        StringBuilder svg = SvgChart.open(title, height);
        double zero = x(0, min, max);
        int y = 14;
        for (PayerBars payer : payers) {
            SvgChart.text(svg, LABEL_WIDTH, y + 20, payer.label, "end", null);
            svg.append(bar(zero, x(payer.value.doubleValue(), min, max), y + 4, VALUE));
            svg.append(bar(zero, x(payer.cost.doubleValue(), min, max), y + 19, COST));
            SvgChart.text(svg, PLOT_LEFT + PLOT_WIDTH + 10, y + 15, payer.valueText, "start", null);
            SvgChart.text(svg, PLOT_LEFT + PLOT_WIDTH + 10, y + 30, payer.costText, "start", null);
            y += ROW;
        }
        svg.append(SvgChart.line(zero, 8, zero, y + 2, "#263238", 1.5, null));
        SvgChart.text(svg, 8, y + 22, legend, "start", null);
        return svg.append("</svg>\n").toString();
    }

    /** Cumulative value after each year (columns) against the total cost (dashed line). */
    static String years(String title, List<BigDecimal> cumulative, BigDecimal cost, List<String> labels,
        String legend) {
        double min = 0;
        double max = cost.doubleValue();
        for (BigDecimal value : cumulative) {
            min = Math.min(min, value.doubleValue());
            max = Math.max(max, value.doubleValue());
        }
        if (max - min <= 0) {
            max = 1;
        }
        int plotTop = 16;
        int plotHeight = 200;
        int height = plotTop + plotHeight + 60;
        StringBuilder svg = SvgChart.open(title, height);
        double step = (double) PLOT_WIDTH / Math.max(1, cumulative.size());
        double zero = y(0, min, max, plotTop, plotHeight);
        for (int i = 0; i < cumulative.size(); i++) {
            double left = PLOT_LEFT + i * step + step * 0.15;
            double top = y(cumulative.get(i).doubleValue(), min, max, plotTop, plotHeight);
            svg.append(SvgChart.rect(left, Math.min(top, zero), step * 0.7, Math.max(1, Math.abs(zero - top)), VALUE,
                null));
            SvgChart.text(svg, left + step * 0.35, plotTop + plotHeight + 16, labels.get(i), "middle", null);
        }
        double costY = y(cost.doubleValue(), min, max, plotTop, plotHeight);
        svg.append(SvgChart.line(PLOT_LEFT, costY, PLOT_LEFT + PLOT_WIDTH, costY, COST, 1.5, "6 3"));
        svg.append(SvgChart.line(PLOT_LEFT, zero, PLOT_LEFT + PLOT_WIDTH, zero, "#263238", 1.5, null));
        SvgChart.text(svg, 8, plotTop + plotHeight + 40, legend, "start", null);
        return svg.append("</svg>\n").toString();
    }

    private static double x(double value, double min, double max) {
        return PLOT_LEFT + PLOT_WIDTH * (value - min) / (max - min);
    }

    private static double y(double value, double min, double max, int top, int height) {
        return top + height * (max - value) / (max - min);
    }

    private static String bar(double zero, double end, double y, String fill) {
        return SvgChart.rect(Math.min(zero, end), y, Math.max(1, Math.abs(end - zero)), 13, fill, null);
    }
}

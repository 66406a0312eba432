package se.samverkan.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes a {@link Report} as one self-contained HTML page: inline CSS, inline SVG charts, no script and
 * no external resource (fonts, images, style sheets), so the page can be mailed or archived as it is.
 * Every text from the document is escaped. Long names wrap in table cells and chart labels; printed, the
 * page is black on white with each insats on a new page and no table or chart split across pages.
 */
final class HtmlReport {

    private static final String STYLE = String.join("\n",
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;",
        "margin:0;color:#1b1f23;background:#fafafa;line-height:1.45}",
        "header{background:#0d47a1;color:#fff;padding:1.2rem 2rem}",
        "header h1{margin:0 0 .3rem 0;font-size:1.6rem}",
        "main{padding:0 2rem 2rem 2rem;max-width:84rem}",
        "section.project{background:#fff;border:1px solid #cfd8dc;border-radius:6px;padding:1rem 1.5rem;margin:1.5rem 0}",
        "h2{margin-top:.2rem;color:#0d47a1}",
        "h3{margin-bottom:.4rem}",
        "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}",
        "dl.facts dt{font-weight:600}",
        "dl.facts dd{margin:0}",
        "table{border-collapse:collapse;margin:.3rem 0 1rem 0;font-size:.92rem;min-width:min(100%,30rem)}",
        "caption{text-align:left;font-weight:600;padding:.3rem 0}",
        "th,td{border:1px solid #cfd8dc;padding:.25rem .6rem}",
        "th{background:#eceff1;text-align:left;overflow-wrap:break-word;hyphens:manual}",
        "tbody th{max-width:22rem;min-width:8rem}",
        "div.scroll{overflow-x:auto}",
        "section.overview table{font-size:.8rem}",
        "section.overview th,section.overview td{padding:.2rem .4rem}",
        "section.overview td.t{white-space:normal;min-width:4.5rem}",
        "section.overview tbody th{min-width:10rem;max-width:16rem}",
        "section.overview tbody tr:last-child>*{font-weight:700;border-top:2px solid #90a4ae}",
        "td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
        "p.note{font-size:.85rem;color:#455a64;margin-top:-.6rem}",
        "figure{margin:.5rem 0 1.2rem 0}",
        "figcaption{font-weight:600;margin-bottom:.3rem}",
        "svg{max-width:100%;height:auto;font-size:12px;font-family:inherit}",
        "svg .legend{font-size:11px;fill:#455a64}",
        "svg .level{font-size:13px;font-weight:600;fill:#37474f}",
        "svg .name{font-size:13px;font-weight:600}",
        "svg .role{font-size:11px;font-weight:600;fill:#546e7a}",
        "svg .group{font-size:12px;font-weight:700;fill:#37474f}",
        "footer{padding:1rem 2rem;color:#455a64;font-size:.85rem}",
        "@page{size:A4;margin:15mm}",
        "@media print{body{background:#fff;font-size:10pt}",
        "header{background:none;color:#000;padding:0 0 .5rem 0;border-bottom:2px solid #000}",
        "main{padding:0;max-width:none}",
        "section.project{border:none;border-radius:0;padding:0;margin:1rem 0;break-before:page}",
        "section.overview{break-before:auto}",
        "table,figure,dl.facts{break-inside:avoid}",
        "h2,h3,caption{break-after:avoid}",
        "div.scroll{overflow:visible}",
        "th{background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}",
        "svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
        "footer{padding:1rem 0}}");

    private HtmlReport() {
    }

    static void write(Report report, ChartTexts texts, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + Html.escape(report.language) + "\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + Html.escape(report.title) + "</title>");
        out.println("<style>\n" + STYLE + "\n</style>");
        out.println("</head>");
        out.println("<body>");
        out.println("<header><h1>" + Html.escape(report.title) + "</h1><div>" + Html.escape(report.subtitle)
            + "</div></header>");
        out.println("<main>");
        if (!report.overview.isEmpty()) {
            out.println("<section class=\"project overview\">");
            for (ReportTable table : report.overview) {
                table(out, table);
            }
            out.println("</section>");
        }
        for (ProjectReport project : report.projects) {
            out.println("<section class=\"project\" id=\"project-" + Html.escape(project.id) + "\">");
            out.println("<h2>" + Html.escape(project.name) + "</h2>");
            out.println("<dl class=\"facts\">");
            for (String[] fact : project.facts) {
                out.println("<dt>" + Html.escape(fact[0]) + "</dt><dd>" + Html.escape(fact[1]) + "</dd>");
            }
            out.println("</dl>");
            if (!project.goals.isEmpty()) {
                figure(out, texts.goals, SvgChart.goals(texts.goals + ": " + project.name, project.goals,
                    texts.goalLegend));
            }
            if (!project.outcomes.isEmpty()) {
                figure(out, texts.outcomes, SvgChart.bars(texts.outcomes + ": " + project.name, project.outcomes));
            }
            if (!project.costShares.isEmpty()) {
                String caption = project.costSharesCaption == null ? texts.costShares : project.costSharesCaption;
                figure(out, caption, SvgChart.bars(caption + ": " + project.name, project.costShares));
            }
            for (ReportTable table : project.tables) {
                table(out, table);
            }
            out.println("</section>");
        }
        for (ReportTable table : report.documentTables) {
            out.println("<section class=\"project\">");
            table(out, table);
            out.println("</section>");
        }
        out.println("</main>");
        out.println("<footer>" + Html.escape(report.disclosureNote) + "</footer>");
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    private static void figure(PrintWriter out, String caption, String svg) {
        out.println("<figure>");
        out.println("<figcaption>" + Html.escape(caption) + "</figcaption>");
        out.print(svg);
        out.println("</figure>");
    }

    private static void table(PrintWriter out, ReportTable table) {
        if (table.figure != null) {
            figure(out, table.figure.caption(), table.figure.svg());
        }
        out.println("<div class=\"scroll\"><table>");
        out.println("<caption>" + Html.escape(table.caption) + "</caption>");
        out.print("<thead><tr>");
        for (String header : table.headers) {
            out.print("<th scope=\"col\">" + Html.escape(header) + "</th>");
        }
        out.println("</tr></thead>");
        out.println("<tbody>");
        for (int r = 0; r < table.rows.size(); r++) {
            List<String> row = table.rows.get(r);
            out.print("<tr>");
            for (int c = 0; c < row.size(); c++) {
                if (c == 0) {
                    out.print("<th scope=\"row\">" + Html.escape(row.get(c)) + "</th>");
                } else {
                    // A figure column's words ("not applicable") may wrap; its numbers never do.
                    String cssClass = table.cells.get(r).get(c).isNumber() || table.cells.get(r).get(c).kind()
                        == ReportCell.Kind.HIDDEN ? "n" : "n t";
                    out.print((c < table.labelColumns ? "<td>" : "<td class=\"" + cssClass + "\">")
                        + Html.escape(row.get(c)) + "</td>");
                }
            }
            out.println("</tr>");
        }
        out.println("</tbody>");
        out.println("</table></div>");
        if (table.note != null) {
            out.println("<p class=\"note\">" + Html.escape(table.note) + "</p>");
        }
    }

    /** The chart captions and legend, in the report's language. */
    static final class ChartTexts {

        final String goals;
        final String goalLegend;
        final String outcomes;
        final String costShares;

        ChartTexts(String goals, String goalLegend, String outcomes, String costShares) {
            this.goals = goals;
            this.goalLegend = goalLegend;
            this.outcomes = outcomes;
            this.costShares = costShares;
        }
    }
}

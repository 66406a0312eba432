package se.samverkan.cli;

import java.util.Objects;

/**
 * A drawing that goes with a table of the report, in the HTML page only: its caption and its inline SVG
 * markup (already escaped). The text report leaves it out; the table beside it carries the same facts.
 */
record ReportFigure(String caption, String svg) {

    ReportFigure {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(svg, "svg");
    }
}

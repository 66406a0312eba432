package se.samverkan.cli;

import java.util.List;
import java.util.Objects;

/**
 * The human report (<i>rapport</i>) of a document, ready to be written as text, HTML or a spreadsheet: a
 * title naming the förbund, a header line with the period, the overview of the insatser, the projects, tables about the whole document (förbund key, findings) and the legend of the disclosure
 * marker.
 */
final class Report {

    final String language;
    final String title;
    final String subtitle;
    /** The tables about all reported insatser together (the overview), before the insatser. */
    final List<ReportTable> overview;
    final List<ProjectReport> projects;
    final List<ReportTable> documentTables;
    final String disclosureNote;

    Report(String language, String title, String subtitle, List<ReportTable> overview, List<ProjectReport> projects,
        List<ReportTable> documentTables, String disclosureNote) {
        this.overview = List.copyOf(overview);
        this.language = Objects.requireNonNull(language, "language");
        this.title = Objects.requireNonNull(title, "title");
        this.subtitle = Objects.requireNonNull(subtitle, "subtitle");
        this.projects = List.copyOf(projects);
        this.documentTables = List.copyOf(documentTables);
        this.disclosureNote = Objects.requireNonNull(disclosureNote, "disclosureNote");
    }
}

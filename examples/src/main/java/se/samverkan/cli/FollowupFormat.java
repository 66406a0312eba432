package se.samverkan.cli;

/** What {@code followup --format} writes; typed on the command line in lower case ({@code csv}). */
enum FollowupFormat {
    /** The follow-up as JSON (docs/cli.md). */
    JSON,
    /** Semicolon-separated UTF-8 with a byte order mark and decimal commas, as Swedish Excel opens it. */
    CSV,
    /** A workbook; never written to standard output. */
    XLSX,
    /** A readable table per förbund and year. */
    TEXT
}

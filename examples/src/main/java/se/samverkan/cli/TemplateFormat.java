package se.samverkan.cli;

/** What {@code import --template --format} writes; typed on the command line in lower case. */
enum TemplateFormat {
    /** The header row as CSV. */
    CSV,
    /** A workbook with drop-down lists for coded columns; never written to standard output. */
    XLSX
}

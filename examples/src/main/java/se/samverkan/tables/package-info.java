/**
 * Tables into documents: an analyst's participation list or budget, kept in Excel and saved as XLSX or
 * CSV, read into a samverkan document, and the empty templates to fill in. Entry points:
 * {@link se.samverkan.tables.TableImport} and {@link se.samverkan.tables.TemplateWriter}; every bad
 * cell comes back as a {@link se.samverkan.tables.CellProblem}. See {@code docs/cli.md} for the columns
 * and the accepted cell values.
 */
package se.samverkan.tables;

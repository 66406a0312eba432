/**
 * The national follow-up (<i>Uppföljning Finsam</i>) as files an analyst can use: JSON for systems,
 * a semicolon-separated CSV that Swedish Excel opens directly, an XLSX workbook and a readable text table.
 * Entry point: {@link se.samverkan.export.FollowUpWriter}. The figures themselves come from
 * {@link se.samverkan.metrics.followup.NationalFollowUp}; see {@code docs/cli.md} for the layout.
 */
package se.samverkan.export;

/**
 * Period series (<i>tidsserier</i>, see {@code docs/metrics.md}): a measurement period cut into calendar
 * years, half years, tertials, quarters or months ({@link se.samverkan.metrics.series.PeriodLength}), each
 * measured on its own ({@link se.samverkan.metrics.series.SeriesMeasurement}), as {@code metrics --by}
 * writes them.
 */
package se.samverkan.metrics.series;

/**
 * Renders {@link org.psirtmaturity.scoring.ScoreReport score reports} and
 * {@link org.psirtmaturity.scoring.ReportComparison comparisons} for people: {@link
 * org.psirtmaturity.report.Reports} is the entry point, {@link org.psirtmaturity.report.ReportFormat}
 * names the formats, {@link org.psirtmaturity.report.RenderOptions} tunes the text layout, and {@link
 * org.psirtmaturity.report.RadarChart} draws the SVG charts the HTML page embeds.
 *
 * <p>All functions are pure and thread-safe. Labels come from the bundles
 * {@code org/psirtmaturity/report/labels*.properties} of this module, chosen by the rubric's locale
 * and never by the JVM's default locale.
 */
package org.psirtmaturity.report;

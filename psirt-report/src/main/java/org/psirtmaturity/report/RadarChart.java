package org.psirtmaturity.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.AreaDelta;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.Fraction;
import org.psirtmaturity.scoring.FrameworkDelta;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.FrameworkStatus;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.ScoreReport;

/**
 * SVG radar charts of a score report, as standalone SVG 1.1 documents that can also be placed inline
 * in an HTML page (as {@link Reports#render} does for {@link ReportFormat#HTML}).
 *
 * <p>Each chart has the SVG namespace, a {@code viewBox} of 560 × 560 user units (it scales to any
 * size), a {@code <title>} and a {@code <desc>}, concentric rings for levels 0 to 5 with their numbers,
 * and a legend. Styling is by presentation attributes only (no {@code <style>} element, no CSS
 * classes, no scripts, no external references), so an embedded chart neither affects nor depends on
 * the page around it. Element ids are prefixed with the chart's kind ({@code radar-frameworks-…},
 * {@code radar-areas-…}), so both charts can share one page.
 *
 * <p>Labels are in the rubric's language (Japanese for {@code ja}, English otherwise). Every text is
 * XML-escaped; characters XML 1.0 forbids become U+FFFD. Output is deterministic: coordinates are
 * computed with {@link StrictMath} and printed with two decimals in {@link Locale#ROOT}. Exact
 * averages are converted to {@code double} for drawing only. Pure and thread-safe.
 */
public final class RadarChart {

    /** Width of the view box, in user units. */
    private static final int WIDTH = 560;
    /** Height of the view box, in user units. */
    private static final int HEIGHT = 560;
    private static final double CX = 280;
    private static final double CY = 252;

    /** The widest line of an area label, in display columns (about 6.5 user units each at 12 units). */
    private static final int AREA_LABEL_COLUMNS = 20;
    /** The most lines of an area label. */
    private static final int AREA_LABEL_LINES = 3;

    private static final String FONT = "system-ui, 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif";
    private static final String INK = "#1f2937";
    private static final String GRID = "#d1d5db";
    private static final String GREY = "#9ca3af";
    private static final String CURRENT = "#2563eb";
    private static final String TARGET = "#d97706";
    private static final String OLDER = "#6b7280";
    private static final String OLDER_FILL = "rgba(107,114,128,0.10)";

    private RadarChart() {
    }

    /**
     * Draws one axis per framework of the report, labelled with the framework id, in rubric order
     * clockwise from the top. The solid polygon joins the current levels of the scored frameworks
     * (each also marked with a dot), passing over excluded and out-of-scope frameworks. In a partial
     * assessment no line crosses an unanswered framework: the levels are joined by open lines between
     * consecutive scored frameworks only, without fill (a scored framework between two unanswered ones
     * is a dot alone). The dashed polygon joins the target levels of the frameworks that
     * can be scored (scored or unanswered). Excluded, unanswered and out-of-scope frameworks get a
     * grey label and no point: excluded ones are struck through, out-of-scope ones in italics. Each
     * label carries a {@code <title>} with the framework's title and state (a tooltip in a browser).
     *
     * @param report the score report
     * @param rubric the rubric of the report (same id and edition, any language): titles and labels
     *               come from it
     * @return the SVG document, starting with {@code <svg} (no XML declaration; UTF-8)
     * @throws IllegalArgumentException if the report was scored against another rubric id or edition
     * @throws NullPointerException     if an argument is null
     */
    public static String frameworks(ScoreReport report, Rubric rubric) {
        Facts f = Facts.of(report, rubric);
        Labels l = f.labels;
        List<FrameworkResult> all = report.frameworks();
        Svg svg = new Svg("radar-frameworks", l.get("chart.frameworks.title") + subtitle(report),
                l.get("chart.frameworks.desc") + " " + l.get("chart.gaps") + " " + summary(f), l.languageTag());
        int n = all.size();
        double radius = 190;
        svg.grid(n, radius);

        List<double[]> target = new ArrayList<>();
        List<double[]> current = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FrameworkResult fr = all.get(i);
            double angle = angle(i, n);
            if (fr.status() == FrameworkStatus.SCORED || fr.status() == FrameworkStatus.UNANSWERED) {
                target.add(point(angle, radius * fr.target() / RubricLevel.MAX));
            }
            addAxis(current, Optional.of(fr), angle, radius);
        }
        svg.shape(target, "none", TARGET, "6 4", 2);
        svg.trace(current, "rgba(37,99,235,0.18)", CURRENT, null, 2.5);
        svg.dots(current, CURRENT, 4);

        for (int i = 0; i < n; i++) {
            FrameworkResult fr = all.get(i);
            String state = fr.level().map(v -> l.format("level.ofFive", v)).orElseGet(() -> f.state(fr));
            String tooltip = l.format("chart.point", fr.framework(), f.frameworkTitle(fr.framework()), state);
            svg.label(angle(i, n), radius + 14, List.of(fr.framework().toString()), tooltip, 12, style(fr.status()));
        }

        List<Svg.LegendItem> legend = List.of(
                Svg.LegendItem.line(l.get("chart.legend.current"), CURRENT, null),
                Svg.LegendItem.line(l.get("chart.legend.target"), TARGET, "6 4"),
                Svg.LegendItem.text(l.get("chart.legend.excluded"), "1.1", Style.EXCLUDED),
                Svg.LegendItem.text(l.get("chart.legend.unanswered"), "1.1", Style.MUTED),
                Svg.LegendItem.text(l.get("chart.legend.outOfScope"), "1.1", Style.OUT_OF_SCOPE));
        svg.legend(legend);
        return svg.finish();
    }

    /**
     * Draws one axis per service area, labelled with the area number and title (shortened to two
     * lines; the full title is the label's {@code <title>}), clockwise from the top. The solid
     * polygon joins the exact area averages, converted to {@code double} for drawing; areas with
     * nothing scored get a grey label and no point, and no line crosses them (as for unanswered
     * frameworks in {@link #frameworks(ScoreReport, Rubric)}). The target band (2.5 to 3.0 for the sheet) is
     * drawn as a shaded ring between two dashed polygons.
     *
     * @param report the score report
     * @param rubric the rubric of the report (same id and edition, any language): titles and labels
     *               come from it
     * @return the SVG document, starting with {@code <svg} (no XML declaration; UTF-8)
     * @throws IllegalArgumentException if the report was scored against another rubric id or edition
     * @throws NullPointerException     if an argument is null
     */
    public static String areas(ScoreReport report, Rubric rubric) {
        Facts f = Facts.of(report, rubric);
        Labels l = f.labels;
        List<AreaResult> areas = report.areas();
        Svg svg = new Svg("radar-areas", l.get("chart.areas.title") + subtitle(report),
                l.get("chart.areas.desc") + " " + l.get("chart.gaps") + " " + summary(f), l.languageTag());
        int n = areas.size();
        double radius = 150;
        svg.grid(n, radius);

        double min = radius * report.targetBand().minimum().doubleValue() / RubricLevel.MAX;
        double max = radius * report.targetBand().maximum().doubleValue() / RubricLevel.MAX;
        svg.band(n, min, max, TARGET);

        List<double[]> current = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            current.add(areaPoint(Optional.of(areas.get(i)), angle(i, n), radius));
        }
        svg.trace(current, "rgba(37,99,235,0.18)", CURRENT, null, 2.5);
        svg.dots(current, CURRENT, 4);

        for (int i = 0; i < n; i++) {
            AreaResult a = areas.get(i);
            String title = f.areaTitle(a);
            List<String> lines = labelLines(a.area() + " " + DisplayWidth.clean(title), AREA_LABEL_COLUMNS, AREA_LABEL_LINES);
            String value = Facts.display(a.average()).map(v -> v + " (" + l.bandShort(a.average().band()) + ")")
                    .orElse(l.bandShort(a.average().band()));
            String tooltip = l.format("chart.point", a.area(), title, value);
            svg.label(angle(i, n), radius + 16, lines, tooltip, 12, a.average().average().isPresent() ? Style.NORMAL : Style.MUTED);
        }

        svg.legend(List.of(
                Svg.LegendItem.line(l.get("chart.legend.average"), CURRENT, null),
                Svg.LegendItem.line(l.format("chart.legend.band", f.bandRange()), TARGET, "6 4"),
                Svg.LegendItem.text(l.get("chart.legend.noData"), "1", Style.MUTED)));
        return svg.finish();
    }

    /**
     * Draws the frameworks of two reports over each other, for a comparison: one axis per framework of
     * the newer report (labelled and styled as in {@link #frameworks(ScoreReport, Rubric)}), the older
     * levels as a dashed grey polygon and the newer levels as a solid blue one, each with its dots, and
     * a legend naming the two reports (with their dates when they have them). A framework unanswered
     * in a report (or missing from the older report's edition) breaks that report's line; excluded and
     * out-of-scope frameworks are passed over. Each axis label's {@code <title>} gives both states.
     *
     * @param comparison the comparison of the two reports ({@code Comparisons.compare(older, newer)})
     * @param older      the older report
     * @param newer      the newer report
     * @param rubric     a rubric with the newer report's id and edition, in the language to label in
     * @return the SVG document, starting with {@code <svg} (no XML declaration; UTF-8); element ids
     *         are prefixed {@code radar-compare-frameworks-}
     * @throws IllegalArgumentException if the comparison names other rubrics than the two reports, or
     *                                  the rubric is not the newer report's (id and edition)
     * @throws NullPointerException     if an argument is null
     */
    public static String frameworks(ReportComparison comparison, ScoreReport older, ScoreReport newer, Rubric rubric) {
        Facts f = comparisonFacts(comparison, older, newer, rubric);
        Labels l = f.labels;
        Map<FrameworkId, FrameworkDelta> deltas = new HashMap<>();
        comparison.frameworks().forEach(d -> deltas.put(d.framework(), d));
        List<FrameworkResult> all = newer.frameworks();
        Svg svg = new Svg("radar-compare-frameworks", l.get("chart.compare.frameworks.title") + organization(newer),
                l.get("chart.compare.frameworks.desc") + " " + comparisonSummary(comparison, l), l.languageTag());
        int n = all.size();
        double radius = 190;
        svg.grid(n, radius);

        List<double[]> before = new ArrayList<>();
        List<double[]> after = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            FrameworkResult fr = all.get(i);
            FrameworkDelta d = deltas.get(fr.framework());
            addAxis(before, d == null ? Optional.empty() : d.older(), angle(i, n), radius);
            addAxis(after, Optional.of(fr), angle(i, n), radius);
        }
        svg.trace(before, OLDER_FILL, OLDER, "6 4", 2);
        svg.trace(after, "rgba(37,99,235,0.14)", CURRENT, null, 2.5);
        svg.dots(before, OLDER, 3);
        svg.dots(after, CURRENT, 4);

        for (int i = 0; i < n; i++) {
            FrameworkResult fr = all.get(i);
            FrameworkDelta d = deltas.get(fr.framework());
            Optional<FrameworkResult> was = d == null ? Optional.empty() : d.older();
            String state = was.map(w -> frameworkState(w, f)).orElse("—") + " → " + frameworkState(fr, f);
            String tooltip = l.format("chart.point", fr.framework(), f.frameworkTitle(fr.framework()), state);
            svg.label(angle(i, n), radius + 14, List.of(fr.framework().toString()), tooltip, 12, style(fr.status()));
        }
        svg.legend(List.of(
                Svg.LegendItem.line(dated(l, "column.older", older), OLDER, "6 4"),
                Svg.LegendItem.line(dated(l, "column.newer", newer), CURRENT, null),
                Svg.LegendItem.text(l.get("chart.legend.excluded"), "1.1", Style.EXCLUDED),
                Svg.LegendItem.text(l.get("chart.legend.unanswered"), "1.1", Style.MUTED),
                Svg.LegendItem.text(l.get("chart.legend.outOfScope"), "1.1", Style.OUT_OF_SCOPE)));
        return svg.finish();
    }

    /**
     * Draws the service areas of two reports over each other, for a comparison: one axis per area of
     * the newer report, the older area averages as a dashed grey polygon, the newer as a solid blue
     * one, and the newer report's target band as a shaded ring. An area without data in a report
     * breaks that report's line.
     *
     * @param comparison the comparison of the two reports
     * @param older      the older report
     * @param newer      the newer report
     * @param rubric     a rubric with the newer report's id and edition, in the language to label in
     * @return the SVG document, starting with {@code <svg}; element ids are prefixed
     *         {@code radar-compare-areas-}
     * @throws IllegalArgumentException if the comparison names other rubrics than the two reports, or
     *                                  the rubric is not the newer report's (id and edition)
     * @throws NullPointerException     if an argument is null
     */
    public static String areas(ReportComparison comparison, ScoreReport older, ScoreReport newer, Rubric rubric) {
        Facts f = comparisonFacts(comparison, older, newer, rubric);
        Labels l = f.labels;
        Map<Integer, AreaDelta> deltas = new HashMap<>();
        comparison.areas().forEach(d -> deltas.put(d.area(), d));
        List<AreaResult> areas = newer.areas();
        Svg svg = new Svg("radar-compare-areas", l.get("chart.compare.areas.title") + organization(newer),
                l.get("chart.compare.areas.desc") + " " + comparisonSummary(comparison, l), l.languageTag());
        int n = areas.size();
        double radius = 150;
        svg.grid(n, radius);
        double min = radius * newer.targetBand().minimum().doubleValue() / RubricLevel.MAX;
        double max = radius * newer.targetBand().maximum().doubleValue() / RubricLevel.MAX;
        svg.band(n, min, max, TARGET);

        List<double[]> before = new ArrayList<>();
        List<double[]> after = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AreaDelta d = deltas.get(areas.get(i).area());
            before.add(areaPoint(d == null ? Optional.empty() : d.older(), angle(i, n), radius));
            after.add(areaPoint(Optional.of(areas.get(i)), angle(i, n), radius));
        }
        svg.trace(before, OLDER_FILL, OLDER, "6 4", 2);
        svg.trace(after, "rgba(37,99,235,0.14)", CURRENT, null, 2.5);
        svg.dots(before, OLDER, 3);
        svg.dots(after, CURRENT, 4);

        for (int i = 0; i < n; i++) {
            AreaResult a = areas.get(i);
            AreaDelta d = deltas.get(a.area());
            String title = f.areaTitle(a);
            List<String> lines = labelLines(a.area() + " " + DisplayWidth.clean(title), AREA_LABEL_COLUMNS, AREA_LABEL_LINES);
            String was = d == null ? "—" : d.older().flatMap(o -> Facts.display(o.average())).orElse(l.get("summary.noData"));
            String value = was + " → " + Facts.display(a.average()).orElse(l.get("summary.noData"));
            String tooltip = l.format("chart.point", a.area(), title, value);
            svg.label(angle(i, n), radius + 16, lines, tooltip, 12, a.average().average().isPresent() ? Style.NORMAL : Style.MUTED);
        }
        svg.legend(List.of(
                Svg.LegendItem.line(dated(l, "column.older", older), OLDER, "6 4"),
                Svg.LegendItem.line(dated(l, "column.newer", newer), CURRENT, null),
                Svg.LegendItem.line(l.format("chart.legend.band", f.bandRange()), TARGET, "6 4")));
        return svg.finish();
    }

    private static Facts comparisonFacts(ReportComparison comparison, ScoreReport older, ScoreReport newer, Rubric rubric) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(rubric, "rubric");
        Facts.requireComparisonOf(comparison, older, newer, rubric);
        return Facts.of(newer, rubric);
    }

    /**
     * Adds a framework's point to a trace: its level's point when scored, a break (null) when it is
     * unanswered or missing, nothing when it is excluded or out of scope (the line passes over it).
     */
    private static void addAxis(List<double[]> trace, Optional<FrameworkResult> result, double angle, double radius) {
        if (result.isEmpty() || result.get().status() == FrameworkStatus.UNANSWERED) {
            trace.add(null);
        } else if (result.get().level().isPresent()) {
            trace.add(point(angle, radius * result.get().level().get() / RubricLevel.MAX));
        }
    }

    /** An area's point in a trace: its average's point, or a break (null) when it has no data. */
    private static double[] areaPoint(Optional<AreaResult> area, double angle, double radius) {
        Optional<Fraction> avg = area.flatMap(a -> a.average().average());
        return avg.isPresent() ? point(angle, radius * toDouble(avg.get()) / RubricLevel.MAX) : null;
    }

    private static String frameworkState(FrameworkResult fr, Facts f) {
        return fr.level().map(v -> f.labels.format("level.ofFive", v)).orElseGet(() -> f.state(fr));
    }

    /** "Older (2025-10-01)", or "Older" when the report has no date. */
    private static String dated(Labels l, String key, ScoreReport report) {
        Optional<java.time.LocalDate> date = report.context().flatMap(c -> c.date());
        return date.isPresent() ? l.format("chart.legend.dated", l.get(key), date.get()) : l.get(key);
    }

    private static String organization(ScoreReport report) {
        return report.context().flatMap(c -> c.organization()).map(o -> " — " + o).orElse("");
    }

    private static String comparisonSummary(ReportComparison c, Labels l) {
        return l.get("comparison.overall") + ": " + Facts.display(c.overall().older()).orElse(l.get("summary.noData")) + " → "
                + Facts.display(c.overall().newer()).orElse(l.get("summary.noData")) + ".";
    }

    /**
     * Breaks a label into at most {@code maxLines} lines of {@code columns}, preferring the spaces
     * between words (a Japanese title such as 「ステークホルダ エコシステム マネジメント」 has them
     * too); a word wider than a line is wrapped anywhere; the last line is truncated with an ellipsis
     * if the label does not fit.
     */
    static List<String> labelLines(String text, int columns, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (DisplayWidth.of(candidate) <= columns) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
            }
            List<String> pieces = DisplayWidth.wrap(word, columns);
            lines.addAll(pieces.subList(0, pieces.size() - 1));
            current.append(pieces.get(pieces.size() - 1));
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, DisplayWidth.truncate(String.join(" ", lines.subList(maxLines - 1, lines.size())), columns));
            return kept;
        }
        return lines;
    }

    private static String subtitle(ScoreReport report) {
        StringBuilder sb = new StringBuilder();
        report.context().ifPresent(c -> {
            c.organization().ifPresent(o -> sb.append(" — ").append(o));
            c.date().ifPresent(d -> sb.append(sb.length() == 0 ? " — " : ", ").append(d));
        });
        return sb.toString();
    }

    private static String summary(Facts f) {
        return f.labels.get("summary.overall") + ": " + f.overallValue() + " (" + f.bandStatus() + ").";
    }

    private static double toDouble(Fraction a) {
        return new BigDecimal(a.numerator()).divide(new BigDecimal(a.denominator()), java.math.MathContext.DECIMAL64).doubleValue();
    }

    /** Clockwise from the top. */
    private static double angle(int i, int n) {
        return 2 * StrictMath.PI * i / n;
    }

    private static double[] point(double angle, double r) {
        return new double[] {CX + r * StrictMath.sin(angle), CY - r * StrictMath.cos(angle)};
    }

    private static Style style(FrameworkStatus status) {
        return switch (status) {
            case SCORED -> Style.NORMAL;
            case EXCLUDED -> Style.EXCLUDED;
            case UNANSWERED -> Style.MUTED;
            case OUT_OF_SCOPE -> Style.OUT_OF_SCOPE;
        };
    }

    /** How an axis label is drawn. */
    private enum Style {
        NORMAL(INK, "", "600"),
        MUTED(GREY, "", "400"),
        EXCLUDED(GREY, " text-decoration=\"line-through\"", "400"),
        OUT_OF_SCOPE(GREY, " font-style=\"italic\"", "400");

        final String fill;
        final String extra;
        final String weight;

        Style(String fill, String extra, String weight) {
            this.fill = fill;
            this.extra = extra;
            this.weight = weight;
        }
    }

    /** An SVG document being written. */
    private static final class Svg {
        private final StringBuilder sb = new StringBuilder(16_384);

        Svg(String id, String title, String desc, String lang) {
            sb.append("<svg xmlns=\"").append(Markup.SVG_NAMESPACE).append("\" version=\"1.1\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                    .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                    .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" xml:lang=\"")
                    .append(lang).append("\" font-family=\"").append(FONT).append("\">\n");
            sb.append("<title id=\"").append(id).append("-title\">").append(Markup.escape(title)).append("</title>\n");
            sb.append("<desc id=\"").append(id).append("-desc\">").append(Markup.escape(desc)).append("</desc>\n");
            sb.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                    .append("\" fill=\"#ffffff\"/>\n");
        }

        /** Rings for levels 1 to 5 (level 0 is the centre), spokes, and the level numbers. */
        void grid(int n, double radius) {
            sb.append("<g fill=\"none\" stroke=\"").append(GRID).append("\" stroke-width=\"1\">\n");
            for (int level = 1; level <= RubricLevel.MAX; level++) {
                List<double[]> ring = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ring.add(point(angle(i, n), radius * level / RubricLevel.MAX));
                }
                sb.append("<polygon points=\"").append(points(ring)).append('"')
                        .append(level == RubricLevel.MAX ? " stroke=\"#9ca3af\"" : "").append("/>\n");
            }
            for (int i = 0; i < n; i++) {
                double[] end = point(angle(i, n), radius);
                sb.append("<line x1=\"").append(num(CX)).append("\" y1=\"").append(num(CY)).append("\" x2=\"").append(num(end[0]))
                        .append("\" y2=\"").append(num(end[1])).append("\"/>\n");
            }
            sb.append("</g>\n");
            sb.append("<g font-size=\"10\" fill=\"#6b7280\" text-anchor=\"start\">\n");
            for (int level = 0; level <= RubricLevel.MAX; level++) {
                sb.append("<text x=\"").append(num(CX + 4)).append("\" y=\"").append(num(CY - radius * level / RubricLevel.MAX - 3))
                        .append("\">").append(level).append("</text>\n");
            }
            sb.append("</g>\n");
        }

        /** The band between two rings, shaded, with dashed edges. */
        void band(int n, double inner, double outer, String colour) {
            List<double[]> in = new ArrayList<>();
            List<double[]> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                in.add(point(angle(i, n), inner));
                out.add(point(angle(i, n), outer));
            }
            sb.append("<path d=\"M").append(points(out)).append("Z M").append(points(in)).append("Z\" fill=\"rgba(217,119,6,0.12)\"")
                    .append(" fill-rule=\"evenodd\" stroke=\"none\"/>\n");
            shape(in, "none", colour, "6 4", 1.5);
            shape(out, "none", colour, "6 4", 1.5);
        }

        /** A polygon through the points (a line for two, nothing for fewer). */
        void shape(List<double[]> pts, String fill, String stroke, String dash, double strokeWidth) {
            if (pts.size() < 2) {
                return;
            }
            sb.append(pts.size() == 2 ? "<polyline" : "<polygon").append(" points=\"").append(points(pts)).append("\" fill=\"")
                    .append(pts.size() == 2 ? "none" : fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                    .append(num(strokeWidth)).append("\" stroke-linejoin=\"round\"");
            if (dash != null) {
                sb.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            sb.append("/>\n");
        }

        /**
         * The line through the points of a trace, in axis order: a closed polygon when the trace has
         * no break (null), otherwise one open polyline for each run of two or more consecutive points
         * between breaks (wrapping around), without fill, so that no line crosses a missing axis.
         */
        void trace(List<double[]> trace, String fill, String stroke, String dash, double strokeWidth) {
            int firstBreak = trace.indexOf(null);
            if (firstBreak < 0) {
                shape(trace, fill, stroke, dash, strokeWidth);
                return;
            }
            List<double[]> run = new ArrayList<>();
            for (int k = 1; k <= trace.size(); k++) {
                double[] p = trace.get((firstBreak + k) % trace.size());
                if (p != null) {
                    run.add(p);
                    continue;
                }
                if (run.size() >= 2) {
                    sb.append("<polyline points=\"").append(points(run)).append("\" fill=\"none\" stroke=\"").append(stroke)
                            .append("\" stroke-width=\"").append(num(strokeWidth)).append("\" stroke-linejoin=\"round\"");
                    if (dash != null) {
                        sb.append(" stroke-dasharray=\"").append(dash).append('"');
                    }
                    sb.append("/>\n");
                }
                run.clear();
            }
        }

        /** A dot of radius {@code r} on each point of a trace (breaks are skipped). */
        void dots(List<double[]> pts, String colour, double r) {
            sb.append("<g fill=\"").append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"1\">\n");
            for (double[] p : pts) {
                if (p != null) {
                    sb.append("<circle cx=\"").append(num(p[0])).append("\" cy=\"").append(num(p[1])).append("\" r=\"").append(num(r))
                            .append("\"/>\n");
                }
            }
            sb.append("</g>\n");
        }

        /** An axis label of one or more lines just outside the outer ring, anchored away from the centre. */
        void label(double angle, double r, List<String> lines, String tooltip, int size, Style style) {
            double[] p = point(angle, r);
            double sin = StrictMath.sin(angle);
            double cos = StrictMath.cos(angle);
            String anchor = Math.abs(sin) < 0.2 ? "middle" : sin > 0 ? "start" : "end";
            double lineHeight = size * 1.2;
            double block = lineHeight * (lines.size() - 1);
            double firstBaseline;
            if (cos > 0.5) { // top: the block ends just above the point
                firstBaseline = p[1] - block;
            } else if (cos < -0.5) { // bottom: the block starts just below the point
                firstBaseline = p[1] + size * 0.8;
            } else { // sides: centred on the point
                firstBaseline = p[1] - block / 2 + size * 0.35;
            }
            sb.append("<g><title>").append(Markup.escape(tooltip)).append("</title>");
            sb.append("<text x=\"").append(num(p[0])).append("\" y=\"").append(num(firstBaseline)).append("\" text-anchor=\"")
                    .append(anchor).append("\" font-size=\"").append(size).append("\" font-weight=\"").append(style.weight)
                    .append("\" fill=\"").append(style.fill).append('"').append(style.extra).append('>');
            for (int i = 0; i < lines.size(); i++) {
                if (i == 0) {
                    sb.append(Markup.escape(lines.get(i)));
                } else {
                    sb.append("<tspan x=\"").append(num(p[0])).append("\" dy=\"").append(num(lineHeight)).append("\">")
                            .append(Markup.escape(lines.get(i))).append("</tspan>");
                }
            }
            sb.append("</text></g>\n");
        }

        /** An entry of the legend: a line sample, or a sample label in a style. */
        record LegendItem(String text, String colour, String dash, String sample, Style style) {
            static LegendItem line(String text, String colour, String dash) {
                return new LegendItem(text, colour, dash, null, null);
            }

            static LegendItem text(String text, String sample, Style style) {
                return new LegendItem(text, null, null, sample, style);
            }
        }

        /** The legend below the chart, wrapping onto a second row when needed. */
        void legend(List<LegendItem> items) {
            double x0 = 24;
            double x = x0;
            double y = HEIGHT - 46;
            sb.append("<g font-size=\"12\" fill=\"").append(INK).append("\">\n");
            for (LegendItem item : items) {
                double sampleWidth = item.sample() == null ? 28 : 22;
                double w = sampleWidth + 8 + 7 * DisplayWidth.of(DisplayWidth.clean(item.text())) + 22;
                if (x > x0 && x + w > WIDTH - 16) {
                    x = x0;
                    y += 24;
                }
                if (item.sample() == null) {
                    sb.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(y - 4)).append("\" x2=\"").append(num(x + 28))
                            .append("\" y2=\"").append(num(y - 4)).append("\" stroke=\"").append(item.colour())
                            .append("\" stroke-width=\"2.5\"");
                    if (item.dash() != null) {
                        sb.append(" stroke-dasharray=\"").append(item.dash()).append('"');
                    }
                    sb.append("/>\n");
                } else {
                    sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" fill=\"").append(item.style().fill)
                            .append('"').append(item.style().extra).append('>').append(Markup.escape(item.sample())).append("</text>\n");
                }
                sb.append("<text x=\"").append(num(x + sampleWidth + 8)).append("\" y=\"").append(num(y)).append("\">")
                        .append(Markup.escape(item.text())).append("</text>\n");
                x += w;
            }
            sb.append("</g>\n");
        }

        String finish() {
            return sb.append("</svg>\n").toString();
        }

        private static String points(List<double[]> pts) {
            List<String> s = new ArrayList<>();
            for (double[] p : pts) {
                s.add(num(p[0]) + "," + num(p[1]));
            }
            return String.join(" ", s);
        }
    }

    /** A coordinate with two decimals, {@link Locale#ROOT}, never {@code -0.00}. */
    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }
}

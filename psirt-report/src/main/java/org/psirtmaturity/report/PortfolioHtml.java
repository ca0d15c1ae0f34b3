package org.psirtmaturity.report;

import static org.psirtmaturity.report.Markup.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.scoring.AreaSummary;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.Fraction;
import org.psirtmaturity.scoring.FrameworkDistribution;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.PortfolioUnit;
import org.psirtmaturity.scoring.RoadmapItem;
import org.psirtmaturity.scoring.TrendPoint;

/**
 * A portfolio as one self-contained HTML page, in the score report's style and under its Content
 * Security Policy: the band summary, the heatmap of units × frameworks, the distribution per framework
 * and each unit's trend as inline SVG (presentation attributes only, no references, ids prefixed {@code pf-}), and
 * tables. Coordinates are printed with two decimals in {@link Locale#ROOT}.
 */
final class PortfolioHtml {

    /** Level 0 to 5: a colour-blind-safe sequential scale (ColorBrewer YlGnBu), dark text on the light half. */
    static final String[] LEVEL_COLOURS = {"#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"};
    private static final String EXCLUDED = "#9ca3af";
    private static final String OUT_OF_SCOPE = "#eef0f3";
    private static final String GRID = "#6b7280";
    private static final String BELOW = "#ea580c";
    private static final String INK = "#1f2937";
    private static final String FONT = "system-ui, 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif";
    private static final String[] BAND_COLOURS = {"#f59e0b", "#10b981", "#3b82f6", "#9ca3af"};
    private static final int CELL = 24;
    private static final int AREA_GAP = 8;
    private static final int LABEL = 210;

    private static final String CSS = """
            figure.wide { overflow-x: auto; }
            figure.wide svg { min-width: 640px; }
            td.spark svg { display: block; width: 132px; height: 30px; }
            ol.roadmap { list-style: none; padding: 0; margin: 0; display: grid; gap: 12px; }
            ol.roadmap > li { background: #ffffff; border-radius: 10px; padding: 14px 18px; box-shadow: 0 1px 3px rgba(0,0,0,0.12); }
            ol.roadmap .rank { display: inline-block; min-width: 28px; font-weight: 700; color: #1e3a8a; }
            """;

    private PortfolioHtml() {
    }

    static String render(PortfolioFacts f, RenderOptions options) {
        Labels l = f.labels;
        StringBuilder h = new StringBuilder(64_000 + 2_000 * f.portfolio.units().size());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(l.languageTag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlReport.CONTENT_SECURITY_POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(escape(f.title()))
                .append("</title>\n<style>\n").append(HtmlReport.CSS).append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header><div class=\"inner\">\n<h1>").append(escape(f.title())).append("</h1>\n<dl class=\"context\"><div><dt>")
                .append(escape(l.get("portfolio.units"))).append("</dt><dd>").append(escape(f.unitsCount())).append("</dd></div><div><dt>")
                .append(escape(l.get("provenance.rubric"))).append("</dt><dd>").append(escape(f.portfolio.rubric().toString()))
                .append("</dd></div></dl>\n</div></header>\n<main>\n");

        BandStatus band = f.portfolio.overall().band();
        h.append("<section class=\"summary\">\n<h2>").append(escape(l.get("portfolio.section.summary"))).append("</h2>\n<div class=\"cards\">\n");
        card(h, l.get("portfolio.units"), Integer.toString(f.portfolio.units().size()), f.bandCounts());
        card(h, l.get("portfolio.overall"), f.value(f.portfolio.overall().average()), f.portfolio.overall().average()
                .map(a -> l.format("portfolio.exact", a, f.portfolio.overall().units())).orElse(""));
        card(h, l.get("summary.status"), HtmlReport.badge(band, l.badge(band)), l.band(band) + " · " + l.get("summary.targetBand") + " " + f.bandRange());
        card(h, l.get("portfolio.level1"), f.portfolio.firstLevel1Reached() + " / " + f.portfolio.units().size(), f.level1Reached());
        h.append("</div>\n");
        f.undatedNotice().ifPresent(n -> h.append("<p class=\"notice partial\">").append(escape(n)).append("</p>\n"));
        h.append("<h3 style=\"margin-top:20px\">").append(escape(l.get("portfolio.bands"))).append("</h3>\n<figure>\n").append(bands(f))
                .append("</figure>\n</section>\n");
        if (f.portfolio.units().isEmpty()) {
            return h.append("<p>").append(escape(l.get("portfolio.none"))).append("</p>\n</main>\n</body>\n</html>\n").toString();
        }

        h.append("<section>\n<h2>").append(escape(l.get("portfolio.section.heatmap"))).append("</h2>\n<figure class=\"wide\">\n")
                .append(heatmap(f)).append("</figure>\n</section>\n");
        units(h, f);
        h.append("<section>\n<h2>").append(escape(l.get("portfolio.section.distribution"))).append("</h2>\n<figure class=\"wide\">\n")
                .append(distribution(f)).append("</figure>\n</section>\n");
        roadmap(h, f, options);
        areas(h, f);
        h.append("<section>\n<h2>").append(escape(l.get("portfolio.level1"))).append("</h2>\n<p>").append(escape(f.level1Reached()))
                .append("</p>\n<table>\n<thead><tr><th>").append(escape(l.get("column.requirement"))).append("</th><th class=\"num\">")
                .append(escape(l.get("portfolio.column.met"))).append("</th></tr></thead>\n<tbody>\n");
        f.level1Rows().forEach(r -> h.append("<tr><td>").append(escape(r[0])).append("</td><td class=\"num\">").append(escape(r[1]))
                .append("</td></tr>\n"));
        h.append("</tbody>\n</table>\n</section>\n</main>\n<footer><div class=\"wrap\">\n<dl>\n<dt>").append(escape(l.get("provenance.rubric")))
                .append("</dt><dd>").append(escape(f.portfolio.rubric().toString())).append("</dd>\n<dt>").append(escape(l.get("summary.targetBand")))
                .append("</dt><dd>").append(escape(f.bandRange())).append("</dd>\n</dl>\n</div></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void card(StringBuilder h, String label, String valueHtml, String detail) {
        h.append("<div class=\"card\"><div class=\"label\">").append(escape(label)).append("</div><div class=\"value\">")
                .append(valueHtml.startsWith("<span") ? valueHtml : escape(valueHtml)).append("</div><div class=\"detail\">")
                .append(escape(detail)).append("</div></div>\n");
    }

    private static void units(StringBuilder h, PortfolioFacts f) {
        Labels l = f.labels;
        h.append("<section>\n<h2>").append(escape(l.get("portfolio.section.units"))).append("</h2>\n<table>\n<thead><tr><th>")
                .append(escape(l.get("portfolio.column.unit"))).append("</th><th>").append(escape(l.get("portfolio.column.date")))
                .append("</th><th class=\"num\">").append(escape(l.get("column.average"))).append("</th><th>").append(escape(l.get("column.band")))
                .append("</th><th>").append(escape(l.get("portfolio.column.level1"))).append("</th><th>").append(escape(l.get("portfolio.column.trend")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < f.portfolio.units().size(); i++) {
            PortfolioUnit u = f.portfolio.units().get(i);
            h.append("<tr><td>").append(escape(f.names.get(i))).append("</td><td>").append(escape(f.snapshot(u))).append("</td><td class=\"num\">")
                    .append(escape(PortfolioFacts.display(u.overall()))).append("</td><td>")
                    .append(HtmlReport.badge(u.overall().band(), l.bandShort(u.overall().band()))).append("</td><td>").append(escape(f.level1(u)))
                    .append("</td><td class=\"spark\">").append(sparkline(f, u, i)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void roadmap(StringBuilder h, PortfolioFacts f, RenderOptions options) {
        Labels l = f.labels;
        h.append("<section>\n<h2>").append(escape(l.get("portfolio.section.roadmap"))).append("</h2>\n");
        if (f.portfolio.roadmap().isEmpty()) {
            h.append("<p>").append(escape(l.get("portfolio.roadmap.none"))).append("</p>\n</section>\n");
            return;
        }
        h.append("<ol class=\"roadmap\">\n");
        int n = 0;
        for (RoadmapItem r : f.portfolio.roadmap()) {
            h.append("<li><h3><span class=\"rank\">").append(++n).append(".</span>").append(escape(f.roadmapHeading(r)))
                    .append("</h3>\n<div class=\"step\"><div class=\"head\">").append(escape(f.roadmapStep(r))).append("</div>");
            Optional<RubricLevel> next = f.next(r);
            if (options.includeLevelTexts() && next.isPresent() && next.get().description().isPresent()) {
                h.append("<p class=\"text\">").append(escape(next.get().description().get())).append("</p>");
            }
            h.append("</div></li>\n");
        }
        h.append("</ol>\n</section>\n");
    }

    private static void areas(StringBuilder h, PortfolioFacts f) {
        Labels l = f.labels;
        h.append("<section>\n<h2>").append(escape(l.get("section.areas"))).append("</h2>\n<table>\n<thead><tr><th class=\"num\">")
                .append(escape(l.get("column.number"))).append("</th><th>").append(escape(l.get("column.area"))).append("</th><th class=\"num\">")
                .append(escape(l.get("column.average"))).append("</th><th>").append(escape(l.get("column.band"))).append("</th><th class=\"num\">")
                .append(escape(l.get("portfolio.column.units"))).append("</th></tr></thead>\n<tbody>\n");
        for (AreaSummary a : f.portfolio.areas()) {
            h.append("<tr><td class=\"num\">").append(a.area()).append("</td><td>")
                    .append(escape(f.rubric.area(a.area()).map(ServiceArea::title).orElse(a.title()))).append("</td><td class=\"num\">")
                    .append(escape(a.average().average().map(x -> x.displayValue().toPlainString()).orElse("—"))).append("</td><td>")
                    .append(HtmlReport.badge(a.average().band(), l.bandShort(a.average().band()))).append("</td><td class=\"num\">")
                    .append(a.average().units()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    // ---- SVG ----

    /** Opens an SVG document with its title and description. */
    private static StringBuilder svg(String id, double width, double height, String title, String desc, Labels l) {
        StringBuilder s = new StringBuilder(8_192);
        s.append("<svg xmlns=\"").append(Markup.SVG_NAMESPACE).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" lang=\"").append(l.languageTag())
                .append("\" font-family=\"").append(FONT).append("\">\n<title id=\"").append(id).append("-title\">").append(escape(title))
                .append("</title>\n<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>\n");
        return s;
    }

    /** A cell's fill, outline, dash, mark and mark colour for a framework state. */
    private static String[] look(FrameworkResult r) {
        return switch (r.status()) {
            case SCORED -> new String[] {LEVEL_COLOURS[r.level().orElseThrow()], "#ffffff", "none", String.valueOf(r.level().get()),
                r.level().get() >= 3 ? "#ffffff" : INK};
            case EXCLUDED -> new String[] {EXCLUDED, "#ffffff", "none", "×", INK};
            case UNANSWERED -> new String[] {"#ffffff", GRID, "3 2", "?", "#6b7280"};
            case OUT_OF_SCOPE -> new String[] {OUT_OF_SCOPE, "#ffffff", "none", "–", GRID};
        };
    }

    private static void cell(StringBuilder s, double x, double y, double size, FrameworkResult r, String tooltip) {
        String[] look = look(r);
        s.append("<g><title>").append(escape(tooltip)).append("</title><rect x=\"").append(num(x + 1)).append("\" y=\"").append(num(y + 1))
                .append("\" width=\"").append(num(size - 2)).append("\" height=\"").append(num(size - 2)).append("\" rx=\"3\" fill=\"").append(look[0])
                .append("\" stroke=\"").append(look[1]).append('"').append("none".equals(look[2]) ? "" : " stroke-dasharray=\"" + look[2] + "\"").append("/>");
        if (PortfolioFacts.belowTarget(r)) {
            s.append("<rect x=\"").append(num(x + 2.5)).append("\" y=\"").append(num(y + 2.5)).append("\" width=\"").append(num(size - 5))
                    .append("\" height=\"").append(num(size - 5)).append("\" rx=\"2\" fill=\"none\" stroke=\"").append(BELOW)
                    .append("\" stroke-width=\"2\"/>");
        }
        if (!look[3].isEmpty()) {
            text(s, x + size / 2, y + size / 2 + 4, look[3], 11, look[4], "middle", "600");
        }
        s.append("</g>\n");
    }

    private static void text(StringBuilder s, double x, double y, String text, int size, String fill, String anchor, String weight) {
        s.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(size).append("\" fill=\"").append(fill)
                .append("\" text-anchor=\"").append(anchor).append('"').append(weight == null ? "" : " font-weight=\"" + weight + "\"").append('>')
                .append(escape(text)).append("</text>");
    }

    /** The x of each framework column: frameworks in rubric order, a gap between areas. */
    private static double[] columns(PortfolioFacts f) {
        List<FrameworkDistribution> frameworks = f.portfolio.frameworks();
        double[] x = new double[frameworks.size()];
        double at = LABEL;
        for (int i = 0; i < x.length; i++) {
            if (i > 0 && frameworks.get(i).framework().area() != frameworks.get(i - 1).framework().area()) {
                at += AREA_GAP;
            }
            x[i] = at;
            at += CELL;
        }
        return x;
    }

    /** Swatches with labels in a row, from {@code (x, y)}; returns the y below them. */
    private static double legend(StringBuilder s, double x, double y, List<String[]> items, double maxX) {
        double at = x;
        for (String[] item : items) { // fill, stroke, dash, label
            double w = 26 + DisplayWidth.of(item[3]) * 6.5;
            if (at + w > maxX) {
                at = x;
                y += 20;
            }
            s.append("<rect x=\"").append(num(at)).append("\" y=\"").append(num(y - 10)).append("\" width=\"14\" height=\"14\" rx=\"2\" fill=\"")
                    .append(item[0]).append("\" stroke=\"").append(item[1]).append('"').append(item[2] == null ? "" : " stroke-dasharray=\"" + item[2] + "\"")
                    .append(item[1].equals(BELOW) ? " stroke-width=\"2\"" : "").append("/>");
            text(s, at + 19, y + 1, item[3], 11, INK, "start", null);
            at += w + 10;
        }
        return y + 20;
    }

    private static List<String[]> stateLegend(Labels l, boolean withBelow) {
        List<String[]> items = new ArrayList<>();
        for (int level = RubricLevel.MIN; level <= RubricLevel.MAX; level++) {
            items.add(new String[] {LEVEL_COLOURS[level], GRID, null, l.format("portfolio.legend.level", level)});
        }
        items.add(new String[] {EXCLUDED, GRID, null, l.get("portfolio.legend.excluded")});
        items.add(new String[] {"#ffffff", GRID, "3 2", l.get("portfolio.legend.unanswered")});
        items.add(new String[] {OUT_OF_SCOPE, GRID, null, l.get("portfolio.legend.outOfScope")});
        if (withBelow) {
            items.add(new String[] {"#ffffff", BELOW, null, l.get("portfolio.legend.belowTarget")});
        }
        return items;
    }

    /** Units × frameworks: one row per unit, one cell per framework, areas apart. */
    static String heatmap(PortfolioFacts f) {
        Labels l = f.labels;
        String id = "pf-heatmap";
        double[] x = columns(f);
        double width = x[x.length - 1] + CELL + 16;
        double top = 48;
        int rows = f.portfolio.units().size();
        double legendY = top + rows * CELL + 28;
        StringBuilder s = svg(id, width, legendY + 48, l.get("portfolio.section.heatmap"), l.get("portfolio.heatmap.desc"), l);
        List<FrameworkDistribution> frameworks = f.portfolio.frameworks();
        for (int i = 0; i < frameworks.size(); i++) {
            if (i == 0 || frameworks.get(i).framework().area() != frameworks.get(i - 1).framework().area()) {
                int area = frameworks.get(i).framework().area();
                String title = f.rubric.area(area).map(ServiceArea::title).orElse("");
                s.append("<g><title>").append(escape(area + " " + title)).append("</title>");
                text(s, x[i] + 2, 16, Integer.toString(area), 12, INK, "start", "700");
                s.append("</g>");
            }
            s.append("<g><title>").append(escape(frameworks.get(i).framework() + " " + f.frameworkTitle(frameworks.get(i).framework())))
                    .append("</title>");
            text(s, x[i] + CELL / 2.0, top - 10, frameworks.get(i).framework().toString(), 9, "#4b5563", "middle", null);
            s.append("</g>\n");
        }
        for (int r = 0; r < rows; r++) {
            PortfolioUnit u = f.portfolio.units().get(r);
            double y = top + r * CELL;
            String name = f.names.get(r);
            s.append("<g><title>").append(escape(l.format("portfolio.withDetail", name, f.date(u)))).append("</title>");
            text(s, LABEL - 10, y + CELL / 2.0 + 4, DisplayWidth.truncate(name, 30), 12, INK, "end", null);
            s.append("</g>\n");
            for (int i = 0; i < frameworks.size(); i++) {
                FrameworkResult fr = u.frameworks().get(i);
                cell(s, x[i], y, CELL, fr, l.format("portfolio.cell", name, fr.framework(), f.frameworkTitle(fr.framework()), f.state(fr)));
            }
        }
        legend(s, LABEL, legendY, stateLegend(l, true), width - 8);
        return s.append("</svg>\n").toString();
    }

    /** One stacked bar per framework: units at each level, excluded, unanswered, out of scope; the mean on the right. */
    static String distribution(PortfolioFacts f) {
        Labels l = f.labels;
        String id = "pf-distribution";
        int units = f.portfolio.units().size();
        double barX = 300;
        double barW = 520;
        double rowH = 22;
        List<FrameworkDistribution> frameworks = f.portfolio.frameworks();
        double legendY = 20 + frameworks.size() * rowH + 24;
        StringBuilder s = svg(id, barX + barW + 70, legendY + 48, l.get("portfolio.section.distribution"), l.get("portfolio.distribution.desc"), l);
        for (int i = 0; i < frameworks.size(); i++) {
            FrameworkDistribution d = frameworks.get(i);
            double y = 12 + i * rowH;
            String title = f.frameworkTitle(d.framework());
            s.append("<g><title>").append(escape(d.framework() + " " + title)).append("</title>");
            text(s, 8, y + 15, d.framework() + " " + DisplayWidth.truncate(title, 40), 11, INK, "start", null);
            s.append("</g>\n");
            double at = barX;
            List<Object[]> parts = new ArrayList<>(); // count, fill, dash, label
            for (int level = RubricLevel.MIN; level <= RubricLevel.MAX; level++) {
                parts.add(new Object[] {d.levels().get(level), LEVEL_COLOURS[level], null, l.format("portfolio.legend.level", level)});
            }
            parts.add(new Object[] {d.excluded(), EXCLUDED, null, l.get("portfolio.legend.excluded")});
            parts.add(new Object[] {d.unanswered(), "#ffffff", "3 2", l.get("portfolio.legend.unanswered")});
            parts.add(new Object[] {d.outOfScope(), OUT_OF_SCOPE, null, l.get("portfolio.legend.outOfScope")});
            for (Object[] p : parts) {
                int count = (Integer) p[0];
                if (count == 0 || units == 0) {
                    continue;
                }
                double w = barW * count / units;
                s.append("<g><title>").append(escape(d.framework() + " " + p[3] + ": " + count + " / " + units)).append("</title><rect x=\"")
                        .append(num(at)).append("\" y=\"").append(num(y + 2)).append("\" width=\"").append(num(w)).append("\" height=\"")
                        .append(num(rowH - 6)).append("\" fill=\"").append(p[1]).append("\" stroke=\"").append(p[2] == null ? "#ffffff" : GRID)
                        .append('"').append(p[2] == null ? "" : " stroke-dasharray=\"" + p[2] + "\"").append("/></g>");
                at += w;
            }
            text(s, barX + barW + 8, y + 15, d.average().average().map(a -> a.displayValue().toPlainString()).orElse("—"), 11, INK, "start", "600");
            s.append('\n');
        }
        legend(s, barX, legendY, stateLegend(l, false), barX + barW + 60);
        return s.append("</svg>\n").toString();
    }

    /** The units by band, as one bar of four parts with their counts. */
    static String bands(PortfolioFacts f) {
        Labels l = f.labels;
        String id = "pf-bands";
        int units = f.portfolio.units().size();
        double w = 880;
        StringBuilder s = svg(id, w + 20, 76, l.get("portfolio.bands"), l.get("portfolio.bands.desc") + " " + f.bandCounts(), l);
        double at = 10;
        double labelX = 10;
        for (BandStatus b : BandStatus.values()) {
            int n = f.portfolio.bands().get(b);
            String colour = BAND_COLOURS[b.ordinal()];
            if (n > 0) {
                double part = w * n / units;
                s.append("<g><title>").append(escape(l.badge(b) + ": " + n)).append("</title><rect x=\"").append(num(at)).append("\" y=\"8\" width=\"")
                        .append(num(part)).append("\" height=\"28\" fill=\"").append(colour).append("\" stroke=\"#ffffff\"/>");
                text(s, at + part / 2, 27, Integer.toString(n), 13, "#ffffff", "middle", "700");
                s.append("</g>");
                at += part;
            }
            s.append("<rect x=\"").append(num(labelX)).append("\" y=\"50\" width=\"12\" height=\"12\" rx=\"2\" fill=\"").append(colour).append("\"/>");
            String label = l.bandShort(b) + ": " + n;
            text(s, labelX + 17, 60, label, 12, INK, "start", null);
            labelX += 40 + DisplayWidth.of(label) * 7;
        }
        if (units == 0) {
            s.append("<rect x=\"10\" y=\"8\" width=\"").append(num(w)).append("\" height=\"28\" fill=\"#e5e7eb\"/>");
        }
        return s.append("\n</svg>\n").toString();
    }

    /** A unit's overall averages in date order (undated points last, hollow), over the target band, on a 0 to 5 scale. */
    static String sparkline(PortfolioFacts f, PortfolioUnit u, int index) {
        String id = "pf-trend-" + index;
        double w = 132;
        double h = 30;
        StringBuilder s = svg(id, w, h, f.labels.format("portfolio.named", f.names.get(index), f.labels.get("portfolio.column.trend")),
                f.labels.get("portfolio.trend.desc") + " " + f.trend(u), f.labels);
        double bandTop = y(f.portfolio.targetBand().maximum().doubleValue(), h);
        double bandBottom = y(f.portfolio.targetBand().minimum().doubleValue(), h);
        s.append("<rect x=\"0\" y=\"").append(num(bandTop)).append("\" width=\"").append(num(w)).append("\" height=\"")
                .append(num(bandBottom - bandTop)).append("\" fill=\"#d1fae5\"/>");
        List<TrendPoint> points = u.trend();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Optional<Fraction> a = points.get(i).overall().average();
            if (a.isEmpty()) {
                continue;
            }
            double px = points.size() == 1 ? w / 2 : 6 + (w - 12) * i / (points.size() - 1);
            double py = y(a.get().numerator() / (double) a.get().denominator(), h);
            boolean dated = points.get(i).date().isPresent();
            if (dated) {
                line.append(line.length() == 0 ? "" : " ").append(num(px)).append(',').append(num(py));
            }
            s.append("<circle cx=\"").append(num(px)).append("\" cy=\"").append(num(py)).append("\" r=\"2.5\" fill=\"")
                    .append(dated ? "#2563eb" : "#ffffff").append("\" stroke=\"#2563eb\"/>");
        }
        if (line.indexOf(" ") > 0) {
            s.append("<polyline points=\"").append(line).append("\" fill=\"none\" stroke=\"#2563eb\" stroke-width=\"1.5\"/>");
        }
        return s.append("</svg>").toString();
    }

    private static double y(double level, double h) {
        return h - 3 - (h - 6) * level / RubricLevel.MAX;
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
    }
}

package org.psirtmaturity.report;

import static org.psirtmaturity.report.Markup.escape;

import java.util.List;

import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.AreaDelta;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.AverageDelta;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.FrameworkDelta;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.RequirementOutcome;

/** The self-contained HTML page: see {@link ReportFormat#HTML}. */
final class HtmlReport {

    /** The font stack, with Japanese fonts before the generic family. */
    static final String FONT_STACK =
            "system-ui, \"Noto Sans CJK JP\", \"Noto Sans JP\", \"Hiragino Sans\", \"Hiragino Kaku Gothic ProN\", \"Yu Gothic\", \"Meiryo\", sans-serif";

    /**
     * No scripts, no external resources: the policy forbids everything but the inline style sheet,
     * so a page opened from disk or a mail attachment loads nothing and runs nothing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    static final String CSS = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f3f4f6; color: #1f2937; font-family: %s; font-size: 15px; line-height: 1.6; }
            main, footer .wrap { max-width: 1160px; margin: 0 auto; padding: 28px 32px 48px; }
            header { background: #1e3a8a; color: #ffffff; padding: 28px 32px; }
            header .inner { max-width: 1096px; margin: 0 auto; }
            h1 { font-size: 24px; line-height: 1.35; margin: 0 0 12px; font-weight: 700; }
            h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid #d1d5db; }
            h3 { font-size: 16px; margin: 0 0 6px; }
            h1, h2, h3, figcaption, .card .label { text-wrap: balance; }
            p, li, td, .card .detail, .notice { text-wrap: pretty; }
            :lang(ja) :is(h1, h2, h3, p, li, td, th, figcaption, .card, .notice) { word-break: auto-phrase; overflow-wrap: break-word; }
            dl.context { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 0; }
            dl.context div { display: flex; gap: 8px; }
            dl.context dt { opacity: 0.75; }
            dl.context dd { margin: 0; font-weight: 600; }
            .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 16px; margin-top: 8px; }
            .card { background: #ffffff; border-radius: 10px; padding: 16px 18px; box-shadow: 0 1px 3px rgba(0,0,0,0.12); }
            .card .label { font-size: 13px; color: #6b7280; }
            .card .value { font-size: 30px; font-weight: 700; line-height: 1.3; }
            .card .detail { font-size: 13px; color: #4b5563; }
            .badge { display: inline-block; padding: 1px 10px; border-radius: 999px; font-size: 13px; font-weight: 600; white-space: nowrap; }
            .band-below { background: #fef3c7; color: #92400e; }
            .band-within { background: #d1fae5; color: #065f46; }
            .band-above { background: #dbeafe; color: #1e40af; }
            .band-no_data { background: #e5e7eb; color: #4b5563; }
            .notice { margin: 18px 0 0; padding: 12px 16px; border-radius: 8px; }
            .notice.partial { background: #fff7ed; border-left: 5px solid #ea580c; font-weight: 600; }
            .notice.complete { background: #ecfdf5; border-left: 5px solid #059669; }
            .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
            figure { margin: 0; background: #ffffff; border-radius: 10px; padding: 12px; box-shadow: 0 1px 3px rgba(0,0,0,0.12); }
            figure svg { display: block; width: 100%%; height: auto; }
            figcaption { text-align: center; font-size: 14px; font-weight: 600; color: #374151; }
            table { width: 100%%; border-collapse: collapse; background: #ffffff; border-radius: 10px; overflow: hidden;
                    box-shadow: 0 1px 3px rgba(0,0,0,0.12); }
            th, td { padding: 7px 12px; text-align: left; vertical-align: top; border-bottom: 1px solid #e5e7eb; }
            th { background: #f9fafb; font-size: 13px; color: #4b5563; font-weight: 600; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.group td { background: #eef2ff; font-weight: 700; color: #1e3a8a; }
            tr.muted td { color: #6b7280; }
            .bar { display: inline-flex; gap: 2px; vertical-align: middle; margin-right: 8px; }
            .bar i { display: inline-block; width: 16px; height: 10px; border-radius: 2px; background: #e5e7eb; }
            .bar i.on { background: #2563eb; }
            .below-target { color: #b45309; font-weight: 600; }
            ol.gaps { list-style: none; padding: 0; margin: 0; display: grid; gap: 12px; }
            ol.gaps > li { background: #ffffff; border-radius: 10px; padding: 14px 18px; box-shadow: 0 1px 3px rgba(0,0,0,0.12); }
            .tag { display: inline-block; font-size: 12px; background: #fee2e2; color: #991b1b; border-radius: 4px; padding: 0 6px; margin-left: 8px; }
            .step { margin: 8px 0 0; padding-left: 12px; border-left: 3px solid #bfdbfe; }
            .step .head { font-weight: 600; }
            .step .cite { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; color: #1d4ed8; margin-left: 6px; }
            .step .text { white-space: pre-line; margin: 2px 0 0; }
            .undefined { font-style: italic; color: #6b7280; }
            .nowrap { white-space: nowrap; }
            .st { font-weight: 600; }
            .st-met { color: #047857; }
            .st-missing { color: #b91c1c; }
            .st-unknown { color: #6b7280; }
            ul.flags { background: #ffffff; border-radius: 10px; padding: 12px 32px; box-shadow: 0 1px 3px rgba(0,0,0,0.12); }
            footer dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 20px; font-size: 13px; }
            footer dt { color: #6b7280; }
            footer dd { margin: 0; word-break: break-all; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
            .up { color: #047857; font-weight: 600; }
            .down { color: #b91c1c; font-weight: 600; }
            @media print { body { background: #ffffff; } header { background: #ffffff; color: #1f2937; border-bottom: 2px solid #1f2937; }
                    .card, figure, table, ol.gaps > li { box-shadow: none; border: 1px solid #d1d5db; } }
            """.formatted(FONT_STACK);

    private HtmlReport() {
    }

    static String render(Facts f, RenderOptions options) {
        Labels l = f.labels;
        StringBuilder h = new StringBuilder(64_000);
        open(h, f.title(), l);
        h.append("<header><div class=\"inner\">\n<h1>").append(escape(f.title())).append("</h1>\n");
        List<String[]> context = f.context();
        if (!context.isEmpty()) {
            h.append("<dl class=\"context\">");
            for (String[] c : context) {
                h.append("<div><dt>").append(escape(c[0])).append("</dt><dd>").append(escape(c[1])).append("</dd></div>");
            }
            h.append("</dl>\n");
        }
        h.append("</div></header>\n<main>\n");

        summary(h, f);

        h.append("<section class=\"charts-section\">\n<h2>").append(escape(l.get("section.charts"))).append("</h2>\n<div class=\"charts\">\n");
        h.append("<figure>\n").append(RadarChart.frameworks(f.report, f.rubric)).append("<figcaption>")
                .append(escape(l.get("chart.frameworks.title"))).append("</figcaption>\n</figure>\n");
        h.append("<figure>\n").append(RadarChart.areas(f.report, f.rubric)).append("<figcaption>")
                .append(escape(l.get("chart.areas.title"))).append("</figcaption>\n</figure>\n");
        h.append("</div>\n</section>\n");

        areas(h, f);
        frameworks(h, f);
        gaps(h, f, options);
        level1(h, f);
        flags(h, f);

        h.append("</main>\n<footer><div class=\"wrap\">\n<h2>").append(escape(l.get("section.provenance"))).append("</h2>\n<dl>\n");
        for (String[] p : f.provenance()) {
            h.append("<dt>").append(escape(p[0])).append("</dt><dd>").append(escape(p[1])).append("</dd>\n");
        }
        h.append("</dl>\n</div></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void open(StringBuilder h, String title, Labels l) {
        h.append("<!DOCTYPE html>\n<html lang=\"").append(l.languageTag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    }

    static String badge(BandStatus band, String text) {
        return "<span class=\"badge band-" + band.name().toLowerCase(java.util.Locale.ROOT) + "\">" + escape(text) + "</span>";
    }

    private static void summary(StringBuilder h, Facts f) {
        Labels l = f.labels;
        BandStatus band = f.report.overall().band();
        h.append("<section class=\"summary\">\n<h2>").append(escape(l.get("section.summary"))).append("</h2>\n<div class=\"cards\">\n");
        h.append("<div class=\"card\"><div class=\"label\">").append(escape(l.get("summary.overall"))).append("</div><div class=\"value\">")
                .append(escape(f.overallValue())).append("</div><div class=\"detail\">").append(escape(f.overallDetail().orElse("")))
                .append("</div></div>\n");
        h.append("<div class=\"card\"><div class=\"label\">").append(escape(l.get("summary.status"))).append("</div><div class=\"value\">")
                .append(badge(band, l.badge(band))).append("</div><div class=\"detail\">").append(escape(l.band(band))).append(" · ")
                .append(escape(l.get("summary.targetBand"))).append(' ').append(escape(f.bandRange())).append("</div></div>\n");
        var c = f.report.completeness();
        h.append("<div class=\"card\"><div class=\"label\">").append(escape(l.get("summary.completeness")))
                .append("</div><div class=\"value\">").append(c.answered()).append(" / ").append(c.frameworks() - c.outOfScope())
                .append("</div><div class=\"detail\">").append(escape(f.completenessCounts())).append("</div></div>\n");
        h.append("<div class=\"card\"><div class=\"label\">").append(escape(l.get("section.level1"))).append("</div><div class=\"value\">")
                .append(f.report.firstLevel1().met().size()).append(" / ").append(f.report.firstLevel1().requirements().size())
                .append("</div><div class=\"detail\">").append(escape(f.level1Summary())).append("</div></div>\n");
        h.append("</div>\n");
        h.append(f.partialNotice().map(p -> "<p class=\"notice partial\">" + escape(p) + "</p>")
                .orElse("<p class=\"notice complete\">" + escape(l.get("completeness.complete")) + "</p>")).append('\n');
        h.append("</section>\n");
    }

    private static void areas(StringBuilder h, Facts f) {
        Labels l = f.labels;
        h.append("<section>\n<h2>").append(escape(l.get("section.areas"))).append("</h2>\n<table>\n<thead><tr><th class=\"num\">")
                .append(escape(l.get("column.number"))).append("</th><th>").append(escape(l.get("column.area"))).append("</th><th class=\"num\">")
                .append(escape(l.get("column.average"))).append("</th><th>").append(escape(l.get("column.band")))
                .append("</th><th class=\"num\">").append(escape(l.get("column.scored"))).append("</th></tr></thead>\n<tbody>\n");
        for (AreaResult a : f.report.areas()) {
            h.append("<tr><td class=\"num\">").append(a.area()).append("</td><td>").append(escape(f.areaTitle(a)))
                    .append("</td><td class=\"num\">").append(escape(Facts.display(a.average()).orElse("—"))).append("</td><td>")
                    .append(badge(a.average().band(), l.bandShort(a.average().band()))).append("</td><td class=\"num\">")
                    .append(a.average().frameworks()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void frameworks(StringBuilder h, Facts f) {
        Labels l = f.labels;
        h.append("<section>\n<h2>").append(escape(l.get("section.frameworks"))).append("</h2>\n<table>\n<thead><tr><th>")
                .append(escape(l.get("column.id"))).append("</th><th>").append(escape(l.get("column.framework"))).append("</th><th>")
                .append(escape(l.get("column.level"))).append("</th><th class=\"num\">").append(escape(l.get("column.target")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (AreaResult a : f.report.areas()) {
            h.append("<tr class=\"group\"><td colspan=\"4\">").append(a.area()).append(' ').append(escape(f.areaTitle(a))).append("</td></tr>\n");
            for (FrameworkResult fr : f.frameworksOf(a.area())) {
                h.append(fr.level().isPresent() ? "<tr>" : "<tr class=\"muted\">").append("<td>").append(fr.framework()).append("</td><td>")
                        .append(escape(f.frameworkTitle(fr.framework()))).append("</td><td>");
                if (fr.level().isPresent()) {
                    int v = fr.level().get();
                    h.append("<span class=\"bar\" role=\"img\" aria-label=\"").append(escape(l.format("level.ofFive", v))).append("\">");
                    for (int i = 1; i <= RubricLevel.MAX; i++) {
                        h.append(i <= v ? "<i class=\"on\"></i>" : "<i></i>");
                    }
                    h.append("</span>").append(v);
                } else {
                    h.append(escape(f.state(fr)));
                }
                h.append("</td><td class=\"num").append(Facts.belowTarget(fr) ? " below-target" : "").append("\">")
                        .append(Facts.shownTarget(fr).map(String::valueOf).orElse("—")).append("</td></tr>\n");
            }
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void gaps(StringBuilder h, Facts f, RenderOptions options) {
        Labels l = f.labels;
        h.append("<section>\n<h2>").append(escape(l.get("section.gaps"))).append("</h2>\n");
        if (f.report.gaps().isEmpty()) {
            h.append("<p>").append(escape(l.get("gaps.none"))).append("</p>\n</section>\n");
            return;
        }
        h.append("<ol class=\"gaps\">\n");
        int n = 0;
        for (Gap g : f.report.gaps()) {
            n++;
            h.append("<li><h3>").append(n).append(". ")
                    .append(escape(l.format("gaps.heading", g.framework(), f.frameworkTitle(g.framework()), g.current(), g.target())));
            if (g.requiredByFirstLevel1()) {
                h.append("<span class=\"tag\">").append(escape(l.get("gaps.requiredByLevel1"))).append("</span>");
            }
            h.append("</h3>\n");
            if (g.isTargetAdjusted()) {
                h.append("<p class=\"undefined\">").append(escape(l.format("gaps.adjusted", g.requestedTarget(), g.target()))).append("</p>\n");
            }
            for (RubricLevel step : g.steps()) {
                RubricLevel level = f.level(step);
                h.append("<div class=\"step\"><div class=\"head\">").append(escape(l.format("gaps.level", level.level())));
                if (level.isDefined()) {
                    h.append("<span class=\"cite\">").append(escape(level.citations().isEmpty() ? l.get("gaps.noCitations")
                            : l.format("gaps.citations", Facts.citations(level.citations())))).append("</span></div>");
                    if (options.includeLevelTexts()) {
                        h.append("<p class=\"text\">").append(escape(level.description().orElseThrow())).append("</p>");
                    }
                } else {
                    h.append(" <span class=\"undefined\">").append(escape(l.get("gaps.undefined"))).append("</span></div>");
                }
                h.append("</div>\n");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n</section>\n");
    }

    private static void level1(StringBuilder h, Facts f) {
        Labels l = f.labels;
        h.append("<section>\n<h2>").append(escape(l.get("section.level1"))).append("</h2>\n<p>").append(escape(f.level1Summary()))
                .append("</p>\n<table>\n<thead><tr><th>").append(escape(l.get("column.status"))).append("</th><th>")
                .append(escape(l.get("column.requirement"))).append("</th></tr></thead>\n<tbody>\n");
        for (RequirementOutcome o : f.report.firstLevel1().requirements()) {
            h.append("<tr><td class=\"st st-").append(Facts.statusClass(o.status())).append("\">").append(escape(l.requirementStatus(o.status())))
                    .append("</td><td>").append(escape(f.requirement(o))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void flags(StringBuilder h, Facts f) {
        Labels l = f.labels;
        h.append("<section>\n<h2>").append(escape(l.get("section.flags"))).append("</h2>\n");
        if (f.report.flags().isEmpty()) {
            h.append("<p>").append(escape(l.get("flags.none"))).append("</p>\n</section>\n");
            return;
        }
        h.append("<p>").append(escape(l.get("flags.intro"))).append("</p>\n<ul class=\"flags\">\n");
        f.report.flags().forEach(p -> h.append("<li>").append(escape(f.flag(p))).append("</li>\n"));
        h.append("</ul>\n</section>\n");
    }

    // ---- comparison ----

    static String renderComparison(ReportComparison c, Facts older, Facts newer) {
        Labels l = newer.labels;
        StringBuilder h = new StringBuilder(24_000);
        String title = l.format("comparison.heading", newer.title());
        open(h, title, l);
        h.append("<header><div class=\"inner\">\n<h1>").append(escape(title)).append("</h1>\n</div></header>\n<main>\n");
        h.append("<section>\n<h2>").append(escape(l.get("comparison.reports"))).append("</h2>\n<table>\n<tbody>\n");
        h.append("<tr><th>").append(escape(l.get("column.older"))).append("</th><td>").append(escape(TextReport.describe(older.report, l)))
                .append("</td></tr>\n");
        h.append("<tr><th>").append(escape(l.get("column.newer"))).append("</th><td>").append(escape(TextReport.describe(newer.report, l)))
                .append("</td></tr>\n");
        String[] overall = TextReport.overall(c.overall(), l);
        h.append("<tr><th>").append(escape(overall[0])).append("</th><td>").append(escape(overall[1])).append(' ')
                .append(badge(c.overall().newer().band(), l.badge(c.overall().newer().band()))).append("</td></tr>\n");
        h.append("</tbody>\n</table>\n</section>\n");

        h.append("<section class=\"charts-section\">\n<h2>").append(escape(l.get("section.charts"))).append("</h2>\n<div class=\"charts\">\n");
        h.append("<figure>\n").append(RadarChart.frameworks(c, older.report, newer.report, newer.rubric)).append("<figcaption>")
                .append(escape(l.get("chart.compare.frameworks.title"))).append("</figcaption>\n</figure>\n");
        h.append("<figure>\n").append(RadarChart.areas(c, older.report, newer.report, newer.rubric)).append("<figcaption>")
                .append(escape(l.get("chart.compare.areas.title"))).append("</figcaption>\n</figure>\n");
        h.append("</div>\n</section>\n");

        h.append("<section>\n<h2>").append(escape(l.get("section.areas"))).append("</h2>\n<table>\n<thead><tr><th class=\"num\">")
                .append(escape(l.get("column.number"))).append("</th><th>").append(escape(l.get("column.area"))).append("</th><th class=\"num\">")
                .append(escape(l.get("column.older"))).append("</th><th class=\"num\">").append(escape(l.get("column.newer")))
                .append("</th><th class=\"num\">").append(escape(l.get("column.change"))).append("</th><th>")
                .append(escape(l.get("column.band"))).append("</th></tr></thead>\n<tbody>\n");
        for (AreaDelta a : c.areas()) {
            String areaTitle = a.newer().map(newer::areaTitle).or(() -> a.older().map(older::areaTitle)).orElse("");
            var change = a.delta().flatMap(AverageDelta::change);
            h.append("<tr><td class=\"num\">").append(a.area()).append("</td><td>").append(escape(areaTitle)).append("</td><td class=\"num\">")
                    .append(escape(a.older().flatMap(o -> Facts.display(o.average())).orElse("—"))).append("</td><td class=\"num\">")
                    .append(escape(a.newer().flatMap(x -> Facts.display(x.average())).orElse("—"))).append("</td><td class=\"num")
                    .append(change.map(ch -> ch.signum() > 0 ? " up" : ch.signum() < 0 ? " down" : "").orElse("")).append("\">")
                    .append(escape(change.map(Facts::signed).orElse("—"))).append("</td><td>")
                    .append(a.delta().map(d -> d.bandChanged()
                            ? badge(d.older().band(), l.bandShort(d.older().band())) + " <span class=\"nowrap\">→ "
                                    + badge(d.newer().band(), l.bandShort(d.newer().band())) + "</span>"
                            : badge(d.newer().band(), l.bandShort(d.newer().band()))).orElse("—"))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
        changes(h, l.get("comparison.improved"), c.improved(), newer, l, "up");
        changes(h, l.get("comparison.regressed"), c.regressed(), newer, l, "down");
        h.append("<p>").append(escape(l.format("comparison.unchangedCount", c.frameworks().size() - c.improved().size() - c.regressed().size())))
                .append("</p>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void changes(StringBuilder h, String heading, List<FrameworkDelta> deltas, Facts newer, Labels l, String cls) {
        h.append("<section>\n<h2>").append(escape(heading)).append("</h2>\n");
        if (deltas.isEmpty()) {
            h.append("<p>").append(escape(l.get("comparison.none"))).append("</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th>").append(escape(l.get("column.id"))).append("</th><th>").append(escape(l.get("column.framework")))
                .append("</th><th class=\"num\">").append(escape(l.get("column.older"))).append("</th><th class=\"num\">")
                .append(escape(l.get("column.newer"))).append("</th><th class=\"num\">").append(escape(l.get("column.change")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (FrameworkDelta d : deltas) {
            int o = d.older().flatMap(FrameworkResult::level).orElseThrow();
            int n = d.newer().flatMap(FrameworkResult::level).orElseThrow();
            h.append("<tr><td>").append(d.framework()).append("</td><td>").append(escape(newer.frameworkTitle(d.framework())))
                    .append("</td><td class=\"num\">").append(o).append("</td><td class=\"num\">").append(n).append("</td><td class=\"num ")
                    .append(cls).append("\">").append(Facts.signed(n - o)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }
}

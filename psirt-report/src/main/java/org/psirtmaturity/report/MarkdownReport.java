package org.psirtmaturity.report;

import java.util.List;

import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.AreaDelta;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.AverageDelta;
import org.psirtmaturity.scoring.FrameworkDelta;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.RequirementOutcome;

/** The GitHub-flavoured Markdown rendering: see {@link ReportFormat#MARKDOWN}. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * Escapes a text for inline Markdown, in a table cell or a paragraph: the characters that could
     * start emphasis, code, images, HTML, tables or strikethrough get a backslash ({@code \|} keeps a
     * cell's text in its cell), {@code &} too (no entity can form), and a {@code ]} that could close
     * a link ({@code ](}, {@code ][}); line breaks become {@code <br>}, other control characters
     * spaces. The rubric's bracketed citations such as {@code [3.1.1]} stay readable: with no link
     * reference definition in the document, a lone bracket pair is plain text.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        List<String> paragraphs = DisplayWidth.lines(text);
        for (int p = 0; p < paragraphs.size(); p++) {
            if (p > 0) {
                sb.append("<br>");
            }
            String clean = DisplayWidth.clean(paragraphs.get(p));
            for (int i = 0; i < clean.length(); i++) {
                char c = clean.charAt(i);
                boolean closesLink = c == ']' && i + 1 < clean.length() && (clean.charAt(i + 1) == '(' || clean.charAt(i + 1) == '[');
                if ("\\`*_<>|~&#!".indexOf(c) >= 0 || closesLink) {
                    sb.append('\\');
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String render(Facts f, RenderOptions options) {
        Labels l = f.labels;
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(f.title())).append("\n\n");
        List<String[]> context = f.context();
        if (!context.isEmpty()) {
            for (String[] c : context) {
                md.append("- **").append(escape(c[0])).append(":** ").append(escape(c[1])).append('\n');
            }
            md.append('\n');
        }

        md.append("## ").append(escape(l.get("section.summary"))).append("\n\n");
        md.append("- **").append(escape(l.get("summary.overall"))).append(":** ").append(escape(f.overallValue()));
        f.overallDetail().ifPresent(d -> md.append(" (").append(escape(d)).append(')'));
        md.append('\n');
        md.append("- **").append(escape(l.get("summary.targetBand"))).append(":** ").append(escape(f.bandRange())).append('\n');
        md.append("- **").append(escape(l.get("summary.status"))).append(":** **").append(escape(l.badge(f.report.overall().band())))
                .append("** (").append(escape(l.band(f.report.overall().band()))).append(")\n");
        md.append("- **").append(escape(l.get("summary.completeness"))).append(":** ").append(escape(f.completenessCounts())).append('\n');
        md.append("- **").append(escape(l.get("section.level1"))).append(":** ").append(escape(f.level1Summary())).append("\n\n");
        md.append(f.partialNotice().map(p -> "> **" + escape(p) + "**").orElse(escape(l.get("completeness.complete")))).append("\n\n");

        md.append("## ").append(escape(l.get("section.areas"))).append("\n\n");
        row(md, l.get("column.number"), l.get("column.area"), l.get("column.average"), l.get("column.band"), l.get("column.scored"));
        md.append("|---:|---|---:|---|---:|\n");
        for (AreaResult a : f.report.areas()) {
            row(md, Integer.toString(a.area()), f.areaTitle(a), Facts.display(a.average()).orElse("—"),
                    l.bandShort(a.average().band()), Integer.toString(a.average().frameworks()));
        }
        md.append('\n');

        md.append("## ").append(escape(l.get("section.frameworks"))).append("\n\n");
        row(md, l.get("column.id"), l.get("column.framework"), l.get("column.level"), l.get("column.target"));
        md.append("|---|---|---|---:|\n");
        for (FrameworkResult fr : f.report.frameworks()) {
            String level = fr.level().map(v -> "`" + Facts.bar(v) + "` " + v).orElse(null);
            String target = Facts.shownTarget(fr).map(String::valueOf).orElse("—");
            md.append("| ").append(fr.framework()).append(" | ").append(escape(f.frameworkTitle(fr.framework()))).append(" | ")
                    .append(level != null ? level : "*" + escape(f.state(fr)) + "*").append(" | ").append(target).append(" |\n");
        }
        md.append('\n');

        md.append("## ").append(escape(l.get("section.gaps"))).append("\n\n");
        if (f.report.gaps().isEmpty()) {
            md.append(escape(l.get("gaps.none"))).append("\n\n");
        }
        int n = 0;
        for (Gap g : f.report.gaps()) {
            n++;
            md.append("### ").append(n).append(". ")
                    .append(escape(l.format("gaps.heading", g.framework(), f.frameworkTitle(g.framework()), g.current(), g.target())))
                    .append("\n\n");
            if (g.requiredByFirstLevel1()) {
                md.append("*").append(escape(l.get("gaps.requiredByLevel1"))).append("*\n\n");
            }
            if (g.isTargetAdjusted()) {
                md.append("*").append(escape(l.format("gaps.adjusted", g.requestedTarget(), g.target()))).append("*\n\n");
            }
            for (RubricLevel step : g.steps()) {
                RubricLevel level = f.level(step);
                md.append("- **").append(escape(l.format("gaps.level", level.level()))).append("**");
                if (!level.isDefined()) {
                    md.append(" — *").append(escape(l.get("gaps.undefined"))).append("*\n");
                    continue;
                }
                md.append(" — ").append(level.citations().isEmpty() ? escape(l.get("gaps.noCitations"))
                        : escape(l.format("gaps.citations", Facts.citations(level.citations()))));
                if (options.includeLevelTexts()) {
                    md.append("<br>").append(escape(level.description().orElseThrow()));
                }
                md.append('\n');
            }
            md.append('\n');
        }

        md.append("## ").append(escape(l.get("section.level1"))).append("\n\n");
        md.append(escape(f.level1Summary())).append("\n\n");
        row(md, l.get("column.status"), l.get("column.requirement"));
        md.append("|---|---|\n");
        for (RequirementOutcome o : f.report.firstLevel1().requirements()) {
            row(md, l.requirementStatus(o.status()), f.requirement(o));
        }
        md.append('\n');

        md.append("## ").append(escape(l.get("section.flags"))).append("\n\n");
        if (f.report.flags().isEmpty()) {
            md.append(escape(l.get("flags.none"))).append("\n\n");
        } else {
            md.append(escape(l.get("flags.intro"))).append("\n\n");
            f.report.flags().forEach(p -> md.append("- ").append(escape(f.flag(p))).append('\n'));
            md.append('\n');
        }

        md.append("## ").append(escape(l.get("section.provenance"))).append("\n\n");
        row(md, "", "");
        md.append("|---|---|\n");
        for (String[] p : f.provenance()) {
            row(md, p[0], p[1]);
        }
        return md.toString();
    }

    /** A table row; every cell escaped. */
    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String c : cells) {
            md.append(' ').append(escape(c)).append(" |");
        }
        md.append('\n');
    }

    static String renderComparison(ReportComparison c, Facts older, Facts newer) {
        Labels l = newer.labels;
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(l.format("comparison.heading", newer.title()))).append("\n\n");
        md.append("- **").append(escape(l.get("column.older"))).append(":** ").append(escape(TextReport.describe(older.report, l))).append('\n');
        md.append("- **").append(escape(l.get("column.newer"))).append(":** ").append(escape(TextReport.describe(newer.report, l))).append('\n');
        String[] overall = TextReport.overall(c.overall(), l);
        md.append("- **").append(escape(overall[0])).append(":** ").append(escape(overall[1])).append("\n\n");

        md.append("## ").append(escape(l.get("section.areas"))).append("\n\n");
        row(md, l.get("column.number"), l.get("column.area"), l.get("column.older"), l.get("column.newer"), l.get("column.change"),
                l.get("column.band"));
        md.append("|---:|---|---:|---:|---:|---|\n");
        for (AreaDelta a : c.areas()) {
            String title = a.newer().map(newer::areaTitle).or(() -> a.older().map(older::areaTitle)).orElse("");
            row(md, Integer.toString(a.area()), title, a.older().flatMap(o -> Facts.display(o.average())).orElse("—"),
                    a.newer().flatMap(x -> Facts.display(x.average())).orElse("—"),
                    a.delta().flatMap(AverageDelta::change).map(Facts::signed).orElse("—"),
                    a.delta().map(d -> d.bandChanged() ? l.bandShort(d.older().band()) + " → " + l.bandShort(d.newer().band())
                            : l.bandShort(d.newer().band())).orElse("—"));
        }
        md.append('\n');
        changes(md, l.get("comparison.improved"), c.improved(), newer, l);
        changes(md, l.get("comparison.regressed"), c.regressed(), newer, l);
        md.append(escape(l.format("comparison.unchangedCount", c.frameworks().size() - c.improved().size() - c.regressed().size())))
                .append('\n');
        return md.toString();
    }

    private static void changes(StringBuilder md, String heading, List<FrameworkDelta> deltas, Facts newer, Labels l) {
        md.append("## ").append(escape(heading)).append("\n\n");
        if (deltas.isEmpty()) {
            md.append(escape(l.get("comparison.none"))).append("\n\n");
            return;
        }
        row(md, l.get("column.id"), l.get("column.framework"), l.get("column.older"), l.get("column.newer"), l.get("column.change"));
        md.append("|---|---|---:|---:|---:|\n");
        for (FrameworkDelta d : deltas) {
            int o = d.older().flatMap(FrameworkResult::level).orElseThrow();
            int n = d.newer().flatMap(FrameworkResult::level).orElseThrow();
            row(md, d.framework().toString(), newer.frameworkTitle(d.framework()), Integer.toString(o), Integer.toString(n),
                    Facts.signed(n - o));
        }
        md.append('\n');
    }
}

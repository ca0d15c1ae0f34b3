package org.psirtmaturity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.scoring.AreaDelta;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.AverageDelta;
import org.psirtmaturity.scoring.FrameworkDelta;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.FrameworkStatus;
import org.psirtmaturity.scoring.Gap;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.RequirementOutcome;
import org.psirtmaturity.scoring.ScoreReport;

import org.psirtmaturity.report.TextLayout.Column;
import org.psirtmaturity.report.TextLayout.Row;

/** The plain-text rendering, for a terminal: see {@link ReportFormat#TEXT}. */
final class TextReport {

    /** The widest the Level column of the framework table gets; longer exclusion reasons continue below. */
    private static final int LEVEL_COLUMN = 26;
    private static final int INDENT = 2;

    private TextReport() {
    }

    static String render(Facts f, RenderOptions options) {
        Labels l = f.labels;
        TextLayout t = new TextLayout(options.width(), f.rubric.locale());
        t.title(f.title());
        List<String[]> context = f.context();
        if (!context.isEmpty()) {
            t.keyValues(context, 0);
        }

        t.heading(l.get("section.summary"));
        List<String[]> summary = new ArrayList<>();
        Optional<String> detail = f.overallDetail();
        summary.add(new String[] {l.get("summary.overall"), f.overallValue() + (detail.isPresent() ? "  (" + detail.get() + ")" : "")});
        summary.add(new String[] {l.get("summary.targetBand"), f.bandRange()});
        summary.add(new String[] {l.get("summary.status"), f.bandStatus()});
        summary.add(new String[] {l.get("summary.completeness"), f.completenessCounts()});
        summary.add(new String[] {l.get("section.level1"), f.level1Summary()});
        t.keyValues(summary, INDENT);
        t.blank();
        if (f.partialNotice().isPresent()) {
            t.paragraph(f.partialNotice().get(), "  ! ", 4);
        } else {
            t.paragraph(l.get("completeness.complete"), "  ", INDENT);
        }

        areas(f, t);
        frameworks(f, t);
        gaps(f, t, options);
        level1(f, t);
        flags(f, t);

        t.heading(l.get("section.provenance"));
        t.keyValues(f.provenance(), INDENT);
        return t.toString();
    }

    private static void areas(Facts f, TextLayout t) {
        Labels l = f.labels;
        t.heading(l.get("section.areas"));
        List<Row> rows = new ArrayList<>();
        for (AreaResult a : f.report.areas()) {
            rows.add(Row.of(Integer.toString(a.area()), f.areaTitle(a), Facts.display(a.average()).orElse("-"),
                    l.bandShort(a.average().band()), Integer.toString(a.average().frameworks())));
        }
        t.table(INDENT, List.of(Column.right(l.get("column.number")), Column.flex(l.get("column.area")),
                Column.right(l.get("column.average")), Column.left(l.get("column.band")), Column.right(l.get("column.scored"))), rows);
    }

    private static void frameworks(Facts f, TextLayout t) {
        Labels l = f.labels;
        t.heading(l.get("section.frameworks"));
        List<Row> rows = new ArrayList<>();
        for (AreaResult a : f.report.areas()) {
            rows.add(Row.span(a.area() + " " + f.areaTitle(a), 0));
            for (FrameworkResult fr : f.frameworksOf(a.area())) {
                String level = fr.level().isPresent() ? Facts.bar(fr.level().get()) + " " + fr.level().get() : f.state(fr);
                boolean reasonBelow = fr.status() == FrameworkStatus.EXCLUDED && fr.exclusionReason().isPresent()
                        && TextLayout.overflows(level, LEVEL_COLUMN);
                Optional<Integer> shownTarget = Facts.shownTarget(fr);
                String target = shownTarget.isPresent() ? (Facts.belowTarget(fr) ? "< " : "") + shownTarget.get() : "-";
                rows.add(Row.of(fr.framework().toString(), f.frameworkTitle(fr.framework()),
                        reasonBelow ? l.status(FrameworkStatus.EXCLUDED) : level, target));
                if (reasonBelow) {
                    rows.add(Row.span(l.format("status.reason", fr.exclusionReason().get()), 1));
                }
            }
        }
        t.table(INDENT, List.of(Column.left(l.get("column.id")), Column.flex(l.get("column.framework")),
                Column.capped(l.get("column.level"), LEVEL_COLUMN), Column.right(l.get("column.target"))), rows);
    }

    private static void gaps(Facts f, TextLayout t, RenderOptions options) {
        Labels l = f.labels;
        t.heading(l.get("section.gaps"));
        if (f.report.gaps().isEmpty()) {
            t.paragraph(l.get("gaps.none"), "  ", INDENT);
            return;
        }
        int n = 0;
        for (Gap g : f.report.gaps()) {
            n++;
            String number = n + ". ";
            int hang = INDENT + number.length();
            t.paragraph(l.format("gaps.heading", g.framework(), f.frameworkTitle(g.framework()), g.current(), g.target()),
                    "  " + number, hang);
            if (g.requiredByFirstLevel1()) {
                t.paragraph("* " + l.get("gaps.requiredByLevel1"), " ".repeat(hang), hang + 2);
            }
            if (g.isTargetAdjusted()) {
                t.paragraph("* " + l.format("gaps.adjusted", g.requestedTarget(), g.target()), " ".repeat(hang), hang + 2);
            }
            for (RubricLevel step : g.steps()) {
                RubricLevel level = f.level(step);
                String head = l.format("gaps.level", level.level()) + " | "
                        + (level.isDefined()
                                ? (level.citations().isEmpty() ? l.get("gaps.noCitations") : l.format("gaps.citations", Facts.citations(level.citations())))
                                : l.get("gaps.undefined"));
                t.paragraph(head, " ".repeat(hang), hang + 2);
                if (options.includeLevelTexts() && level.description().isPresent()) {
                    t.paragraph(level.description().get(), " ".repeat(hang + 2), hang + 2);
                }
            }
            t.blank();
        }
    }

    private static void level1(Facts f, TextLayout t) {
        Labels l = f.labels;
        t.heading(l.get("section.level1"));
        t.paragraph(f.level1Summary(), "  ", INDENT);
        t.blank();
        List<Row> rows = new ArrayList<>();
        for (RequirementOutcome o : f.report.firstLevel1().requirements()) {
            rows.add(Row.of(l.requirementStatus(o.status()), f.requirement(o)));
        }
        t.table(INDENT, List.of(Column.left(l.get("column.status")), Column.flex(l.get("column.requirement"))), rows);
    }

    private static void flags(Facts f, TextLayout t) {
        Labels l = f.labels;
        t.heading(l.get("section.flags"));
        if (f.report.flags().isEmpty()) {
            t.paragraph(l.get("flags.none"), "  ", INDENT);
            return;
        }
        t.paragraph(l.get("flags.intro"), "  ", INDENT);
        for (Problem p : f.report.flags()) {
            t.paragraph(f.flag(p), "  - ", 4);
        }
    }

    // ---- comparison ----

    static String renderComparison(ReportComparison c, Facts older, Facts newer, RenderOptions options) {
        Labels l = newer.labels;
        TextLayout t = new TextLayout(options.width(), newer.rubric.locale());
        t.title(l.format("comparison.heading", newer.title()));

        t.heading(l.get("comparison.reports"));
        List<String[]> reports = new ArrayList<>();
        reports.add(new String[] {l.get("column.older"), describe(older.report, l)});
        reports.add(new String[] {l.get("column.newer"), describe(newer.report, l)});
        t.keyValues(reports, INDENT);

        t.heading(l.get("comparison.overall"));
        t.keyValues(List.<String[]>of(overall(c.overall(), l)), INDENT);

        t.heading(l.get("section.areas"));
        List<Row> rows = new ArrayList<>();
        for (AreaDelta a : c.areas()) {
            String title = a.newer().map(newer::areaTitle).or(() -> a.older().map(older::areaTitle)).orElse("");
            rows.add(Row.of(Integer.toString(a.area()), title,
                    a.older().flatMap(o -> Facts.display(o.average())).orElse("-"),
                    a.newer().flatMap(n -> Facts.display(n.average())).orElse("-"),
                    a.delta().flatMap(AverageDelta::change).map(Facts::signed).orElse("-"),
                    a.delta().map(d -> d.bandChanged() ? l.bandShort(d.older().band()) + " → " + l.bandShort(d.newer().band())
                            : l.bandShort(d.newer().band())).orElse("-")));
        }
        t.table(INDENT, List.of(Column.right(l.get("column.number")), Column.flex(l.get("column.area")),
                Column.right(l.get("column.older")), Column.right(l.get("column.newer")), Column.right(l.get("column.change")),
                Column.left(l.get("column.band"))), rows);

        frameworkChanges(t, l.get("comparison.improved"), c.improved(), newer, l);
        frameworkChanges(t, l.get("comparison.regressed"), c.regressed(), newer, l);
        t.blank();
        t.paragraph(l.format("comparison.unchangedCount", c.frameworks().size() - c.improved().size() - c.regressed().size()), "  ",
                INDENT);
        return t.toString();
    }

    static String describe(ScoreReport r, Labels l) {
        List<String> parts = new ArrayList<>();
        r.context().ifPresent(c -> {
            c.date().ifPresent(d -> parts.add(d.toString()));
            c.organization().ifPresent(parts::add);
            c.assessor().ifPresent(parts::add);
        });
        parts.add(l.format("comparison.describeOverall", l.get("comparison.overall"),
                Facts.display(r.overall()).orElse(l.get("summary.noData")), l.badge(r.overall().band())));
        return String.join(l.get("separator.list"), parts);
    }

    static String[] overall(AverageDelta d, Labels l) {
        String older = Facts.display(d.older()).orElse(l.get("summary.noData"));
        String newer = Facts.display(d.newer()).orElse(l.get("summary.noData"));
        String band = d.bandChanged() ? l.format("comparison.bandChange", l.badge(d.older().band()), l.badge(d.newer().band()))
                : l.format("comparison.bandSame", l.badge(d.newer().band()));
        String line = d.change().isPresent() ? l.format("comparison.overallLine", older, newer, Facts.signed(d.change().get()), band)
                : l.format("comparison.overallLineNoChange", older, newer, band);
        return new String[] {l.get("comparison.overall"), line};
    }

    private static void frameworkChanges(TextLayout t, String heading, List<FrameworkDelta> deltas, Facts newer, Labels l) {
        t.heading(heading);
        if (deltas.isEmpty()) {
            t.paragraph(l.get("comparison.none"), "  ", INDENT);
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (FrameworkDelta d : deltas) {
            int o = d.older().flatMap(FrameworkResult::level).orElseThrow();
            int n = d.newer().flatMap(FrameworkResult::level).orElseThrow();
            rows.add(Row.of(d.framework().toString(), newer.frameworkTitle(d.framework()), Integer.toString(o), Integer.toString(n),
                    Facts.signed(n - o)));
        }
        t.table(INDENT, List.of(Column.left(l.get("column.id")), Column.flex(l.get("column.framework")),
                Column.right(l.get("column.older")), Column.right(l.get("column.newer")), Column.right(l.get("column.change"))), rows);
    }
}

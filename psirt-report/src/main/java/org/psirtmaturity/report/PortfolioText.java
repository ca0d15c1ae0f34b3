package org.psirtmaturity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.scoring.AreaSummary;
import org.psirtmaturity.scoring.FrameworkDistribution;
import org.psirtmaturity.scoring.PortfolioUnit;
import org.psirtmaturity.scoring.RoadmapItem;

import org.psirtmaturity.report.TextLayout.Column;
import org.psirtmaturity.report.TextLayout.Row;

/** A portfolio as plain text for a terminal and as GitHub-flavoured Markdown: see {@link Reports#renderPortfolio}. */
final class PortfolioText {

    private static final int INDENT = 2;

    private PortfolioText() {
    }

    // ---- text ----

    static String text(PortfolioFacts f, RenderOptions options) {
        Labels l = f.labels;
        TextLayout t = new TextLayout(options.width(), f.rubric.locale());
        t.title(f.title());

        t.heading(l.get("portfolio.section.summary"));
        List<String[]> summary = new ArrayList<>();
        summary.add(new String[] {l.get("portfolio.units"), f.unitsCount()});
        summary.add(new String[] {l.get("portfolio.overall"), f.overall()});
        summary.add(new String[] {l.get("summary.targetBand"), f.bandRange()});
        summary.add(new String[] {l.get("summary.status"), l.bandStatus(f.portfolio.overall().band())});
        summary.add(new String[] {l.get("portfolio.bands"), f.bandCounts()});
        summary.add(new String[] {l.get("portfolio.level1"), f.level1Reached()});
        t.keyValues(summary, INDENT);
        f.undatedNotice().ifPresent(n -> {
            t.blank();
            t.paragraph(n, "  ! ", 4);
        });
        if (f.portfolio.units().isEmpty()) {
            t.blank();
            t.paragraph(l.get("portfolio.none"), "  ", INDENT);
            return t.toString();
        }

        t.heading(l.get("portfolio.section.units"));
        List<Row> units = new ArrayList<>();
        for (int i = 0; i < f.portfolio.units().size(); i++) {
            PortfolioUnit u = f.portfolio.units().get(i);
            units.add(Row.of(f.names.get(i), f.snapshot(u), PortfolioFacts.display(u.overall()), l.bandShort(u.overall().band()), f.level1(u),
                    Integer.toString(u.trend().size())));
        }
        t.table(INDENT, List.of(Column.flex(l.get("portfolio.column.unit")), Column.left(l.get("portfolio.column.date")),
                Column.right(l.get("column.average")), Column.left(l.get("column.band")), Column.left(l.get("portfolio.column.level1")),
                Column.right(l.get("portfolio.column.reports"))), units);

        t.heading(l.get("portfolio.section.heatmap"));
        List<Column> columns = new ArrayList<>();
        columns.add(Column.flex(l.get("portfolio.column.unit")));
        for (ServiceArea a : f.rubric.areas()) {
            columns.add(Column.left(Integer.toString(a.number())));
        }
        List<Row> cells = new ArrayList<>();
        for (int i = 0; i < f.portfolio.units().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(f.names.get(i));
            for (ServiceArea a : f.rubric.areas()) {
                row.add(PortfolioFacts.cells(f.portfolio.units().get(i), a.number()));
            }
            cells.add(Row.of(row.toArray(String[]::new)));
        }
        t.table(INDENT, columns, cells);
        t.blank();
        t.paragraph(l.get("portfolio.heatmap.legend"), "  ", INDENT);

        t.heading(l.get("portfolio.section.distribution"));
        List<Row> rows = new ArrayList<>();
        for (FrameworkDistribution d : f.portfolio.frameworks()) {
            List<String> row = new ArrayList<>(List.of(d.framework().toString(), f.frameworkTitle(d.framework())));
            d.levels().forEach(n -> row.add(Integer.toString(n)));
            row.addAll(List.of(Integer.toString(d.excluded()), Integer.toString(d.unanswered()),
                    d.average().average().map(x -> x.displayValue().toPlainString()).orElse("-"), Integer.toString(d.belowTarget())));
            rows.add(Row.of(row.toArray(String[]::new)));
        }
        List<Column> distribution = new ArrayList<>(List.of(Column.left(l.get("column.id")), Column.flex(l.get("column.framework"))));
        for (int level = RubricLevel.MIN; level <= RubricLevel.MAX; level++) {
            distribution.add(Column.right(Integer.toString(level)));
        }
        distribution.addAll(List.of(Column.right(l.get("portfolio.column.excluded")), Column.right(l.get("portfolio.column.unanswered")),
                Column.right(l.get("column.average")), Column.right(l.get("portfolio.column.below"))));
        t.table(INDENT, distribution, rows);

        t.heading(l.get("section.areas"));
        List<Row> areas = new ArrayList<>();
        for (AreaSummary a : f.portfolio.areas()) {
            areas.add(Row.of(Integer.toString(a.area()), f.rubric.area(a.area()).map(ServiceArea::title).orElse(a.title()),
                    a.average().average().map(x -> x.displayValue().toPlainString()).orElse("-"), l.bandShort(a.average().band()),
                    Integer.toString(a.average().units())));
        }
        t.table(INDENT, List.of(Column.right(l.get("column.number")), Column.flex(l.get("column.area")), Column.right(l.get("column.average")),
                Column.left(l.get("column.band")), Column.right(l.get("portfolio.column.units"))), areas);

        t.heading(l.get("portfolio.level1"));
        t.paragraph(f.level1Reached(), "  ", INDENT);
        t.blank();
        List<Row> level1 = new ArrayList<>();
        f.level1Rows().forEach(r -> level1.add(Row.of(r[0], r[1])));
        t.table(INDENT, List.of(Column.flex(l.get("column.requirement")), Column.right(l.get("portfolio.column.met"))), level1);

        t.heading(l.get("portfolio.section.roadmap"));
        if (f.portfolio.roadmap().isEmpty()) {
            t.paragraph(l.get("portfolio.roadmap.none"), "  ", INDENT);
        }
        int n = 0;
        for (RoadmapItem r : f.portfolio.roadmap()) {
            String number = ++n + ". ";
            int hang = INDENT + number.length();
            t.paragraph(f.roadmapHeading(r), "  " + number, hang);
            t.paragraph(f.roadmapStep(r), " ".repeat(hang), hang);
            Optional<RubricLevel> next = f.next(r);
            if (options.includeLevelTexts() && next.isPresent() && next.get().description().isPresent()) {
                t.paragraph(next.get().description().get(), " ".repeat(hang + 2), hang + 2);
            }
            t.blank();
        }

        t.heading(l.get("portfolio.section.trends"));
        for (int i = 0; i < f.portfolio.units().size(); i++) {
            t.paragraph(l.format("portfolio.named", f.names.get(i), f.trend(f.portfolio.units().get(i))), "  ", INDENT + 2);
        }
        return t.toString();
    }

    // ---- Markdown ----

    static String markdown(PortfolioFacts f, RenderOptions options) {
        Labels l = f.labels;
        StringBuilder md = new StringBuilder();
        md.append("# ").append(esc(f.title())).append("\n\n");
        md.append("## ").append(esc(l.get("portfolio.section.summary"))).append("\n\n");
        item(md, l.get("portfolio.units"), f.unitsCount());
        item(md, l.get("portfolio.overall"), f.overall());
        item(md, l.get("summary.targetBand"), f.bandRange());
        md.append("- **").append(esc(l.get("summary.status"))).append(":** **").append(esc(l.badge(f.portfolio.overall().band())))
                .append("** (").append(esc(l.band(f.portfolio.overall().band()))).append(")\n");
        item(md, l.get("portfolio.bands"), f.bandCounts());
        item(md, l.get("portfolio.level1"), f.level1Reached());
        md.append('\n');
        f.undatedNotice().ifPresent(notice -> md.append("> **").append(esc(notice)).append("**\n\n"));
        if (f.portfolio.units().isEmpty()) {
            return md.append(esc(l.get("portfolio.none"))).append('\n').toString();
        }

        md.append("## ").append(esc(l.get("portfolio.section.units"))).append("\n\n");
        row(md, l.get("portfolio.column.unit"), l.get("portfolio.column.date"), l.get("column.average"), l.get("column.band"),
                l.get("portfolio.column.level1"), l.get("portfolio.column.trend"));
        md.append("|---|---|---:|---|---|---|\n");
        for (int i = 0; i < f.portfolio.units().size(); i++) {
            PortfolioUnit u = f.portfolio.units().get(i);
            row(md, f.names.get(i), f.snapshot(u), PortfolioFacts.display(u.overall()), l.bandShort(u.overall().band()), f.level1(u), f.trend(u));
        }
        md.append('\n');

        md.append("## ").append(esc(l.get("portfolio.section.heatmap"))).append("\n\n");
        List<String> header = new ArrayList<>(List.of(l.get("portfolio.column.unit")));
        f.portfolio.frameworks().forEach(d -> header.add(d.framework().toString()));
        row(md, header.toArray(String[]::new));
        md.append("|---").append("|:-:".repeat(header.size() - 1)).append("|\n");
        for (int i = 0; i < f.portfolio.units().size(); i++) {
            md.append("| ").append(esc(f.names.get(i))).append(" |");
            f.portfolio.units().get(i).frameworks().forEach(r -> md.append(' ').append(PortfolioFacts.belowTarget(r) ? "**" + PortfolioFacts.cell(r) + "**"
                    : esc(String.valueOf(PortfolioFacts.cell(r)))).append(" |"));
            md.append('\n');
        }
        md.append('\n').append(esc(l.get("portfolio.heatmap.legend"))).append(" **").append(esc(l.get("portfolio.legend.belowTarget")))
                .append("**\n\n");

        md.append("## ").append(esc(l.get("portfolio.section.distribution"))).append("\n\n");
        row(md, l.get("column.id"), l.get("column.framework"), "0", "1", "2", "3", "4", "5", l.get("portfolio.column.excluded"),
                l.get("portfolio.column.unanswered"), l.get("column.average"), l.get("portfolio.column.below"));
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (FrameworkDistribution d : f.portfolio.frameworks()) {
            List<String> cells = new ArrayList<>(List.of(d.framework().toString(), f.frameworkTitle(d.framework())));
            d.levels().forEach(n -> cells.add(Integer.toString(n)));
            cells.addAll(List.of(Integer.toString(d.excluded()), Integer.toString(d.unanswered()),
                    d.average().average().map(a -> a.displayValue().toPlainString()).orElse("—"), Integer.toString(d.belowTarget())));
            row(md, cells.toArray(String[]::new));
        }
        md.append('\n');

        md.append("## ").append(esc(l.get("section.areas"))).append("\n\n");
        row(md, l.get("column.number"), l.get("column.area"), l.get("column.average"), l.get("column.band"), l.get("portfolio.column.units"));
        md.append("|---:|---|---:|---|---:|\n");
        for (AreaSummary a : f.portfolio.areas()) {
            row(md, Integer.toString(a.area()), f.rubric.area(a.area()).map(ServiceArea::title).orElse(a.title()),
                    a.average().average().map(x -> x.displayValue().toPlainString()).orElse("—"), l.bandShort(a.average().band()),
                    Integer.toString(a.average().units()));
        }
        md.append('\n');

        md.append("## ").append(esc(l.get("portfolio.level1"))).append("\n\n").append(esc(f.level1Reached())).append("\n\n");
        row(md, l.get("column.requirement"), l.get("portfolio.column.met"));
        md.append("|---|---:|\n");
        f.level1Rows().forEach(r -> row(md, r[0], r[1]));
        md.append('\n');

        md.append("## ").append(esc(l.get("portfolio.section.roadmap"))).append("\n\n");
        if (f.portfolio.roadmap().isEmpty()) {
            md.append(esc(l.get("portfolio.roadmap.none"))).append("\n\n");
        }
        int n = 0;
        for (RoadmapItem r : f.portfolio.roadmap()) {
            md.append(++n).append(". **").append(esc(f.roadmapHeading(r))).append("**<br>").append(esc(f.roadmapStep(r)));
            Optional<RubricLevel> next = f.next(r);
            if (options.includeLevelTexts() && next.isPresent() && next.get().description().isPresent()) {
                md.append("<br>").append(esc(next.get().description().get()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String esc(String text) {
        return MarkdownReport.escape(text);
    }

    private static void item(StringBuilder md, String label, String value) {
        md.append("- **").append(esc(label)).append(":** ").append(esc(value)).append('\n');
    }

    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String c : cells) {
            md.append(' ').append(esc(c)).append(" |");
        }
        md.append('\n');
    }
}

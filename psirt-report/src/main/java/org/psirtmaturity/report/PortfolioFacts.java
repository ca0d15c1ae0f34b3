package org.psirtmaturity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.scoring.BandStatus;
import org.psirtmaturity.scoring.BandedAverage;
import org.psirtmaturity.scoring.Fraction;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.GroupAverage;
import org.psirtmaturity.scoring.Portfolio;
import org.psirtmaturity.scoring.PortfolioUnit;
import org.psirtmaturity.scoring.RoadmapItem;
import org.psirtmaturity.scoring.TrendPoint;

/** The facts of a portfolio every format shows, worded once in the rendering rubric's language. Plain text: each format escapes it. */
final class PortfolioFacts {

    final Portfolio portfolio;
    final Rubric rubric;
    final Labels labels;
    /** The units' names, in the portfolio's order: the organisation, or a numbered "no organization". */
    final List<String> names;

    private PortfolioFacts(Portfolio portfolio, Rubric rubric) {
        this.portfolio = portfolio;
        this.rubric = rubric;
        this.labels = Labels.of(rubric.locale());
        List<String> n = new ArrayList<>();
        int unnamed = 0;
        for (PortfolioUnit u : portfolio.units()) {
            n.add(u.organization().isPresent() ? u.organization().get() : labels.format("portfolio.unnamed", ++unnamed));
        }
        this.names = List.copyOf(n);
    }

    /**
     * Checks that a portfolio and a rubric belong together and returns the portfolio's facts.
     *
     * @throws IllegalArgumentException if the portfolio is on another rubric id or edition
     */
    static PortfolioFacts of(Portfolio portfolio, Rubric rubric) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(rubric, "rubric");
        if (!portfolio.rubric().id().equals(rubric.id()) || !portfolio.rubric().edition().equals(rubric.edition())) {
            throw new IllegalArgumentException("the portfolio is on rubric " + portfolio.rubric() + " but the rubric given is " + rubric.id()
                    + " " + rubric.edition() + "; render a portfolio with a rubric of the same id and edition (any language)");
        }
        return new PortfolioFacts(portfolio, rubric);
    }

    String title() {
        return labels.format("portfolio.title", rubric.title());
    }

    int reports() {
        return portfolio.units().stream().mapToInt(u -> u.trend().size()).sum();
    }

    String unitsCount() {
        return labels.format("portfolio.unitsCount", portfolio.units().size(), reports());
    }

    /** A mean for display, e.g. "2.48", or the no-data label. */
    String value(Optional<Fraction> average) {
        return average.isPresent() ? average.get().displayValue().toPlainString() : labels.get("summary.noData");
    }

    /** E.g. "2.26 (exact 113/50, over 4 units with data)". */
    String overall() {
        GroupAverage o = portfolio.overall();
        return o.average().isEmpty() ? value(o.average())
                : labels.format("portfolio.withDetail", value(o.average()), labels.format("portfolio.exact", o.average().get(), o.units()));
    }

    String bandRange() {
        return labels.format("summary.bandRange", portfolio.targetBand().minimum().toPlainString(), portfolio.targetBand().maximum().toPlainString());
    }

    /** E.g. "BELOW 2, WITHIN 1, ABOVE 0, NO_DATA 1" (in Japanese, the badges' words). */
    String bandCounts() {
        List<String> parts = new ArrayList<>();
        portfolio.bands().forEach((band, n) -> parts.add(labels.badge(band) + " " + n));
        return String.join(labels.get("portfolio.separator"), parts);
    }

    String level1Reached() {
        return labels.format("portfolio.level1Reached", portfolio.firstLevel1Reached(), portfolio.units().size());
    }

    /** The notice naming the units whose snapshot is undated, if there are any. */
    Optional<String> undatedNotice() {
        List<String> undated = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (portfolio.units().get(i).date().isEmpty()) {
                undated.add(names.get(i));
            }
        }
        return undated.isEmpty() ? Optional.empty()
                : Optional.of(labels.format("portfolio.undatedNotice", String.join(labels.get("portfolio.separator"), undated)));
    }

    String date(PortfolioUnit u) {
        return u.date().map(Object::toString).orElse(labels.get("portfolio.undated"));
    }

    /** A unit's snapshot date, with the edition it was scored on when that is not the portfolio's. */
    String snapshot(PortfolioUnit u) {
        return u.rubric().equals(portfolio.rubric()) ? date(u) : labels.format("portfolio.dateMapped", date(u), u.rubric());
    }

    String level1(PortfolioUnit u) {
        return labels.get(u.firstLevel1().isReached() ? "portfolio.level1.yes" : "portfolio.level1.no");
    }

    /** A trend as text, e.g. "2025-10-01 1.80, 2026-04-01 2.30, undated 2.00". */
    String trend(PortfolioUnit u) {
        List<String> points = new ArrayList<>();
        for (TrendPoint t : u.trend()) {
            points.add(t.date().map(Object::toString).orElse(labels.get("portfolio.undated")) + " " + value(t.overall().average()));
        }
        return String.join(labels.get("portfolio.separator"), points);
    }

    /** One character per framework state: the level, {@code x} excluded, {@code ?} unanswered, {@code -} out of scope. */
    static char cell(FrameworkResult f) {
        return switch (f.status()) {
            case SCORED -> (char) ('0' + f.level().orElseThrow());
            case EXCLUDED -> 'x';
            case UNANSWERED -> '?';
            case OUT_OF_SCOPE -> '-';
        };
    }

    /** A unit's cells for the frameworks of one area, e.g. "1112?21". */
    static String cells(PortfolioUnit u, int area) {
        StringBuilder sb = new StringBuilder();
        u.frameworks().stream().filter(f -> f.framework().area() == area).forEach(f -> sb.append(cell(f)));
        return sb.toString();
    }

    /** The state of a framework in words: "level 3", "excluded", … */
    String state(FrameworkResult f) {
        return f.level().isPresent() ? labels.format("level.ofFive", f.level().get()) : labels.status(f.status());
    }

    String frameworkTitle(FrameworkId id) {
        return rubric.framework(id).map(Framework::title).orElse("");
    }

    /** The next level of a roadmap item in the rendering rubric's language. */
    Optional<RubricLevel> next(RoadmapItem r) {
        return r.next().map(l -> rubric.level(l.framework(), l.level()).orElse(l));
    }

    String roadmapHeading(RoadmapItem r) {
        return labels.format("portfolio.roadmap.heading", r.framework(), frameworkTitle(r.framework()), r.belowTarget(), r.shortfall(),
                portfolio.units().size());
    }

    /** E.g. "Most of them stand at level 1; the next step is level 2 | FIRST 3.1.1". */
    String roadmapStep(RoadmapItem r) {
        Optional<RubricLevel> next = next(r);
        if (next.isEmpty()) {
            return labels.format("portfolio.roadmap.noNext", r.commonLevel());
        }
        List<org.psirtmaturity.model.first.Citation> citations = next.get().citations();
        return labels.format("portfolio.roadmap.next", r.commonLevel(), next.get().level()) + " | "
                + (citations.isEmpty() ? labels.get("gaps.noCitations") : labels.format("gaps.citations", Facts.citations(citations)));
    }

    /** The Level 1 requirements with how many units meet each, e.g. ["Intake of vulnerability reports", "3 of 4"]. */
    List<String[]> level1Rows() {
        List<String[]> rows = new ArrayList<>();
        for (Requirement r : MaturityProfile.firstLevel1().requirements()) {
            String name = labels.requirement(r) + r.service().map(s -> " (" + org.psirtmaturity.scoring.Level1Assessment.frameworkOf(s) + ")").orElse("");
            rows.add(new String[] {name, labels.format("portfolio.level1Met", portfolio.level1Met().getOrDefault(r.key(), 0), portfolio.units().size())});
        }
        return rows;
    }

    static String display(BandedAverage a) {
        return Facts.display(a).orElse("-");
    }

    static boolean belowTarget(FrameworkResult f) {
        return Facts.belowTarget(f);
    }

    /** Lower-case band name for CSS classes. */
    static String bandClass(BandStatus band) {
        return band.name().toLowerCase(java.util.Locale.ROOT);
    }
}

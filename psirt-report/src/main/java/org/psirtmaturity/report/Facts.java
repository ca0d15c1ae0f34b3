package org.psirtmaturity.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.ServiceArea;
import org.psirtmaturity.model.first.Citation;
import org.psirtmaturity.model.first.Requirement;
import org.psirtmaturity.scoring.AreaResult;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.BandedAverage;
import org.psirtmaturity.scoring.Fraction;
import org.psirtmaturity.scoring.FrameworkResult;
import org.psirtmaturity.scoring.FrameworkStatus;
import org.psirtmaturity.scoring.Level1Assessment;
import org.psirtmaturity.scoring.ReportComparison;
import org.psirtmaturity.scoring.RequirementOutcome;
import org.psirtmaturity.scoring.RequirementStatus;
import org.psirtmaturity.scoring.ScoreReport;

/**
 * The facts every format shows, worded once: averages for display, titles and level texts from the
 * rendering rubric, framework states, requirement names, flags. Plain text: each format escapes it.
 */
final class Facts {

    /** The pattern of flags, compiled on first use: most reports have no flag. */
    private static final class Flags {
        static final Pattern UNDEFINED_LEVEL_PATH = Pattern.compile("answers\\[([0-9]{1,2}\\.[0-9]{1,2})\\]\\.level");
    }

    final ScoreReport report;
    final Rubric rubric;
    final Labels labels;

    private Facts(ScoreReport report, Rubric rubric, Labels labels) {
        this.report = report;
        this.rubric = rubric;
        this.labels = labels;
    }

    /**
     * Checks that a report and a rubric belong together and returns the facts of the report.
     *
     * @throws IllegalArgumentException if the report was scored against another rubric id or edition
     */
    static Facts of(ScoreReport report, Rubric rubric) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(rubric, "rubric");
        requireSameRubric(report, rubric);
        return new Facts(report, rubric, Labels.of(rubric.locale()));
    }

    /**
     * Returns the facts of the older report of a comparison, worded with the newer report's rubric
     * and labels (its rubric may be another edition, mapped by the comparison).
     */
    static Facts forComparison(ScoreReport older, Rubric rubric, Labels labels) {
        return new Facts(older, rubric, labels);
    }

    static void requireSameRubric(ScoreReport report, Rubric rubric) {
        if (!report.provenance().rubricId().equals(rubric.id()) || !report.provenance().rubricEdition().equals(rubric.edition())) {
            throw new IllegalArgumentException("the report was scored against rubric " + report.provenance().rubricId() + " "
                    + report.provenance().rubricEdition() + " but the rubric given is " + rubric.id() + " " + rubric.edition()
                    + "; render a report with a rubric of the same id and edition (any language)");
        }
    }

    /**
     * Checks that a comparison was made from the two reports given.
     *
     * @throws IllegalArgumentException if it names other rubrics than the reports, or the rubric is
     *                                  not the newer report's
     */
    static void requireComparisonOf(ReportComparison comparison, ScoreReport older, ScoreReport newer, Rubric rubric) {
        if (!comparison.older().equals(older.rubric()) || !comparison.newer().equals(newer.rubric())) {
            throw new IllegalArgumentException("the comparison is of reports on " + comparison.older() + " and " + comparison.newer()
                    + " but the reports given are on " + older.rubric() + " and " + newer.rubric());
        }
        requireSameRubric(newer, rubric);
    }

    // ---- numbers ----

    /** The display value of an average (HALF_UP, two decimals), or empty. */
    static Optional<String> display(BandedAverage average) {
        Optional<BigDecimal> value = average.displayValue();
        return value.isPresent() ? Optional.of(value.get().toPlainString()) : Optional.empty();
    }

    /** A change with its sign: {@code +0.40}, {@code -0.25}, {@code 0.00}; the sign is the exact one. */
    static String signed(Fraction change) {
        String abs = Fraction.of(Math.abs(change.numerator()), change.denominator()).displayValue().toPlainString();
        return change.signum() > 0 ? "+" + abs : change.signum() < 0 ? "-" + abs : abs;
    }

    /** A level change with its sign: {@code +1}, {@code -2}, {@code 0}. */
    static String signed(int change) {
        return change > 0 ? "+" + change : Integer.toString(change);
    }

    // ---- rubric texts ----

    String title() {
        return rubric.title();
    }

    String frameworkTitle(FrameworkId id) {
        Optional<Framework> f = rubric.framework(id);
        return f.isPresent() ? f.get().title() : "";
    }

    String areaTitle(AreaResult area) {
        Optional<ServiceArea> a = rubric.area(area.area());
        return a.isPresent() ? a.get().title() : area.title();
    }

    /** A level of the rendering rubric: its description comes in the rubric's language. */
    RubricLevel level(RubricLevel step) {
        return rubric.level(step.framework(), step.level()).orElse(step);
    }

    static String citations(List<Citation> citations) {
        StringJoiner joined = new StringJoiner(" ");
        for (Citation c : citations) {
            joined.add(c.toString());
        }
        return joined.toString();
    }

    // ---- context ----

    /** The context as label/value pairs, only what is present. */
    List<String[]> context() {
        List<String[]> rows = new ArrayList<>();
        AssessmentContext c = report.context().orElse(AssessmentContext.empty());
        if (c.organization().isPresent()) {
            rows.add(new String[] {labels.get("context.organization"), c.organization().get()});
        }
        if (c.assessor().isPresent()) {
            rows.add(new String[] {labels.get("context.assessor"), c.assessor().get()});
        }
        if (c.date().isPresent()) {
            rows.add(new String[] {labels.get("context.date"), c.date().get().toString()});
        }
        return rows;
    }

    // ---- summary ----

    /** E.g. "2.48". */
    String overallValue() {
        return display(report.overall()).orElse(labels.get("summary.noData"));
    }

    /** E.g. "exact 67/27, 27 frameworks", or empty when nothing is scored. */
    Optional<String> overallDetail() {
        Optional<Fraction> average = report.overall().average();
        return average.isPresent() ? Optional.of(labels.format("summary.exact", average.get(), report.overall().frameworks()))
                : Optional.empty();
    }

    /** E.g. "2.5 to 3.0". */
    String bandRange() {
        return labels.format("summary.bandRange", report.targetBand().minimum().toPlainString(),
                report.targetBand().maximum().toPlainString());
    }

    /** E.g. "BELOW: below the target band". */
    String bandStatus() {
        return labels.bandStatus(report.overall().band());
    }

    String completenessCounts() {
        var c = report.completeness();
        return labels.format("completeness.counts", c.scored(), c.excluded(), c.unanswered(), c.outOfScope(), c.frameworks());
    }

    /** The partial notice, or empty for a complete assessment. */
    Optional<String> partialNotice() {
        var c = report.completeness();
        return c.isPartial() ? Optional.of(labels.format("completeness.partial", c.unanswered())) : Optional.empty();
    }

    String averagingMethod() {
        return labels.get("averaging." + report.provenance().options().averaging().name());
    }

    // ---- frameworks ----

    /** The state of a framework other than its level: "excluded (reason)", "unanswered", "out of scope". */
    String state(FrameworkResult f) {
        if (f.status() == FrameworkStatus.EXCLUDED && f.exclusionReason().isPresent()) {
            return labels.format("status.excludedReason", f.exclusionReason().get());
        }
        return labels.status(f.status());
    }

    /** The target shown for a framework: its target level, or empty where no target applies. */
    static Optional<Integer> shownTarget(FrameworkResult f) {
        return f.status() == FrameworkStatus.SCORED || f.status() == FrameworkStatus.UNANSWERED ? Optional.of(f.target())
                : Optional.empty();
    }

    /** Whether a scored framework lies below its target. */
    static boolean belowTarget(FrameworkResult f) {
        return f.level().isPresent() && f.level().get() < f.target();
    }

    /** A text bar of five cells, e.g. {@code ███░░} for level 3. */
    static String bar(int level) {
        return "█".repeat(level) + "░".repeat(RubricLevel.MAX - level);
    }

    /** The frameworks of an area, in order. */
    List<FrameworkResult> frameworksOf(int area) {
        List<FrameworkResult> of = new ArrayList<>();
        for (FrameworkResult f : report.frameworks()) {
            if (f.framework().area() == area) {
                of.add(f);
            }
        }
        return Collections.unmodifiableList(of);
    }

    // ---- FIRST Maturity Level 1 ----

    String level1Summary() {
        Level1Assessment l1 = report.firstLevel1();
        return labels.format("level1.summary", l1.isReached() ? labels.get("level1.reached") : labels.get("level1.notReached"),
                labels.format("level1.counts", l1.met().size(), l1.missing().size(), l1.unknown().size()),
                labels.format("level1.threshold", l1.threshold()));
    }

    /** The requirement's name, with its framework and the level scored, e.g. "Intake (2.1, level 2)". */
    String requirement(RequirementOutcome o) {
        Requirement r = o.requirement();
        String name = labels.requirement(r);
        if (r.service().isPresent()) {
            String id = Level1Assessment.frameworkOf(r.service().get()).toString();
            return name + " (" + (o.level().isPresent() ? labels.format("level1.frameworkLevel", id, o.level().get()) : id) + ")";
        }
        return name;
    }

    static String statusClass(RequirementStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    // ---- flags ----

    /**
     * A flag in the labels' language: an answer at an undefined level is re-worded with the
     * framework's title; any other flag is shown as the report has it ({@code path: message [code]}).
     */
    String flag(Problem p) {
        Matcher m = Flags.UNDEFINED_LEVEL_PATH.matcher(p.path());
        if (p.code().equals("answer.level.undefined") && m.matches() && FrameworkId.isWellFormed(m.group(1))) {
            FrameworkId id = FrameworkId.parse(m.group(1));
            Optional<Integer> level = report.framework(id).flatMap(FrameworkResult::level);
            if (level.isPresent()) {
                return labels.format("flags.undefinedLevel", id, frameworkTitle(id), level.get()) + " [" + p.code() + "]";
            }
        }
        return p.toString();
    }

    // ---- provenance ----

    List<String[]> provenance() {
        var p = report.provenance();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {labels.get("provenance.rubric"), p.rubricId() + " " + p.rubricEdition()});
        rows.add(new String[] {labels.get("provenance.locale"), p.rubricLocale().toLanguageTag()
                + (p.rubricLocale().equals(rubric.locale()) ? "" : " " + labels.format("provenance.renderedIn", rubric.locale().toLanguageTag()))});
        rows.add(new String[] {labels.get("provenance.digest"), p.rubricDigest()});
        rows.add(new String[] {labels.get("provenance.numbering"), p.numbering().name()});
        rows.add(new String[] {labels.get("provenance.averaging"), averagingMethod()});
        rows.add(new String[] {labels.get("provenance.libraryVersion"), p.libraryVersion()});
        return rows;
    }
}

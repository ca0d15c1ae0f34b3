package org.psirtmaturity.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.FrameworkId;

/**
 * Compares score reports: two at a time ({@link #compare}), or a series over time ({@link #trend}).
 * Pure functions, thread-safe.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /**
     * Compares two reports scored against the same rubric id and edition.
     *
     * @param older the earlier report
     * @param newer the later report
     * @return per-framework, per-area and overall changes, exact
     * @throws IllegalArgumentException if the reports' rubric ids or editions differ; compare those
     *                                  with {@link #compare(ScoreReport, ScoreReport, EditionMapping)}
     */
    public static ReportComparison compare(ScoreReport older, ScoreReport newer) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        if (!older.rubric().equals(newer.rubric())) {
            throw new IllegalArgumentException("cannot compare a report on rubric " + older.rubric() + " with one on rubric "
                    + newer.rubric() + ": their frameworks may not correspond; pass an EditionMapping that says how they do");
        }
        return compare(older, newer, EditionMapping.identity(older.rubric(), newer.rubric()));
    }

    /**
     * Compares two reports, mapping the older report's frameworks onto the newer's.
     *
     * @param older   the earlier report
     * @param newer   the later report
     * @param mapping how the older rubric's frameworks correspond to the newer's
     * @return per-framework, per-area and overall changes, exact
     * @throws IllegalArgumentException if the mapping is not from the older report's rubric to the
     *                                  newer report's
     */
    public static ReportComparison compare(ScoreReport older, ScoreReport newer, EditionMapping mapping) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(mapping, "mapping");
        if (!mapping.from().equals(older.rubric()) || !mapping.to().equals(newer.rubric())) {
            throw new IllegalArgumentException("the edition mapping goes from " + mapping.from() + " to " + mapping.to()
                    + ", but the reports are on " + older.rubric() + " and " + newer.rubric());
        }
        Map<FrameworkId, FrameworkResult> olderByNewId = new LinkedHashMap<>();
        for (FrameworkResult f : older.frameworks()) {
            olderByNewId.put(mapping.map(f.framework()), f);
        }
        List<FrameworkDelta> frameworks = new ArrayList<>();
        for (FrameworkResult n : newer.frameworks()) {
            frameworks.add(new FrameworkDelta(n.framework(), Optional.ofNullable(olderByNewId.remove(n.framework())), Optional.of(n)));
        }
        olderByNewId.forEach((id, o) -> frameworks.add(new FrameworkDelta(id, Optional.of(o), Optional.empty())));

        Map<Integer, AreaResult> olderAreas = new LinkedHashMap<>();
        for (AreaResult a : older.areas()) {
            olderAreas.put(a.area(), a);
        }
        List<AreaDelta> areas = new ArrayList<>();
        for (AreaResult n : newer.areas()) {
            areas.add(new AreaDelta(n.area(), Optional.ofNullable(olderAreas.remove(n.area())), Optional.of(n)));
        }
        olderAreas.forEach((number, o) -> areas.add(new AreaDelta(number, Optional.of(o), Optional.empty())));

        return new ReportComparison(older.rubric(), newer.rubric(), new AverageDelta(older.overall(), newer.overall()), areas, frameworks);
    }

    /**
     * Returns the overall averages of a series of reports, in chronological order of their assessment
     * dates. Reports with the same date keep their order in the list; reports without a date follow
     * the dated ones, in their order in the list. Reports on different rubrics may be mixed: each
     * point names its rubric.
     *
     * @param reports the reports, in any order
     * @return one point per report
     */
    public static List<TrendPoint> trend(List<ScoreReport> reports) {
        List<TrendPoint> points = new ArrayList<>();
        for (ScoreReport r : reports) {
            points.add(new TrendPoint(r.context().flatMap(AssessmentContext::date), r.rubric(), r.overall()));
        }
        points.sort(Comparator.comparing(TrendPoint::date, Comparator.comparing((Optional<LocalDate> d) -> d.isEmpty())
                .thenComparing(d -> d.orElse(LocalDate.MIN))));
        return List.copyOf(points);
    }
}

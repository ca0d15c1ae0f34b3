package org.psirtmaturity.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;

/**
 * The result of {@link Scoring#score}: averages, band statuses, completeness, gaps, FIRST Maturity
 * Level 1 coverage and flags, with the provenance needed to reproduce it. Immutable; everything is in
 * rubric order, so the report does not depend on the order of the answers.
 *
 * @param provenance   the rubric content, options and library version used
 * @param context      the assessment's context (organisation, assessor, date)
 * @param overall      the overall average over the included frameworks and its band status
 * @param targetBand   the band used (the options' band, or the rubric's)
 * @param completeness how much of the rubric is answered
 * @param areas        each service area, in order; copied
 * @param frameworks   each framework of the rubric, in order; copied
 * @param gaps         the scored frameworks below their targets, largest gap first (see {@link Scoring}); copied
 * @param firstLevel1  how the assessment covers FIRST Maturity Level 1
 * @param flags        answers the report flags without rejecting them (answers at undefined levels,
 *                     code {@code answer.level.undefined}), in framework order; copied
 */
public record ScoreReport(
        Provenance provenance,
        Optional<AssessmentContext> context,
        BandedAverage overall,
        TargetBand targetBand,
        Completeness completeness,
        List<AreaResult> areas,
        List<FrameworkResult> frameworks,
        List<Gap> gaps,
        Level1Assessment firstLevel1,
        List<Problem> flags) {

    /**
     * Checks for nulls and copies.
     *
     * @throws NullPointerException if an argument or an element is null
     */
    public ScoreReport {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(targetBand, "targetBand");
        Objects.requireNonNull(completeness, "completeness");
        areas = List.copyOf(areas);
        frameworks = List.copyOf(frameworks);
        gaps = List.copyOf(gaps);
        Objects.requireNonNull(firstLevel1, "firstLevel1");
        flags = List.copyOf(flags);
    }

    /**
     * Returns the rubric the report was scored against.
     *
     * @return its id and edition
     */
    public RubricRef rubric() {
        return provenance.rubric();
    }

    /**
     * Looks a framework up.
     *
     * @param id the framework id
     * @return its result, or empty if the rubric has no such framework
     */
    public Optional<FrameworkResult> framework(FrameworkId id) {
        return frameworks.stream().filter(f -> f.framework().equals(id)).findFirst();
    }

    /**
     * Looks an area up.
     *
     * @param number the area number
     * @return its result, or empty if the rubric has no such area
     */
    public Optional<AreaResult> area(int number) {
        return areas.stream().filter(a -> a.area() == number).findFirst();
    }
}

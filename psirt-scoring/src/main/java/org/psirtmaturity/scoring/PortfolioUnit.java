package org.psirtmaturity.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of a {@link Portfolio}: its snapshot (its latest report, see {@link Portfolio}) and its trend.
 *
 * @param organization the unit's organisation, empty for an assessment without one (each such
 *                     assessment is a unit of its own)
 * @param date         the snapshot's assessment date; empty when the unit has no dated report
 * @param rubric       the rubric the snapshot was scored against
 * @param overall      the snapshot's overall average, placed against the portfolio's band
 * @param frameworks   the snapshot's result for each framework of the portfolio's rubric, in its
 *                     order, ids mapped to that rubric; copied
 * @param firstLevel1  the snapshot's FIRST Maturity Level 1 coverage
 * @param trend        a point for every report of the unit, by date, undated last (see {@link Portfolio}); copied
 */
public record PortfolioUnit(Optional<String> organization, Optional<LocalDate> date, RubricRef rubric, BandedAverage overall,
        List<FrameworkResult> frameworks, Level1Assessment firstLevel1, List<TrendPoint> trend) {

    /**
     * Checks for nulls and copies.
     *
     * @throws NullPointerException if an argument or an element is null
     */
    public PortfolioUnit {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(overall, "overall");
        frameworks = List.copyOf(frameworks);
        Objects.requireNonNull(firstLevel1, "firstLevel1");
        trend = List.copyOf(trend);
    }
}

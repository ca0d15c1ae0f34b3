package org.psirtmaturity.model;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Objects;

/**
 * How a rubric edition says it should be used: the average to aim for and how often to re-score.
 *
 * <p>The maturity sheet says: aim, for the time being, for an average over the frameworks of 2.5 to
 * 3.0, and re-score every six months to a year (and after reorganisations, process changes or a
 * high-impact incident). The band is inclusive at both edges.
 *
 * @param targetMinimum   the lower edge of the target band, inclusive, 0 to 5
 * @param targetMaximum   the upper edge of the target band, inclusive, not below the minimum
 * @param shortestRescoringInterval the shortest recommended interval between scorings
 * @param longestRescoringInterval  the longest recommended interval between scorings
 */
public record UsageGuidance(
        BigDecimal targetMinimum,
        BigDecimal targetMaximum,
        Period shortestRescoringInterval,
        Period longestRescoringInterval) {

    /** The maturity sheet's guidance: target 2.5 to 3.0, re-score every 6 to 12 months. */
    public static final UsageGuidance MATURITY_SHEET = new UsageGuidance(
            new BigDecimal("2.5"), new BigDecimal("3.0"), Period.ofMonths(6), Period.ofMonths(12));

    /**
     * Checks the band.
     *
     * @throws IllegalArgumentException if an edge lies outside 0 to 5 or the minimum exceeds the maximum
     * @throws NullPointerException     if an argument is null
     */
    public UsageGuidance {
        Objects.requireNonNull(targetMinimum, "targetMinimum");
        Objects.requireNonNull(targetMaximum, "targetMaximum");
        Objects.requireNonNull(shortestRescoringInterval, "shortestRescoringInterval");
        Objects.requireNonNull(longestRescoringInterval, "longestRescoringInterval");
        if (targetMinimum.signum() < 0 || targetMaximum.compareTo(BigDecimal.valueOf(RubricLevel.MAX)) > 0
                || targetMinimum.compareTo(targetMaximum) > 0) {
            throw new IllegalArgumentException("target band must satisfy 0 <= minimum <= maximum <= 5, got "
                    + targetMinimum + " to " + targetMaximum);
        }
    }
}

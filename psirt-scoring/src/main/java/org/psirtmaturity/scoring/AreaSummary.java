package org.psirtmaturity.scoring;

import java.util.Objects;

/**
 * One service area in a {@link Portfolio}: the mean of the units' area averages.
 *
 * @param area    the area number
 * @param title   the area's title in the language of the portfolio's rubric
 * @param average the mean over the units that scored a framework of the area
 */
public record AreaSummary(int area, String title, GroupAverage average) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public AreaSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(average, "average");
    }
}

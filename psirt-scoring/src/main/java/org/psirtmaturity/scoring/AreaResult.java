package org.psirtmaturity.scoring;

import java.util.Objects;

/**
 * One service area in a score report.
 *
 * @param area    the area number
 * @param title   the area's title in the rubric's language
 * @param average the mean of the area's included frameworks, and its band status
 */
public record AreaResult(int area, String title, BandedAverage average) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public AreaResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(average, "average");
    }
}

package org.psirtmaturity.scoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One report in a trend.
 *
 * @param date    the assessment date from the report's context, if known
 * @param rubric  the rubric the report was scored against
 * @param overall the overall average and its band status
 */
public record TrendPoint(Optional<LocalDate> date, RubricRef rubric, BandedAverage overall) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public TrendPoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(overall, "overall");
    }
}

package org.psirtmaturity.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * The mean of one figure over the units of a {@link Portfolio}, each unit weighing the same.
 *
 * @param average the exact mean, empty when no unit has the figure
 * @param units   how many units have the figure and were averaged
 * @param band    where the mean lies relative to the portfolio's target band; {@link BandStatus#NO_DATA}
 *                exactly when there is no mean
 */
public record GroupAverage(Optional<Fraction> average, int units, BandStatus band) {

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException if the band is NO_DATA while a mean is present (or the reverse), or
     *                                  {@code units} is negative, or zero with a mean
     * @throws NullPointerException     if an argument is null
     */
    public GroupAverage {
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(band, "band");
        if (average.isEmpty() != (band == BandStatus.NO_DATA) || units < 0 || (average.isPresent() == (units == 0))) {
            throw new IllegalArgumentException("a mean goes with units and a band other than NO_DATA, got " + units + " and " + band);
        }
    }
}

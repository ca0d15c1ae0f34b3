package org.psirtmaturity.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact average and where it lies relative to the target band.
 *
 * @param average    the exact average, empty when nothing is scored
 * @param frameworks how many frameworks were averaged (directly, or through their area averages)
 * @param band       where the average lies; {@link BandStatus#NO_DATA} exactly when there is no average
 */
public record BandedAverage(Optional<Fraction> average, int frameworks, BandStatus band) {

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException if {@code band} is NO_DATA while an average is present (or the
     *                                  reverse), or {@code frameworks} is negative, or zero with an average
     * @throws NullPointerException     if an argument is null
     */
    public BandedAverage {
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(band, "band");
        if (average.isEmpty() != (band == BandStatus.NO_DATA)) {
            throw new IllegalArgumentException("NO_DATA goes with an empty average and only with it");
        }
        if (frameworks < 0 || (average.isPresent() && frameworks == 0)) {
            throw new IllegalArgumentException("an average needs at least one framework, got " + frameworks);
        }
    }

    /**
     * Returns the average for display: rounded HALF_UP to two decimals ({@link Fraction#displayValue()}).
     *
     * @return the rounded average, empty when nothing is scored
     */
    public Optional<BigDecimal> displayValue() {
        return average.map(Fraction::displayValue);
    }
}

package org.psirtmaturity.scoring;

import java.util.Optional;

import org.psirtmaturity.model.UsageGuidance;

/**
 * A {@link TargetBand} with its edges converted once to exact {@link Fraction}s, so that placing the
 * averages of a report costs {@code long} arithmetic only: {@link TargetBand#status(Fraction)}
 * compares with the {@link java.math.BigDecimal} edges, which makes decimals for every comparison.
 * The results are the same, exactly; an edge that does not convert ({@link Fraction#exact}) is
 * compared as a decimal, as {@link TargetBand} does.
 */
final class ExactBand {

    /** The maturity sheet's band, the usual one, converted once. */
    private static final ExactBand SHEET = new ExactBand(TargetBand.of(UsageGuidance.MATURITY_SHEET));

    private final TargetBand band;
    private final Fraction minimum;
    private final Fraction maximum;

    private ExactBand(TargetBand band) {
        this.band = band;
        this.minimum = Fraction.exact(band.minimum());
        this.maximum = Fraction.exact(band.maximum());
    }

    /**
     * Converts a band.
     *
     * @param band the band
     * @return the band with exact edges
     */
    static ExactBand of(TargetBand band) {
        return band.equals(SHEET.band) ? SHEET : new ExactBand(band);
    }

    /**
     * Places an average, as {@link TargetBand#status(Fraction)} does.
     *
     * @param average the average
     * @return below, within or above the band
     */
    BandStatus status(Fraction average) {
        int low = minimum != null ? average.compareTo(minimum) : average.compareTo(band.minimum());
        if (low < 0) {
            return BandStatus.BELOW;
        }
        int high = maximum != null ? average.compareTo(maximum) : average.compareTo(band.maximum());
        return high > 0 ? BandStatus.ABOVE : BandStatus.WITHIN;
    }

    /**
     * Places an average, if there is one, as {@link TargetBand#status(Optional)} does.
     *
     * @param average the average, empty when nothing is scored
     * @return the status, {@link BandStatus#NO_DATA} for an empty average
     */
    BandStatus status(Optional<Fraction> average) {
        return average.isPresent() ? status(average.get()) : BandStatus.NO_DATA;
    }
}

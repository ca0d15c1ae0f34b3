package org.psirtmaturity.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.UsageGuidance;

/**
 * The band an average should lie in, inclusive at both edges. The maturity sheet's own band is 2.5
 * to 3.0 ({@link UsageGuidance#MATURITY_SHEET}). Comparisons with the edges are exact: an average of
 * exactly 2.5 or 3.0 is {@link BandStatus#WITHIN}; 499/200 (2.495, shown as 2.50) is
 * {@link BandStatus#BELOW}.
 *
 * @param minimum the lower edge, inclusive
 * @param maximum the upper edge, inclusive
 */
public record TargetBand(BigDecimal minimum, BigDecimal maximum) {

    /** The maturity sheet's band, made once: {@link #of} is called for every report scored with the rubric's band. */
    private static final TargetBand SHEET = new TargetBand(UsageGuidance.MATURITY_SHEET.targetMinimum(),
            UsageGuidance.MATURITY_SHEET.targetMaximum());

    /**
     * Checks the edges.
     *
     * @throws IllegalArgumentException unless {@code 0 <= minimum <= maximum <= 5}
     * @throws NullPointerException     if an argument is null
     */
    public TargetBand {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.signum() < 0 || maximum.compareTo(BigDecimal.valueOf(RubricLevel.MAX)) > 0 || minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("a target band needs 0 <= minimum <= maximum <= 5, got " + minimum + " to " + maximum);
        }
    }

    /**
     * Returns the band of a rubric's usage guidance.
     *
     * @param guidance the guidance
     * @return its target band
     */
    public static TargetBand of(UsageGuidance guidance) {
        return guidance == UsageGuidance.MATURITY_SHEET ? SHEET : new TargetBand(guidance.targetMinimum(), guidance.targetMaximum());
    }

    /**
     * Places an average relative to the band, exactly.
     *
     * @param average the average
     * @return {@link BandStatus#BELOW}, {@link BandStatus#WITHIN} or {@link BandStatus#ABOVE}
     */
    public BandStatus status(Fraction average) {
        if (average.compareTo(minimum) < 0) {
            return BandStatus.BELOW;
        }
        return average.compareTo(maximum) > 0 ? BandStatus.ABOVE : BandStatus.WITHIN;
    }

    /**
     * Places an average, if there is one.
     *
     * @param average the average, empty when nothing is scored
     * @return the status, {@link BandStatus#NO_DATA} for an empty average
     */
    public BandStatus status(Optional<Fraction> average) {
        return average.isPresent() ? status(average.get()) : BandStatus.NO_DATA;
    }

    /**
     * Returns e.g. {@code 2.5 to 3.0}.
     *
     * @return the band as text
     */
    @Override
    public String toString() {
        return minimum.toPlainString() + " to " + maximum.toPlainString();
    }
}

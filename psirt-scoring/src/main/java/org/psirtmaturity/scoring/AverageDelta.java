package org.psirtmaturity.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * How an average changed between two reports.
 *
 * @param older the older report's average
 * @param newer the newer report's average
 */
public record AverageDelta(BandedAverage older, BandedAverage newer) {

    /**
     * Checks for nulls.
     *
     * @throws NullPointerException if an argument is null
     */
    public AverageDelta {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
    }

    /**
     * Returns the exact change.
     *
     * @return {@code newer - older}, empty unless both reports have an average
     */
    public Optional<Fraction> change() {
        return older.average().flatMap(o -> newer.average().map(n -> n.minus(o)));
    }

    /**
     * Tells whether the band status changed, e.g. from BELOW to WITHIN.
     *
     * @return true if the statuses differ
     */
    public boolean bandChanged() {
        return older.band() != newer.band();
    }
}

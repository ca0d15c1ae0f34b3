package org.psirtmaturity.scoring;

/** Where an average lies relative to the target band. */
public enum BandStatus {
    /** Below the band's minimum. */
    BELOW,
    /** Between the minimum and the maximum, both inclusive. */
    WITHIN,
    /** Above the band's maximum. */
    ABOVE,
    /** Nothing to average: no framework is scored. */
    NO_DATA
}

package org.psirtmaturity.scoring;

/**
 * How the overall average is formed. Area averages are always the mean of the area's included
 * frameworks.
 */
public enum AveragingMethod {
    /**
     * The mean over every included framework (scored, not excluded, in scope): the sheet's own
     * measure, and the default.
     */
    FRAMEWORK_MEAN,
    /**
     * The mean of the area averages, so that each service area weighs the same whatever its number
     * of frameworks; areas with no included framework are skipped.
     */
    AREA_MEAN
}

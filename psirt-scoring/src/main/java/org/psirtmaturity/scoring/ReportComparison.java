package org.psirtmaturity.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The differences between an older and a newer score report.
 *
 * @param older      the older report's rubric
 * @param newer      the newer report's rubric
 * @param overall    the change of the overall average and its band status
 * @param areas      the change of each area, in the newer report's order, then areas only the older has; copied
 * @param frameworks the change of each framework, in the newer report's order, then frameworks only
 *                   the older has; copied
 */
public record ReportComparison(RubricRef older, RubricRef newer, AverageDelta overall, List<AreaDelta> areas,
        List<FrameworkDelta> frameworks) {

    /**
     * Checks for nulls and copies.
     *
     * @throws NullPointerException if an argument or element is null
     */
    public ReportComparison {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(overall, "overall");
        areas = List.copyOf(areas);
        frameworks = List.copyOf(frameworks);
    }

    /**
     * Returns the frameworks scored higher in the newer report.
     *
     * @return the deltas with a positive change, in order
     */
    public List<FrameworkDelta> improved() {
        return frameworks.stream().filter(FrameworkDelta::isImproved).toList();
    }

    /**
     * Returns the frameworks scored lower in the newer report.
     *
     * @return the deltas with a negative change, in order
     */
    public List<FrameworkDelta> regressed() {
        return frameworks.stream().filter(FrameworkDelta::isRegressed).toList();
    }
}

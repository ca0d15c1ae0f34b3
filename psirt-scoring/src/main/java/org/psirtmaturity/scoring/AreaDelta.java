package org.psirtmaturity.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * How one service area changed between two reports.
 *
 * @param area  the area number
 * @param older the area in the older report, empty if that rubric has no such area
 * @param newer the area in the newer report, empty if that rubric has no such area
 */
public record AreaDelta(int area, Optional<AreaResult> older, Optional<AreaResult> newer) {

    /**
     * Checks for nulls.
     *
     * @throws IllegalArgumentException if neither side is present
     * @throws NullPointerException     if an argument is null
     */
    public AreaDelta {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        if (older.isEmpty() && newer.isEmpty()) {
            throw new IllegalArgumentException("area " + area + " is in neither report");
        }
    }

    /**
     * Returns the change of the area's average.
     *
     * @return the delta, empty unless the area is in both reports
     */
    public Optional<AverageDelta> delta() {
        return older.flatMap(o -> newer.map(n -> new AverageDelta(o.average(), n.average())));
    }
}

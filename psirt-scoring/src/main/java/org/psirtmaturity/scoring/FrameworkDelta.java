package org.psirtmaturity.scoring;

import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.FrameworkId;

/**
 * How one framework changed between two reports.
 *
 * @param framework the framework's id in the newer report's rubric (after any {@link EditionMapping})
 * @param older     the framework in the older report (under its own id), empty if it has no such framework
 * @param newer     the framework in the newer report, empty if it has no such framework
 */
public record FrameworkDelta(FrameworkId framework, Optional<FrameworkResult> older, Optional<FrameworkResult> newer) {

    /**
     * Checks for nulls.
     *
     * @throws IllegalArgumentException if neither side is present
     * @throws NullPointerException     if an argument is null
     */
    public FrameworkDelta {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        if (older.isEmpty() && newer.isEmpty()) {
            throw new IllegalArgumentException("framework " + framework + " is in neither report");
        }
    }

    /**
     * Returns the change of level.
     *
     * @return {@code newer - older}, empty unless the framework is scored in both reports
     */
    public Optional<Integer> change() {
        return older.flatMap(FrameworkResult::level).flatMap(o -> newer.flatMap(FrameworkResult::level).map(n -> n - o));
    }

    /**
     * Tells whether the level rose.
     *
     * @return true if scored in both reports, higher in the newer
     */
    public boolean isImproved() {
        return change().filter(c -> c > 0).isPresent();
    }

    /**
     * Tells whether the level fell.
     *
     * @return true if scored in both reports, lower in the newer
     */
    public boolean isRegressed() {
        return change().filter(c -> c < 0).isPresent();
    }
}

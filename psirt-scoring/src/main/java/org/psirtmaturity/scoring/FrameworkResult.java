package org.psirtmaturity.scoring;

import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.RubricLevel;

/**
 * One framework in a score report.
 *
 * @param framework       the framework
 * @param status          scored, excluded, unanswered or out of scope
 * @param level           the level, present exactly when {@link FrameworkStatus#SCORED scored}
 * @param exclusionReason the reason given for an exclusion, if any
 * @param target          the target level used for gaps, 0 to 5
 */
public record FrameworkResult(
        FrameworkId framework,
        FrameworkStatus status,
        Optional<Integer> level,
        Optional<String> exclusionReason,
        int target) {

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException if the level is present but the status is not SCORED (or the
     *                                  reverse), a reason is given without an exclusion, or a level is
     *                                  outside 0 to 5
     * @throws NullPointerException     if an argument is null
     */
    public FrameworkResult {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(exclusionReason, "exclusionReason");
        if (level.isPresent() != (status == FrameworkStatus.SCORED)) {
            throw new IllegalArgumentException("framework " + framework + ": a level goes with status SCORED and only with it");
        }
        if (exclusionReason.isPresent() && status != FrameworkStatus.EXCLUDED) {
            throw new IllegalArgumentException("framework " + framework + ": only an exclusion has a reason");
        }
        level.ifPresent(RubricLevel::requireLevel);
        RubricLevel.requireLevel(target);
    }

    /**
     * Tells whether the framework counts in the averages.
     *
     * @return true when scored
     */
    public boolean isIncluded() {
        return status == FrameworkStatus.SCORED;
    }
}

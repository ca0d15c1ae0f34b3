package org.psirtmaturity.scoring;

import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.RubricLevel;

/**
 * One framework of a {@link Portfolio}'s group roadmap: where the group should invest.
 *
 * @param framework   the framework
 * @param belowTarget how many units scored it below their target level, at least 1
 * @param shortfall   the levels missing to those targets, summed over those units
 * @param commonLevel the most common level among those units (the lower one on a tie)
 * @param next        the lowest level the rubric defines above {@code commonLevel}, with its text and
 *                    FIRST citations, in the language of the portfolio's rubric
 */
public record RoadmapItem(FrameworkId framework, int belowTarget, int shortfall, int commonLevel, Optional<RubricLevel> next) {

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException if {@code belowTarget} or {@code shortfall} is below 1, or
     *                                  {@code commonLevel} is outside 0 to 4
     * @throws NullPointerException     if an argument is null
     */
    public RoadmapItem {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(next, "next");
        if (belowTarget < 1 || shortfall < belowTarget || commonLevel < 0 || commonLevel >= RubricLevel.MAX) {
            throw new IllegalArgumentException("framework " + framework + ": a roadmap item needs units below target, got " + belowTarget);
        }
    }
}

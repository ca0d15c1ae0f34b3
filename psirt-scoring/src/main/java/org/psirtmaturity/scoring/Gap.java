package org.psirtmaturity.scoring;

import java.util.List;
import java.util.Objects;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.RubricLevel;

/**
 * A scored framework below its target level, with the rubric levels to climb.
 *
 * @param framework             the framework
 * @param current               the level scored
 * @param target                the target level, above {@code current}
 * @param requiredByFirstLevel1 whether FIRST Maturity Level 1 requires the framework's service
 *                              (2.1, 3.1, 3.3, 4.2, 5.3)
 * @param steps                 levels {@code current + 1} to {@code target} in order, each with its
 *                              description (or none, for a level the rubric leaves undefined) and
 *                              its FIRST citations; copied
 */
public record Gap(FrameworkId framework, int current, int target, boolean requiredByFirstLevel1, List<RubricLevel> steps) {

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException if {@code current >= target}, a level is outside 0 to 5, or
     *                                  the steps are not the framework's levels {@code current + 1}
     *                                  to {@code target}
     * @throws NullPointerException     if an argument or a step is null
     */
    public Gap {
        Objects.requireNonNull(framework, "framework");
        steps = List.copyOf(steps);
        RubricLevel.requireLevel(current);
        RubricLevel.requireLevel(target);
        if (current >= target) {
            throw new IllegalArgumentException("a gap needs current < target, got " + current + " and " + target);
        }
        if (steps.size() != target - current) {
            throw new IllegalArgumentException("framework " + framework + ": expected the " + (target - current) + " levels above " + current);
        }
        for (int i = 0; i < steps.size(); i++) {
            RubricLevel s = steps.get(i);
            if (!s.framework().equals(framework) || s.level() != current + 1 + i) {
                throw new IllegalArgumentException("framework " + framework + ": step " + i + " must be level " + (current + 1 + i));
            }
        }
    }

    /**
     * Returns the number of levels to climb.
     *
     * @return {@code target - current}, at least 1
     */
    public int size() {
        return target - current;
    }

    /**
     * Tells whether a level on the way has no description in the rubric.
     *
     * @return true if some step is undefined
     */
    public boolean hasUndefinedSteps() {
        return steps.stream().anyMatch(s -> !s.isDefined());
    }
}

package org.psirtmaturity.scoring;

import java.util.List;
import java.util.Objects;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.RubricLevel;

/**
 * A scored framework below its target level, with the rubric levels to climb. A gap always leads to a
 * level the rubric defines: when the level asked for (the options' default target, e.g. 3) is one the
 * rubric leaves undefined for this framework (e.g. 4.4 and 5.4 define only levels 4 and 5), the gap
 * targets the nearest defined level above it, or, if there is none, the highest defined level below
 * it, and {@link #isTargetAdjusted()} says so.
 *
 * @param framework             the framework
 * @param current               the level scored
 * @param target                the level the gap leads to: defined in the rubric, above {@code current}
 * @param requestedTarget       the target level asked for, which differs from {@code target} when that
 *                              level is undefined for this framework
 * @param requiredByFirstLevel1 whether FIRST Maturity Level 1 requires the framework's service
 *                              (2.1, 3.1, 3.3, 4.2, 5.3)
 * @param steps                 the levels the rubric defines from {@code current + 1} to {@code target},
 *                              in order, each with its description and FIRST citations; the last is
 *                              {@code target}; copied
 */
public record Gap(FrameworkId framework, int current, int target, int requestedTarget, boolean requiredByFirstLevel1,
        List<RubricLevel> steps) {

    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException if {@code current >= target}, a level is outside 0 to 5, or
     *                                  the steps are not defined levels of the framework, rising, above
     *                                  {@code current} and ending at {@code target}
     * @throws NullPointerException     if an argument or a step is null
     */
    public Gap {
        Objects.requireNonNull(framework, "framework");
        steps = List.copyOf(steps);
        RubricLevel.requireLevel(current);
        RubricLevel.requireLevel(target);
        RubricLevel.requireLevel(requestedTarget);
        if (current >= target) {
            throw new IllegalArgumentException("a gap needs current < target, got " + current + " and " + target);
        }
        int previous = current;
        for (RubricLevel s : steps) {
            if (!s.framework().equals(framework) || s.level() <= previous || !s.isDefined()) {
                throw new IllegalArgumentException("framework " + framework + ": the steps must be rising defined levels above " + current
                        + ", got level " + s.level() + " of " + s.framework());
            }
            previous = s.level();
        }
        if (previous != target) {
            throw new IllegalArgumentException("framework " + framework + ": the steps must end at the target " + target);
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
     * Tells whether the gap leads to another level than the one asked for, because the rubric leaves
     * that level undefined for this framework.
     *
     * @return true if {@code target != requestedTarget}
     */
    public boolean isTargetAdjusted() {
        return target != requestedTarget;
    }
}

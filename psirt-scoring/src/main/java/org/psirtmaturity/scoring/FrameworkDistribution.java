package org.psirtmaturity.scoring;

import java.util.List;
import java.util.Objects;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.RubricLevel;

/**
 * How the units of a {@link Portfolio} stand on one framework. Every unit is counted exactly once:
 * {@code sum(levels) + excluded + unanswered + outOfScope} is the number of units.
 *
 * @param framework   the framework
 * @param levels      how many units scored it at each level, index 0 to 5; copied
 * @param excluded    how many units excluded it
 * @param unanswered  how many units left it unanswered
 * @param outOfScope  how many units' rubric marks it out of scope (framework 6.3 of the sheet: all or none)
 * @param average     the mean level over the units that scored it
 * @param belowTarget how many units scored it below their target level ({@link FrameworkResult#target()})
 * @param shortfall   the levels missing to those targets, summed over those units
 */
public record FrameworkDistribution(FrameworkId framework, List<Integer> levels, int excluded, int unanswered, int outOfScope,
        GroupAverage average, int belowTarget, int shortfall) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException unless there are six counts; or if a count is negative
     * @throws NullPointerException     if an argument or a count is null
     */
    public FrameworkDistribution {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(average, "average");
        levels = List.copyOf(levels);
        if (levels.size() != RubricLevel.MAX + 1 || levels.stream().anyMatch(n -> n < 0)
                || (excluded | unanswered | outOfScope | belowTarget | shortfall) < 0) {
            throw new IllegalArgumentException("framework " + framework + ": six level counts and no negative count, got " + levels);
        }
    }
}

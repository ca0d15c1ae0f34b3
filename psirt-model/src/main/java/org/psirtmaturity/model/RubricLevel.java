package org.psirtmaturity.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.psirtmaturity.model.first.Citation;

/**
 * One maturity level of one framework: its description, or the fact that the sheet leaves it
 * undefined (the cell holds only 「─」), and the FIRST citations the description makes.
 *
 * @param framework   the framework the level belongs to
 * @param level       the level, {@value #MIN} to {@value #MAX}
 * @param description the level's text as the rubric gives it, or empty for an undefined level
 * @param citations   the bracket citations of the description in order of appearance; empty for an
 *                    undefined level; copied
 */
public record RubricLevel(FrameworkId framework, int level, Optional<String> description, List<Citation> citations) {

    /** The lowest level. */
    public static final int MIN = 0;
    /** The highest level. */
    public static final int MAX = 5;
    /** The number of levels, {@code MAX - MIN + 1}. */
    public static final int COUNT = MAX - MIN + 1;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the level is out of range, or an undefined level has citations
     * @throws NullPointerException     if an argument is null
     */
    public RubricLevel {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(description, "description");
        citations = List.copyOf(citations);
        requireLevel(level);
        if (description.isEmpty() && !citations.isEmpty()) {
            throw new IllegalArgumentException("undefined level " + framework + "/" + level + " cannot cite anything");
        }
    }

    /**
     * Tells whether the sheet describes this level.
     *
     * @return false where the sheet's cell holds only 「─」
     */
    public boolean isDefined() {
        return description.isPresent();
    }

    /**
     * Checks that a level lies between {@value #MIN} and {@value #MAX}.
     *
     * @param level the level
     * @return {@code level}
     * @throws IllegalArgumentException if it lies outside the range
     */
    public static int requireLevel(int level) {
        if (level < MIN || level > MAX) {
            throw new IllegalArgumentException("level must be " + MIN + " to " + MAX + ", got " + level);
        }
        return level;
    }
}

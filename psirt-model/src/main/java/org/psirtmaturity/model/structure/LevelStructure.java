package org.psirtmaturity.model.structure;

import java.util.List;
import java.util.Objects;

import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.Citation;

/**
 * The structure of one level of a framework: whether the sheet describes it, and the FIRST
 * citations its description makes, in order of appearance.
 *
 * @param level     the level, 0 to 5
 * @param defined   false where the sheet's cell holds only 「─」
 * @param citations the bracket citations of the description, in order; empty for an undefined level
 */
public record LevelStructure(int level, boolean defined, List<Citation> citations) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the level is outside 0 to 5 or an undefined level has citations
     * @throws NullPointerException     if {@code citations} or an element is null
     */
    public LevelStructure {
        citations = List.copyOf(citations);
        RubricLevel.requireLevel(level);
        if (!defined && !citations.isEmpty()) {
            throw new IllegalArgumentException("undefined level " + level + " cannot cite anything");
        }
        Objects.requireNonNull(citations);
    }
}

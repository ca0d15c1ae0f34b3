package org.psirtmaturity.model;

import java.util.List;
import java.util.Objects;

import org.psirtmaturity.model.first.FirstService;

/**
 * One framework of the maturity sheet, which is one service of the FIRST PSIRT Services Framework.
 *
 * @param id           the framework id, e.g. {@code 2.1}
 * @param title        the title in the rubric's language
 * @param objective    the objective (目的) in the rubric's language
 * @param firstService the FIRST service the framework is
 * @param outOfScope   true where the sheet marks the framework out of scope (「※対象外」); such a
 *                     framework is never scored and has no defined level
 * @param notes        the framework's footnotes (definitions of terms), in order; copied
 * @param levels       levels 0 to 5, in order; copied
 */
public record Framework(
        FrameworkId id,
        String title,
        String objective,
        FirstService firstService,
        boolean outOfScope,
        List<String> notes,
        List<RubricLevel> levels) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the levels are not 0 to 5 of this framework, or an
     *                                  out-of-scope framework defines a level
     * @throws NullPointerException     if an argument or element is null
     */
    public Framework {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(firstService, "firstService");
        notes = List.copyOf(notes);
        levels = List.copyOf(levels);
        if (levels.size() != RubricLevel.COUNT) {
            throw new IllegalArgumentException("framework " + id + " needs levels 0 to 5");
        }
        for (int i = 0; i < levels.size(); i++) {
            RubricLevel l = levels.get(i);
            if (l.level() != i || !l.framework().equals(id)) {
                throw new IllegalArgumentException("framework " + id + ": unexpected level at position " + i);
            }
            if (outOfScope && l.isDefined()) {
                throw new IllegalArgumentException("out-of-scope framework " + id + " cannot define level " + i);
            }
        }
    }

    /**
     * Returns one level.
     *
     * @param level 0 to 5
     * @return the level, defined or not
     * @throws IllegalArgumentException if {@code level} is outside 0 to 5
     */
    public RubricLevel level(int level) {
        return levels.get(RubricLevel.requireLevel(level));
    }

    /**
     * Returns the defined levels, in order.
     *
     * @return the levels that have a description
     */
    public List<RubricLevel> definedLevels() {
        return levels.stream().filter(RubricLevel::isDefined).toList();
    }
}

package org.psirtmaturity.model.structure;

import java.util.List;
import java.util.Objects;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.RubricLevel;
import org.psirtmaturity.model.first.FirstService;

/**
 * The structure of one framework.
 *
 * @param id           the framework id, e.g. {@code 2.1}
 * @param firstService the FIRST service the framework is (same id)
 * @param outOfScope   true where the sheet marks the framework 「※対象外」: it is never scored and
 *                     none of its levels is defined
 * @param noteCount    how many notes (footnotes) the framework has, 0 or more
 * @param levels       the six levels 0 to 5, in order; copied
 */
public record FrameworkStructure(
        FrameworkId id, FirstService firstService, boolean outOfScope, int noteCount, List<LevelStructure> levels) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the levels are not exactly 0 to 5 in order, the FIRST
     *                                  service has another id, an out-of-scope framework defines a
     *                                  level, or {@code noteCount} is negative
     * @throws NullPointerException     if an argument is null
     */
    public FrameworkStructure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstService, "firstService");
        levels = List.copyOf(levels);
        if (firstService.area().number() != id.area() || firstService.number() != id.number()) {
            throw new IllegalArgumentException("framework " + id + " must map to FIRST service " + id + ", not " + firstService.id());
        }
        if (levels.size() != RubricLevel.COUNT) {
            throw new IllegalArgumentException("framework " + id + " needs levels 0 to 5, got " + levels.size());
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).level() != i) {
                throw new IllegalArgumentException("framework " + id + ": level at position " + i + " is " + levels.get(i).level());
            }
            if (outOfScope && levels.get(i).defined()) {
                throw new IllegalArgumentException("out-of-scope framework " + id + " cannot define level " + i);
            }
        }
        if (noteCount < 0) {
            throw new IllegalArgumentException("negative note count for framework " + id);
        }
    }

    /**
     * Returns the structure of one level.
     *
     * @param level 0 to 5
     * @return the level's structure
     * @throws IllegalArgumentException if {@code level} is outside 0 to 5
     */
    public LevelStructure level(int level) {
        return levels.get(RubricLevel.requireLevel(level));
    }
}

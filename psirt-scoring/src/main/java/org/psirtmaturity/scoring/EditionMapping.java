package org.psirtmaturity.scoring;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.psirtmaturity.model.FrameworkId;

/**
 * How the frameworks of one rubric edition correspond to those of another, so that reports scored
 * against different editions can be compared. Frameworks not listed keep their id.
 *
 * @param from       the older report's rubric
 * @param to         the newer report's rubric
 * @param frameworks older framework id to newer framework id, for the ids that changed; no two older
 *                   ids may map to the same newer id; copied
 */
public record EditionMapping(RubricRef from, RubricRef to, Map<FrameworkId, FrameworkId> frameworks) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if two older ids map to the same newer id
     * @throws NullPointerException     if an argument, key or value is null
     */
    public EditionMapping {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<FrameworkId, FrameworkId> copy = new TreeMap<>();
        frameworks.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "older id"), Objects.requireNonNull(v, "newer id")));
        Set<FrameworkId> targets = new HashSet<>();
        for (FrameworkId v : copy.values()) {
            if (!targets.add(v)) {
                throw new IllegalArgumentException("two frameworks of " + from + " map to framework " + v + " of " + to);
            }
        }
        frameworks = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns a mapping under which every framework keeps its id.
     *
     * @param from the older rubric
     * @param to   the newer rubric
     * @return the identity mapping
     */
    public static EditionMapping identity(RubricRef from, RubricRef to) {
        return new EditionMapping(from, to, Map.of());
    }

    /**
     * Maps an older framework id.
     *
     * @param older the id in the older edition
     * @return its id in the newer edition
     */
    public FrameworkId map(FrameworkId older) {
        return frameworks.getOrDefault(older, older);
    }
}

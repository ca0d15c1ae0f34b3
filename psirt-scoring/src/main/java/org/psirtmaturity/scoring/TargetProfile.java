package org.psirtmaturity.scoring;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.RubricLevel;

/**
 * Target levels per framework, for gap analysis. Frameworks without a target of their own use
 * {@link ScoringOptions#defaultTargetLevel()}.
 *
 * @param targets target levels 0 to 5 by framework; copied, iterated in framework order
 */
public record TargetProfile(Map<FrameworkId, Integer> targets) {

    private static final TargetProfile NONE = new TargetProfile(Map.of());

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if a target is outside 0 to 5
     * @throws NullPointerException     if the map, a key or a value is null
     */
    public TargetProfile {
        Map<FrameworkId, Integer> copy = new TreeMap<>();
        targets.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "framework"), RubricLevel.requireLevel(Objects.requireNonNull(v, "target"))));
        targets = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the profile without targets of its own: every framework uses the default target.
     *
     * @return the empty profile
     */
    public static TargetProfile none() {
        return NONE;
    }

    /**
     * Returns a copy with one more target.
     *
     * @param framework the framework, e.g. {@code "2.1"}
     * @param level     the target level, 0 to 5
     * @return the copy
     * @throws IllegalArgumentException if the id is malformed or the level out of range
     */
    public TargetProfile with(String framework, int level) {
        Map<FrameworkId, Integer> copy = new TreeMap<>(targets);
        copy.put(FrameworkId.parse(framework), level);
        return new TargetProfile(copy);
    }

    /**
     * Returns the framework's own target.
     *
     * @param framework the framework
     * @return its target, or empty if it uses the default
     */
    public Optional<Integer> target(FrameworkId framework) {
        return Optional.ofNullable(targets.get(framework));
    }

    /**
     * Returns the framework's target.
     *
     * @param framework     the framework
     * @param defaultTarget the target of frameworks without one of their own
     * @return the target level
     */
    public int targetOr(FrameworkId framework, int defaultTarget) {
        return targets.getOrDefault(framework, defaultTarget);
    }
}

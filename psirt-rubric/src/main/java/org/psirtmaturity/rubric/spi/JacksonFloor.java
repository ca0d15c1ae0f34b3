package org.psirtmaturity.rubric.spi;

import java.util.Optional;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;

/**
 * The lowest jackson-core this module supports, 2.18.0, checked by {@link RubricTexts#read} before
 * it first uses Jackson: a build that resolved an older Jackson fails at the first rubric loaded with
 * an {@link IllegalStateException} that names both versions and what to align, rather than with a
 * {@link NoSuchMethodError} or {@link NoSuchFieldError} from inside a class's initialisation.
 *
 * <p>Reading the version cannot fail ({@link PackageVersion} exists in every jackson-core 2), so the
 * check never breaks this class's initialisation; the parser factory is built only after it passed.
 */
final class JacksonFloor {

    /** The lowest jackson-core version supported. */
    static final Version FLOOR = new Version(2, 18, 0, null, "com.fasterxml.jackson.core", "jackson-core");

    /** What is wrong with the jackson-core that is loaded, or null if nothing is. */
    private static final String PROBLEM = problem(PackageVersion.VERSION).orElse(null);

    private JacksonFloor() {
    }

    /**
     * Throws unless the jackson-core that is loaded is 2.18.0 or later.
     *
     * @throws IllegalStateException naming the version needed, the version found and what to align
     */
    static void require() {
        if (PROBLEM != null) {
            throw new IllegalStateException(PROBLEM);
        }
    }

    /**
     * The message for a jackson-core older than {@link #FLOOR}.
     *
     * @param found a version of jackson-core, e.g. 2.17.2
     * @return the message, or empty if {@code found} is 2.18.0 or later (a snapshot of 2.18.0 counts as 2.18.0)
     */
    static Optional<String> problem(Version found) {
        int[] floor = {FLOOR.getMajorVersion(), FLOOR.getMinorVersion(), FLOOR.getPatchLevel()};
        int[] have = {found.getMajorVersion(), found.getMinorVersion(), found.getPatchLevel()};
        for (int i = 0; i < floor.length; i++) {
            if (have[i] != floor[i]) {
                return have[i] > floor[i] ? Optional.empty()
                        : Optional.of("psirt-rubric needs jackson-core " + FLOOR + " or later, found " + found
                                + "; align Jackson (e.g. import com.fasterxml.jackson:jackson-bom " + FLOOR
                                + " or later in dependencyManagement, before other BOMs)");
            }
        }
        return Optional.empty();
    }
}

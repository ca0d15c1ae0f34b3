/**
 * Rubric discovery and loading: {@link org.psirtmaturity.rubric.Rubrics} finds the installed
 * {@link org.psirtmaturity.rubric.spi.RubricProvider providers} through {@link java.util.ServiceLoader}
 * and returns a rubric by locale or id; {@link org.psirtmaturity.rubric.spi.RubricTexts} reads a
 * provider's bundled texts strictly and checks them against the structure.
 *
 * <p>A broken provider on the class path does not stop the other rubrics from being found: it is
 * skipped, listed by {@link org.psirtmaturity.rubric.Rubrics#problems()}, and fails only the requests
 * that need it, with {@link org.psirtmaturity.rubric.RubricProviderException}.
 *
 * <p>This is the only module of the SDK that reads resources; it logs through SLF4J only (at debug
 * level, what it loaded; at warn level, each provider problem found in discovery).
 */
module org.psirtmaturity.rubric {
    requires transitive org.psirtmaturity.model;
    requires com.fasterxml.jackson.core;
    requires org.slf4j;

    exports org.psirtmaturity.rubric;
    exports org.psirtmaturity.rubric.spi;

    uses org.psirtmaturity.rubric.spi.RubricProvider;
}

/**
 * Rubric discovery and loading: {@link org.psirtmaturity.rubric.Rubrics} finds the installed
 * {@link org.psirtmaturity.rubric.spi.RubricProvider providers} through {@link java.util.ServiceLoader}
 * and returns a rubric by locale or id; {@link org.psirtmaturity.rubric.spi.RubricTexts} reads a
 * provider's bundled texts strictly and checks them against the structure.
 *
 * <p>This is the only module of the SDK that reads resources; it logs through SLF4J only (at debug
 * level, what it loaded).
 */
module org.psirtmaturity.rubric {
    requires transitive org.psirtmaturity.model;
    requires com.fasterxml.jackson.core;
    requires org.slf4j;

    exports org.psirtmaturity.rubric;
    exports org.psirtmaturity.rubric.spi;

    uses org.psirtmaturity.rubric.spi.RubricProvider;
}
